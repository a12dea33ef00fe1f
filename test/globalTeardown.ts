/** Removes the run's scratch folder made by globalSetup.ts. */
import fs from "node:fs";

export default function globalTeardown(): void {
  const dir = process.env.LYGIP_TEST_RUN;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
