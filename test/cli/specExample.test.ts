/**
 * REPORT.md shows the readable summary's closing lines for the bundled sample: other programs' authors and
 * reviewers read them as what the sample gives, so each line the example writes out in full is the
 * command line's own line for the sample (the rates line is abbreviated there with …).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lygip } from "../support/cli";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "samples/申报表示例.xlsx");

/** The example block that follows "It ends with the totals" in REPORT.md, line by line. */
function exampleLines(): string[] {
  const spec = readFileSync(resolve(ROOT, "docs/spec/REPORT.md"), "utf8");
  const block = /```\n(\s*合计 1 个文件[\s\S]*?)```/.exec(spec);
  if (!block) throw new Error("REPORT.md has no example of the summary's totals");
  return block[1].split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

test("the totals REPORT.md shows for the sample are the sample's: rows by verdict, amounts, history", async () => {
  const r = await lygip("check", SAMPLE, "--no-write", "--quiet");
  const printed = r.stdout.split("\n");
  const written = exampleLines().filter((l) => !l.includes("…"));
  expect(written.length).toBeGreaterThanOrEqual(3);
  for (const line of written) expect(printed).toContain(line);
});
