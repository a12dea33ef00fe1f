/**
 * REPORT.md read against the product where it states something checkable as written: the severity of each
 * message code in its table (other programs filter the JSON by them), and the readable summary's closing
 * lines it shows for the bundled sample (each line written out in full is the command line's own line for
 * the sample; the rates line is abbreviated there with …).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SEVERITY } from "../../src/engine";
import { lygip } from "../support/cli";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = resolve(ROOT, "samples/申报表示例.xlsx");
const SPEC = readFileSync(resolve(ROOT, "docs/spec/REPORT.md"), "utf8");

describe("the message codes table", () => {
  /** | CODE | severity | when |, as REPORT.md lists them: "file error" for a file's, else error or warning. */
  const table = [...SPEC.matchAll(/^\| ([A-Z_]+) \| (file error|error|warning) \|/gm)].map((m) => [m[1], m[2]] as const);

  test("lists every code the engine raises, each once", () => {
    const codes = table.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(SEVERITY).sort());
  });
  test.each(table)("%s is a %s", (code, severity) => {
    expect(SEVERITY[code as keyof typeof SEVERITY]).toBe(severity === "file error" ? "file" : severity);
  });
});

/** The example block that follows "It ends with the totals" in REPORT.md, line by line. */
function exampleLines(): string[] {
  const spec = SPEC;
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
