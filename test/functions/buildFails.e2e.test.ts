/**
 * The build refuses metadata it cannot stand behind: a function whose JSDoc Excel cannot take, and
 * Chinese texts that do not match the functions (missing, or for a parameter that does not exist).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { repoRoot, webpackBuild } from "../support/built";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "lygip-bad-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the custom functions alone (the task pane plays no part in these checks) and returns why it failed. */
function failure(env: string[]): string {
  const outDir = mkdtempSync(path.join(scratch, "out-"));
  try {
    webpackBuild(outDir, ["functionsOnly", ...env]);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("the build succeeded");
}

test("a custom function with a type Excel cannot pass and an invalid id fails the build", () => {
  const bad = path.join(scratch, "bad.ts");
  writeFileSync(bad, "/**\n * Bad.\n * @customfunction BAD-ID!\n * @param when A date.\n */\nexport function bad(when: Date): number {\n  return when.getTime();\n}\n");
  const message = failure([`functions=${bad}`]);
  expect(message).toContain('does not support type "Date"');
  expect(message).toContain("invalid characters");
}, 180_000);

test("Chinese texts missing a function, naming an unknown parameter, or a name Excel does not take (2 characters) fail the build", () => {
  const texts = JSON.parse(readFileSync(path.join(repoRoot, "src/functions/metadata.zh-CN.json"), "utf8"));
  delete texts.DAXIE;
  texts.CAP.parameters.year = { name: "年度", description: "年度" };
  texts.LOANSUBSIDY.name = "贴息";
  const file = path.join(scratch, "zh.json");
  writeFileSync(file, JSON.stringify(texts));
  const message = failure([`zhTexts=${file}`]);
  expect(message).toContain("DAXIE has no Chinese text");
  expect(message).toContain("CAP: Chinese text for unknown parameter year");
  expect(message).toContain('LOANSUBSIDY: Chinese name "贴息" is not a valid function name');
}, 180_000);
