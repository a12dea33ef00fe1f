/**
 * What one-language.test.ts (and its e2e counterpart, on the hostile files at scale) runs.
 *
 * `--lang en` is English and `--lang zh` Chinese in everything the command line says about a file it cannot
 * read, a cell it cannot read, an output it refuses and a command it cannot run. Only what the user gave is
 * shown as given: file, sheet and unit names, cell text, option values. The test strips what it put in itself
 * (its paths and its data) and what the output quotes, then looks for the other language:
 *  - English output: no CJK character;
 *  - Chinese output: no run of three English words (codes such as UNREADABLE_FILE, options such as --rate
 *    and `lygip --help` are names, not sentences).
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook } from "../support/workbooks";
import { FILE_KIND_CASES, type HostileCase } from "../hostile/generate";
import { oneSheet } from "../hostile/minimalXlsx";

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Three words of two or more Latin letters in a row: an English phrase. */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,}[ ,;:'’()-]+[A-Za-z]{2,}[ ,;:'’()-]+[A-Za-z]{2,}\b/;

/** The data this test writes into its workbooks, which the output may show as it is. */
const UNIT = "连云港甲科技有限公司";
const SHEET = "申报表";
const USER_DATA = [UNIT, SHEET, ...HEADERS];

/** What the output shows of the user's own: quoted text, paths, and the data above. */
function withoutUserData(text: string, dir: string): string {
  let out = text.split(dir).join(" ");
  out = out.replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|'[^'\n]*'/g, " ");
  for (const d of USER_DATA) out = out.split(d).join(" ");
  return out;
}

/** Names in Chinese output that are not English sentences: issue codes, item codes, options, commands. */
function withoutNames(text: string): string {
  return text
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{2,}\b/g, " ")
    .replace(/--?[a-z][a-z-]*/g, " ")
    .replace(/\blygip\b/g, " ")
    .replace(/\S+\.(?:xlsx|xls|xlsb|ods|csv|json)\b/g, " ");
}

export function firstForeign(text: string, lang: "zh" | "en"): string | undefined {
  const lines = text.split("\n");
  return lines.find((l) => (lang === "en" ? CJK.test(l) : ENGLISH_PHRASE.test(withoutNames(l))));
}

export interface Case {
  readonly name: string;
  /** Arguments, given the case's folder (with good.xlsx, a-file and out/ in it). */
  readonly args: (dir: string) => string[];
  readonly setup?: (dir: string) => void | Promise<void>;
}

/** A table whose cells the reader cannot read: 40,000 characters, a shared string past the end, a formula with no result. */
function unreadableCells(): Uint8Array {
  const header = HEADERS.slice(0, 6).map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("");
  // Varied characters (a fixed walk over the CJK block): a repeated one would compress like a zip bomb.
  let x = 7;
  let long = "";
  for (let i = 0; i < 40_000; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    long += String.fromCharCode(0x4e00 + ((x >>> 16) % 0x5000));
  }
  const cells =
    `<c r="B2" t="inlineStr"><is><t>${UNIT}</t></is></c>` +
    `<c r="D2" t="inlineStr"><is><t>${long}</t></is></c>` +
    `<c r="E2" t="s"><v>99</v></c>` +
    `<c r="F2"><f>1+1</f></c>`;
  return oneSheet(`<row r="1">${header}</row><row r="2">${cells}</row>`);
}

/** Each hostile file checked into a folder: what the command line says of it. */
export const fileCases = (cases: readonly HostileCase[]): Case[] => cases.map((c) => ({
  name: `hostile file: ${c.name}`,
  setup: (dir) => writeFileSync(join(dir, "in.xlsx"), c.make()),
  args: (dir) => ["check", join(dir, "in.xlsx"), "--out", join(dir, "out")],
}));

