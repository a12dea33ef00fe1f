/**
 * Every usage problem of the command line (usageProblem.ts) has its words in both languages: English with no
 * Chinese but what the user typed (quoted), Chinese naming the same values. The list below is typed by code,
 * so a new code cannot be added without its case here; the process-level cases are in one-language.test.ts.
 */
import { usageText } from "../../src/cli/usageWords";
import type { UsageProblem } from "../../src/cli/usageProblem";

const PROBLEMS: { readonly [C in UsageProblem["code"]]: Extract<UsageProblem, { code: C }> } = {
  RATE_SHAPE: { code: "RATE_SHAPE", spec: "PLEDGE_LOAN" },
  RATE_UNKNOWN_ITEM: { code: "RATE_UNKNOWN_ITEM", text: "质押贷款利息", near: ["知识产权质押融资贷款利息及评估等服务费用补助"] },
  RATE_NOT_RATE: { code: "RATE_NOT_RATE", item: "GI" },
  RATE_FIXED: { code: "RATE_FIXED", item: "IP_INSURANCE", rate: "50%", clause: "（八）" },
  RATE_NOT_NUMBER: { code: "RATE_NOT_NUMBER", text: "abc" },
  RATE_ABOVE_MAX: { code: "RATE_ABOVE_MAX", item: "PLEDGE_LOAN", rate: "90%", clause: "（七）", max: "30%" },
  HISTORY_UNCLOSED_QUOTE: { code: "HISTORY_UNCLOSED_QUOTE", path: "history.csv", lines: [3, 4, 5] },
  HISTORY_UNREADABLE: { code: "HISTORY_UNREADABLE", path: "history.xlsx", issue: { code: "UNREADABLE_FILE", reason: "io", found: { d: "no-such-file" } } },
  HISTORY_ROWS: { code: "HISTORY_ROWS", path: "history.csv", count: 1, rows: [{ row: 2, issue: { code: "MISSING_VALUE", field: "unit" } }] },
  CHECKED_AT_NOT_ISO: { code: "CHECKED_AT_NOT_ISO", text: "2026-03-01" },
  SOURCE_DATE_EPOCH_NOT_SECONDS: { code: "SOURCE_DATE_EPOCH_NOT_SECONDS", text: "soon" },
  EXPLAIN_SEVERAL_ITEMS: { code: "EXPLAIN_SEVERAL_ITEMS", text: "维权", items: ["ENFORCEMENT_DOMESTIC", "ENFORCEMENT_OVERSEAS"] },
  EXPLAIN_UNKNOWN_ITEM: { code: "EXPLAIN_UNKNOWN_ITEM", text: "NO_SUCH_ITEM", near: ["PLEDGE_LOAN"] },
  EXPLAIN_BAD_PAIR: { code: "EXPLAIN_BAD_PAIR", pair: "x=1" },
  EXPLAIN_BAD_VALUE: { code: "EXPLAIN_BAD_VALUE", kind: "money", word: "base", value: "abc" },
  EXPLAIN_MISSING: { code: "EXPLAIN_MISSING", item: "PLEDGE_LOAN", keys: ["base", "months"] },
  EXPLAIN_LEVEL: { code: "EXPLAIN_LEVEL", issue: { code: "UNKNOWN_LEVEL", field: "level", found: "特级", accepted: [] } },
  EXPLAIN_RATE_ABOVE_MAX: { code: "EXPLAIN_RATE_ABOVE_MAX", word: "rate", value: "0.35", rate: "35%", max: "30%", clause: "（七）" },
  UNKNOWN_COMMAND: { code: "UNKNOWN_COMMAND", name: "chek", suggestion: "check" },
  UNKNOWN_OPTION: { code: "UNKNOWN_OPTION", name: "--jsn", suggestion: "--json" },
  MISSING_ARGUMENT: { code: "MISSING_ARGUMENT", name: "files..." },
  OPTION_NEEDS_VALUE: { code: "OPTION_NEEDS_VALUE", option: "--out <dir>" },
  OPTION_REQUIRED: { code: "OPTION_REQUIRED", option: "--out <dir>" },
  EXCESS_ARGUMENTS: { code: "EXCESS_ARGUMENTS", expected: "0", got: "1" },
  INVALID_VALUE: { code: "INVALID_VALUE", option: "--lang <lang>", value: "fr", choices: ["zh", "en"] },
  COMMAND_LINE: { code: "COMMAND_LINE", message: "option '--x' conflicts" },
  OUTPUT_REFUSED: { code: "OUTPUT_REFUSED", target: "out/application.checked.xlsx", reason: "foreign" },
  OUTPUT_FAILED: { code: "OUTPUT_FAILED", target: "out/batch.xlsx", error: "ENOSPC", detail: "ENOSPC: no space left on device, write" },
  FOLDER_NOT_MADE: { code: "FOLDER_NOT_MADE", target: "a-file/batch.xlsx", error: "EEXIST", detail: "EEXIST: file already exists, mkdir 'a-file'" },
  OUT_NOT_FOLDER: { code: "OUT_NOT_FOLDER", out: "a-file" },
  COPY_NOT_WRITTEN: { code: "COPY_NOT_WRITTEN", detail: { zh: "审核结果列已有内容：F4", en: "the result columns hold content: F4" } },
  SUMMARY_NOT_WRITTEN: { code: "SUMMARY_NOT_WRITTEN", detail: { zh: "汇总工作簿过大", en: "the batch workbook is too large" } },
  INTERNAL_ERROR: { code: "INTERNAL_ERROR", message: "Cannot read properties of undefined (reading 'x')" },
};

