/**
 * Each refused hostile file under `--lang en`: its message and its detail in English. Run on the quick cases
 * by english-file-errors.test.ts, on the cases at scale by english-file-errors.e2e.test.ts.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { tempDir } from "../support/workbooks";
import type { HostileCase } from "../hostile/generate";

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

export function eachRefusalInEnglish(cases: readonly HostileCase[]): void {
  const refused = cases.filter((c) => c.expect !== "ok" && c.expect !== "bad-cell");
  it.each(refused.map((c) => [c.name, c] as const))("%s: the message and its detail are English", async (_name, hostile) => {
    const bad = join(tempDir(), "hostile.xlsx");
    writeFileSync(bad, hostile.make());
    const r = await lygip("check", bad, "--json", "--no-write", "--lang", "en");
    const error = JSON.parse(r.stdout).files[0].error;
    expect(error).not.toBeNull();
    expect(error.message).not.toMatch(CHINESE);
  });
}
