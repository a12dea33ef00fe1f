/**
 * Headroom at the row limit (issue 19, point 10): the largest table lygip takes — LIMITS.maxTableRows rows of
 * an ordinary batch, within the input limit — is checked in full, and its copy either stays within the total
 * the reader takes (LIMITS.maxTotalInflatedBytes), so it is checked again like any input, or is refused
 * before it is built with the limit and what to do. Never a copy built and thrown away, never one that
 * cannot be read again. Run by the command line as a user runs it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readZip } from "../../src/workbook/zip";
import { LIMITS } from "../../src/workbook/limits";
import { generateRows } from "../../bench/generate";
import { runMeasured } from "../../bench/measure";
import { ensureLib, repoRoot } from "../support/built";
import { tempDir } from "../support/workbooks";
import { generatedApplication } from "./generatedTable";


const inflated = (bytes: Uint8Array) => readZip(bytes).entries.reduce((sum, e) => sum + e.uncompressedSize, 0);

let dir: string;
let input: string;

beforeAll(() => {
  ensureLib();
  dir = tempDir();
  input = join(dir, "全年申报.xlsx");
  writeFileSync(input, generatedApplication(generateRows({ rows: LIMITS.maxTableRows, seed: 19 })));
}, 300_000);

describe(`the largest table lygip takes: ${LIMITS.maxTableRows.toLocaleString("en")} rows`, () => {
  it("is within the input limit and checked in full; its copy is written within what the reader takes and checks again, or refused before it is built, saying to split the table", async () => {
    expect(statSync(input).size).toBeLessThan(LIMITS.maxInputBytes);
    const out = join(dir, "out");
    const report = join(dir, "report.json");
    const m = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", input, "--json", "--out", out], {
      stdoutFile: report, cwd: repoRoot,
    });
    const first = JSON.parse(readFileSync(report, "utf8")) as { files: { output: string | null; error: unknown; rows: unknown[] }[] };
    // Every row is checked and reported whatever becomes of the copy.
    expect(first.files[0].error).toBeNull();
    expect(first.files[0].rows).toHaveLength(LIMITS.maxTableRows);
    const output = first.files[0].output;
    if (output === null) {
      // Refused up front (annotate/copySize.ts), with the limit and what to do; nothing is left behind.
      expect(m.code).toBe(2);
      expect(m.stderr).toContain(`超过 lygip 自己能再读取的上限 ${LIMITS.maxTotalInflatedBytes / 1024 / 1024} MB；请把申报表分成`);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      return;
    }
    // 1: rows with errors (the generated batch has a few by design); anything else is a failure.
    expect({ code: m.code, stderr: m.code === 1 ? "" : m.stderr.slice(-2000) }).toEqual({ code: 1, stderr: "" });
    const copy = readFileSync(output);
    expect(copy.length).toBeLessThan(LIMITS.maxInputBytes);
    expect(inflated(copy)).toBeLessThan(LIMITS.maxTotalInflatedBytes);

    const again = join(dir, "again.json");
    const m2 = await runMeasured(process.execPath, [join(repoRoot, "bin", "lygip.js"), "check", output, "--json", "--no-write"], {
      stdoutFile: again, cwd: repoRoot,
    });
    expect(m2.code).toBe(1);
    const second = JSON.parse(readFileSync(again, "utf8")) as { files: { error: unknown; rows: unknown[] }[] };
    expect(second.files[0].error).toBeNull();
    expect(second.files[0].rows).toHaveLength(LIMITS.maxTableRows);
  }, 900_000);
});