const CJK = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;
/** What the user typed, quoted in either language. */
const withoutQuoted = (text: string) => text.replace(/"[^"\n]*"|「[^」\n]*」/g, " ");

describe("the command line's failures, in words", () => {
  it.each(Object.values(PROBLEMS).map((p) => [p.code, p] as const))("%s: English without Chinese, Chinese in Chinese", (_code, p) => {
    const en = usageText(p, "en");
    const zh = usageText(p, "zh");
    expect(withoutQuoted(en)).not.toMatch(CJK);
    // commander's own text of a refusal it has no code for is shown as it is, in both languages.
    if (p.code !== "COMMAND_LINE") expect(zh).toMatch(CJK);
    expect(en.length).toBeGreaterThan(0);
  });

  it("names what was typed and what it should be, in each language", () => {
    expect(usageText(PROBLEMS.RATE_ABOVE_MAX, "zh")).toBe("--rate：PLEDGE_LOAN 的比例 90% 超过第（七）条规定的最高比例 30%");
    expect(usageText(PROBLEMS.RATE_ABOVE_MAX, "en")).toMatch(/^--rate: 90% for PLEDGE_LOAN is above the maximum 30% of /);
    expect(usageText(PROBLEMS.INVALID_VALUE, "zh")).toBe("选项 --lang <lang> 的取值 fr 无效；可选：zh、en");
    expect(usageText(PROBLEMS.HISTORY_UNCLOSED_QUOTE, "en")).toContain("lines 3, 4, 5 cannot be read: the quote opened on line 3 is never closed");
  });

  it("an output not written names it and why: the system's error in the catalog's words, not the system's", () => {
    expect(usageText(PROBLEMS.OUTPUT_FAILED, "zh")).toBe("无法写出 out/batch.xlsx：磁盘空间不足；已有的输出文件未改动");
    expect(usageText(PROBLEMS.OUTPUT_FAILED, "en")).toBe("cannot write out/batch.xlsx: the disk is full; any earlier output is unchanged");
    expect(usageText({ code: "OUTPUT_FAILED", target: "x", error: "EWHATEVER", detail: "odd" }, "en")).toContain("system error EWHATEVER");
    expect(usageText(PROBLEMS.OUTPUT_REFUSED, "en")).toMatch(/^the output out\/application\.checked\.xlsx exists and was not written by lygip/);
    expect(usageText(PROBLEMS.COPY_NOT_WRITTEN, "en")).toBe("no annotated copy was written: the result columns hold content: F4");
    expect(usageText(PROBLEMS.FOLDER_NOT_MADE, "en")).toBe("cannot write a-file/batch.xlsx: a part of the target path is not a folder; any earlier output is unchanged");
    expect(usageText(PROBLEMS.INTERNAL_ERROR, "zh")).toMatch(/^内部错误，审核未完成/);
  });

  it("what the user typed is made inert: a control character cannot reach the terminal", () => {
    expect(usageText({ code: "RATE_NOT_NUMBER", text: "\u001b[2J" }, "en")).not.toContain("\u001b");
  });
});
