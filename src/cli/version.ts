/** The version `lygip --version` prints: the package's own, read without loading the engine. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function packageVersion(): string {
  // src/cli and lib/cli both sit two levels below the package root.
  return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}