/** Every other failure of the command line, a file kind it refuses among them. */
export const OTHER_CASES: Case[] = [
  ...fileCases(FILE_KIND_CASES),
  {
    name: "cells the reader cannot read",
    setup: (dir) => writeFileSync(join(dir, "cells.xlsx"), unreadableCells()),
    args: (dir) => ["check", join(dir, "cells.xlsx"), "--no-write"],
  },
  { name: "a --rate without =", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "bad"] },
  { name: "a --rate of an unknown item", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "PATENT_AWARD=0.3"] },
  { name: "a --rate of an item at a fixed rate", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "INSURANCE=0.3"] },
  { name: "a --rate above the clause's maximum", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "PLEDGE_LOAN=0.9"] },
  { name: "a --rate that is no rate", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "PLEDGE_LOAN=abc"] },
  { name: "an unknown option", args: (dir) => ["check", join(dir, "good.xlsx"), "--frobnicate"] },
  { name: "an unknown command", args: () => ["frobnicate"] },
  { name: "check without a file", args: () => ["check"] },
  { name: "a missing file", args: (dir) => ["check", join(dir, "absent.xlsx"), "--no-write"] },
  { name: "a folder given as the file", args: (dir) => ["check", join(dir, "out"), "--no-write"] },
  { name: "--out naming a file", args: (dir) => ["check", join(dir, "good.xlsx"), "--out", join(dir, "a-file")] },
  { name: "a missing --history", args: (dir) => ["check", join(dir, "good.xlsx"), "--history", join(dir, "absent.xlsx"), "--no-write"] },
  { name: "a --history that is no workbook", args: (dir) => ["check", join(dir, "good.xlsx"), "--history", join(dir, "a-file"), "--no-write"] },
  { name: "a --summary over a file lygip did not write", args: (dir) => ["check", join(dir, "good.xlsx"), "--summary", join(dir, "a-file")] },
  // Each way an output is refused or fails (OUTPUT_REFUSED by reason, OUTPUT_FAILED).
  {
    name: "a --summary that is a link",
    setup: (dir) => symlinkSync(join(dir, "a-file"), join(dir, "link.xlsx")),
    args: (dir) => ["check", join(dir, "good.xlsx"), "--no-write", "--summary", join(dir, "link.xlsx")],
  },
  { name: "a --summary that is a folder", args: (dir) => ["check", join(dir, "good.xlsx"), "--no-write", "--summary", join(dir, "out")] },
  { name: "a --summary naming an input of the run", args: (dir) => ["check", join(dir, "good.xlsx"), "--no-write", "--summary", join(dir, "good.xlsx")] },
  { name: "a --summary that cannot be written", args: (dir) => ["check", join(dir, "good.xlsx"), "--no-write", "--summary", join(dir, "a-file", "batch.xlsx")] },
  { name: "a template over a file that exists", args: (dir) => ["template", "--out", join(dir, "a-file")] },
  {
    name: "a checked copy over a file lygip did not write",
    setup: (dir) => writeFileSync(join(dir, "out", "good.checked.xlsx"), "someone else's file"),
    args: (dir) => ["check", join(dir, "good.xlsx"), "--out", join(dir, "out")],
  },
  { name: "the same file twice", args: (dir) => ["check", join(dir, "good.xlsx"), join(dir, "good.xlsx"), "--no-write"] },
  { name: "explain of an unknown item", args: () => ["explain", "NO_SUCH_ITEM"] },
  { name: "explain with a bad argument", args: () => ["explain", "PLEDGE_LOAN", "x=1"] },
  // One case for each remaining usage problem the command line can meet (usageProblem.ts).
  { name: "a --rate of an item not computed at a rate", args: (dir) => ["check", join(dir, "good.xlsx"), "--rate", "GI=0.3"] },
  {
    name: "a --history CSV with a quote never closed",
    setup: (dir) => writeFileSync(join(dir, "history.csv"), `单位名称,申报年度,支持事项,核定金额\n"甲公司,2025,GI,1000\n乙公司,2025,GI,1000\n`),
    args: (dir) => ["check", join(dir, "good.xlsx"), "--history", join(dir, "history.csv"), "--no-write"],
  },
  {
    name: "a --history with rows that cannot be read",
    setup: (dir) => writeFileSync(join(dir, "history.csv"), `单位名称,申报年度,支持事项,核定金额\n甲公司,2026,GI,abc\n`),
    args: (dir) => ["check", join(dir, "good.xlsx"), "--history", join(dir, "history.csv"), "--no-write"],
  },
  { name: "explain of a word naming several items", args: () => ["explain", "维权"] },
  { name: "explain with an amount that is none", args: () => ["explain", "PLEDGE_LOAN", "base=abc", "months=12"] },
  { name: "explain with a count that is no whole number", args: () => ["explain", "PLEDGE_LOAN", "base=100", "months=1.5"] },
  { name: "explain with a rate that is none", args: () => ["explain", "PLEDGE_LOAN", "base=100", "months=12", "rate=abc"] },
  { name: "explain without the values the calculation needs", args: () => ["explain", "PLEDGE_LOAN"] },
  { name: "too many arguments", args: () => ["items", "extra"] },
];

/** The good workbook every case's folder holds, written once and copied. */
let goodWorkbook: Promise<string> | undefined;

export async function run(c: Case, lang: "zh" | "en"): Promise<{ text: string; dir: string }> {
  goodWorkbook ??= writeWorkbook(join(tempDir(), "good.xlsx"), [{ name: SHEET, headers: HEADERS, rows: [row({ 单位名称: UNIT, 申报年度: 2025, 支持事项: "PLEDGE_LOAN" })] }]);
  const dir = tempDir();
  mkdirSync(join(dir, "out"));
  writeFileSync(join(dir, "a-file"), "not a workbook");
  copyFileSync(await goodWorkbook, join(dir, "good.xlsx"));
  await c.setup?.(dir);
  const r = await lygip(...c.args(dir), "--lang", lang);
  return { text: `${r.stdout}\n${r.stderr}`, dir };
}

/** Each case under --lang en and --lang zh: output, nothing of the other language outside the user's data. */
export function eachInOneLanguage(cases: readonly Case[]): void {
  describe.each(["en", "zh"] as const)("--lang %s says everything in that language", (lang) => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      const { text, dir } = await run(c, lang);
      expect(text.trim()).not.toBe("");
      expect(firstForeign(withoutUserData(text, dir), lang)).toBeUndefined();
    });
  });
}
