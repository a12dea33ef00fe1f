/**
 * The command line's failures (./usageProblem.ts) in words: Chinese, and English with --lang en. What the user typed
 * is shown as typed, made inert (a control character in it cannot move the terminal's cursor).
 */
import { citeClause, historyIssueText, itemNames, render, type Lang } from "../engine";
import { ITEMS, type Item, type ItemCode } from "../policy";
import { example, KEYS, KEY_WORDS, zhKey, type Key } from "./explainKeys";
import { outputProblemText } from "./outputWords";
import { inert } from "./terminalText";
import type { UsageProblem } from "./usageProblem";

type Words = { readonly [C in UsageProblem["code"]]: (p: Extract<UsageProblem, { code: C }>) => string };

const itemOf = (code: ItemCode): Item => ITEMS.find((i) => i.code === code)!;
const labelZh = (code: ItemCode) => `${code} ${itemOf(code).name}`;
const labelEn = (code: ItemCode) => `${code} ${itemOf(code).nameEn}`;
/** An English reader is offered the codes and English names, which --rate takes as well. */
const englishNames = (names: readonly string[]) => names.map((n) => {
  const item = ITEMS.find((i) => i.name === n);
  return item ? `${item.code} (${item.nameEn})` : n;
}).join("; ");

const zh: Words = {
  RATE_SHAPE: (p) => `--rate 应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${inert(p.spec)}」）`,
  RATE_UNKNOWN_ITEM: (p) =>
    p.several
      ? `--rate：「${inert(p.text)}」可指多个支持事项：${itemNames(p.near)}；请写事项代码或全称`
      : `--rate：无法识别支持事项「${inert(p.text)}」` + (p.near.length ? `；最接近的是：${itemNames(p.near)}` : ""),
  RATE_NOT_RATE: (p) => `--rate：${p.item}（${itemOf(p.item).name}）不按比例计算`,
  RATE_FIXED: (p) => `--rate：${p.item} 的比例 ${p.rate} 由${citeClause(p.clause, "zh")}固定，不能另设`,
  RATE_NOT_NUMBER: (p) => `--rate：「${inert(p.text)}」不是比例；应为大于 0、至多 100% 的比例，如 0.25、25 或 25%`,
  RATE_ABOVE_MAX: (p) => `--rate：${p.item} 的比例 ${p.rate} 超过${citeClause(p.clause, "zh")}规定的最高比例 ${p.max}`,
  CHECKED_AT_NOT_ISO: (p) => `--checked-at：「${inert(p.text)}」不是 ISO 时间；应写作 2026-03-01T09:30:00+08:00 或 2026-03-01T01:30:00Z`,
  SOURCE_DATE_EPOCH_NOT_SECONDS: (p) => `环境变量 SOURCE_DATE_EPOCH：「${inert(p.text)}」不是自 1970-01-01 UTC 起的整秒数`,
  HISTORY_UNCLOSED_QUOTE: (p) => {
    const shown = p.lines.slice(0, 50);
    const more = p.lines.length > shown.length;
    return `--history ${inert(p.path)}：第 ${shown.join("、")}${more ? ` 等 ${p.lines.length}` : ""} 行无法读取：第 ${p.lines[0]} 行的引号没有闭合，其后各行都被并入了同一个单元格；请在该行补上引号后再检查`;
  },
  HISTORY_UNREADABLE: (p) => `--history ${inert(p.path)}：${inert(render(p.issue, "zh"))}`,
  HISTORY_ROWS: (p) =>
    `--history ${inert(p.path)} 有 ${p.count} 处无法读取：\n${p.rows.map((r) => `  ${r.row === 0 ? "" : `第 ${r.row} 行：`}${inert(historyIssueText(r.issue, "zh"))}`).join("\n")}`,
  EXPLAIN_SEVERAL_ITEMS: (p) => `「${inert(p.text)}」可指多个支持事项：${p.items.map(labelZh).join("；")}。请写事项代码或全称`,
  EXPLAIN_UNKNOWN_ITEM: (p) =>
    p.near.length ? `无法识别支持事项「${inert(p.text)}」；相近的有：${p.near.map(labelZh).join("；")}` : `无法识别支持事项「${inert(p.text)}」；可用 lygip items 查看全部事项`,
  EXPLAIN_BAD_PAIR: (p) => `参数应写作 键=值（收到「${inert(p.pair)}」）；键为 ${KEYS.map((k) => `${k}/${KEY_WORDS[k][0]}`).join("、")}`,
  EXPLAIN_BAD_VALUE: (p) => `${inert(p.word)}=${inert(p.value)}：` + (
    p.kind === "money" ? "应为金额（元，最多两位小数，不带千位分隔符）" : p.kind === "too-large" ? "数值过大；金额应小于 10,000,000,000,000 元" : p.kind === "integer" ? "应为整数" : "应为大于 0、至多 100% 的比例，如 0.25、25 或 25%"
  ),
  EXPLAIN_MISSING: (p) => {
    const item = itemOf(p.item);
    const keys = p.keys.map((k) => `${zhKey(item, k as Key)}=（${k}=）`).join("、");
    return `${item.code}（${item.name}）还需要：${keys}；例如 lygip explain ${item.code} ${example(item, "zh")}`;
  },
  EXPLAIN_LEVEL: (p) => inert(render(p.issue, "zh")),
  EXPLAIN_RATE_ABOVE_MAX: (p) => `${inert(p.word)}=${inert(p.value)}：补助比例 ${p.rate} 超过${citeClause(p.clause, "zh")}规定的最高比例 ${p.max}`,
  UNKNOWN_COMMAND: (p) => `未知命令 ${inert(p.name)}${p.suggestion ? `；是不是要输入 ${inert(p.suggestion)}？` : ""}`,
  UNKNOWN_OPTION: (p) => `未知选项 ${inert(p.name)}${p.suggestion ? `；是不是要输入 ${inert(p.suggestion)}？` : ""}`,
  MISSING_ARGUMENT: (p) => `缺少必需的参数 <${inert(p.name)}>`,
  OPTION_NEEDS_VALUE: (p) => `选项 ${inert(p.option)} 缺少取值`,
  OPTION_REQUIRED: (p) => `必须给出选项 ${inert(p.option)}`,
  EXCESS_ARGUMENTS: (p) => `参数过多：应为 ${p.expected} 个，收到 ${p.got} 个`,
  INVALID_VALUE: (p) => `${p.option ? `选项 ${inert(p.option)} 的` : ""}取值 ${inert(p.value)} 无效` + (p.choices ? `；可选：${p.choices.map(inert).join("、")}` : ""),
  COMMAND_LINE: (p) => inert(p.message),
  OUTPUT_REFUSED: (p) => inert(outputProblemText(p, "zh")),
  OUTPUT_FAILED: (p) => inert(outputProblemText(p, "zh")),
  FOLDER_NOT_MADE: (p) => inert(outputProblemText(p, "zh")),
  OUT_NOT_FOLDER: (p) => inert(outputProblemText(p, "zh")),
  COPY_NOT_WRITTEN: (p) => inert(outputProblemText(p, "zh")),
  SUMMARY_NOT_WRITTEN: (p) => inert(outputProblemText(p, "zh")),
  INTERNAL_ERROR: (p) => `内部错误，审核未完成（${inert(p.message)}）；设置环境变量 LYGIP_DEBUG=1 可显示详细信息`,
};

const en: Words = {
  RATE_SHAPE: (p) => `--rate is item=rate, e.g. PLEDGE_LOAN=0.25 (got "${inert(p.spec)}")`,
  RATE_UNKNOWN_ITEM: (p) =>
    p.several
      ? `--rate: "${inert(p.text)}" could be several items: ${englishNames(p.near)}; give the item code or full name`
      : `--rate: unknown item "${inert(p.text)}"` + (p.near.length ? `; nearest: ${englishNames(p.near)}` : ""),
  RATE_NOT_RATE: (p) => `--rate: ${p.item} (${itemOf(p.item).nameEn}) is not computed at a rate`,
  RATE_FIXED: (p) => `--rate: the rate of ${p.item}, ${p.rate}, is fixed by ${citeClause(p.clause, "en")} and cannot be set`,
  RATE_NOT_NUMBER: (p) => `--rate: "${inert(p.text)}" is not a rate above 0 and at most 100%; write 0.25, 25 or 25%`,
  RATE_ABOVE_MAX: (p) => `--rate: ${p.rate} for ${p.item} is above the maximum ${p.max} of ${citeClause(p.clause, "en")}`,
  CHECKED_AT_NOT_ISO: (p) => `--checked-at: "${inert(p.text)}" is not an ISO time; write 2026-03-01T09:30:00+08:00 or 2026-03-01T01:30:00Z`,
  SOURCE_DATE_EPOCH_NOT_SECONDS: (p) => `SOURCE_DATE_EPOCH: "${inert(p.text)}" is not a whole number of seconds since 1970-01-01 UTC`,
  HISTORY_UNCLOSED_QUOTE: (p) => {
    const shown = p.lines.slice(0, 50);
    const more = p.lines.length > shown.length;
    return `--history ${inert(p.path)}: line${p.lines.length > 1 ? "s" : ""} ${shown.join(", ")}${more ? ` (${p.lines.length} in all)` : ""} cannot be read: the quote opened on line ${p.lines[0]} is never closed, so every line after it runs into one cell; close the quote on that line and check again`;
  },
  HISTORY_UNREADABLE: (p) => `--history ${inert(p.path)}: ${inert(render(p.issue, "en"))}`,
  HISTORY_ROWS: (p) =>
    `--history ${inert(p.path)}: ${p.count} entries cannot be read:\n${p.rows.map((r) => `  ${r.row === 0 ? "" : `row ${r.row}: `}${inert(historyIssueText(r.issue, "en"))}`).join("\n")}`,
  EXPLAIN_SEVERAL_ITEMS: (p) => `"${inert(p.text)}" could be several items: ${p.items.map(labelEn).join("; ")}; give the item code or full name`,
  EXPLAIN_UNKNOWN_ITEM: (p) =>
    p.near.length ? `unknown item "${inert(p.text)}"; nearest: ${p.near.map(labelEn).join("; ")}` : `unknown item "${inert(p.text)}"; lygip items lists every item`,
  EXPLAIN_BAD_PAIR: (p) => `arguments are key=value (got "${inert(p.pair)}"); keys: ${KEYS.join(", ")} or their Chinese words`,
  EXPLAIN_BAD_VALUE: (p) => `${inert(p.word)}=${inert(p.value)}: ` + (
    p.kind === "money" ? "expected an amount in yuan, at most two decimals, no thousands separators"
      : p.kind === "too-large" ? "too large; an amount must be below 10,000,000,000,000 yuan"
      : p.kind === "integer" ? "expected a whole number" : "expected a rate above 0 and at most 100%, such as 0.25, 25 or 25%"
  ),
  EXPLAIN_MISSING: (p) => {
    const item = itemOf(p.item);
    return `${item.code} (${item.nameEn}) also needs: ${p.keys.map((k) => `${k}=`).join(", ")}; e.g. lygip explain ${item.code} ${example(item, "en")}`;
  },
  EXPLAIN_LEVEL: (p) => inert(render(p.issue, "en")),
  EXPLAIN_RATE_ABOVE_MAX: (p) => `${inert(p.word)}=${inert(p.value)}: the rate ${p.rate} is above the maximum ${p.max} of ${citeClause(p.clause, "en")}`,
  UNKNOWN_COMMAND: (p) => `unknown command ${inert(p.name)}${p.suggestion ? `; did you mean ${inert(p.suggestion)}?` : ""}`,
  UNKNOWN_OPTION: (p) => `unknown option ${inert(p.name)}${p.suggestion ? `; did you mean ${inert(p.suggestion)}?` : ""}`,
  MISSING_ARGUMENT: (p) => `missing required argument <${inert(p.name)}>`,
  OPTION_NEEDS_VALUE: (p) => `option ${inert(p.option)} needs a value`,
  OPTION_REQUIRED: (p) => `option ${inert(p.option)} is required`,
  EXCESS_ARGUMENTS: (p) => `too many arguments: expected ${p.expected}, got ${p.got}`,
  INVALID_VALUE: (p) => `${p.option ? `option ${inert(p.option)}: ` : ""}invalid value ${inert(p.value)}` + (p.choices ? `; allowed: ${p.choices.map(inert).join(", ")}` : ""),
  COMMAND_LINE: (p) => inert(p.message),
  OUTPUT_REFUSED: (p) => inert(outputProblemText(p, "en")),
  OUTPUT_FAILED: (p) => inert(outputProblemText(p, "en")),
  FOLDER_NOT_MADE: (p) => inert(outputProblemText(p, "en")),
  OUT_NOT_FOLDER: (p) => inert(outputProblemText(p, "en")),
  COPY_NOT_WRITTEN: (p) => inert(outputProblemText(p, "en")),
  SUMMARY_NOT_WRITTEN: (p) => inert(outputProblemText(p, "en")),
  INTERNAL_ERROR: (p) => `internal error; the check did not finish (${inert(p.message)}); set LYGIP_DEBUG=1 to show the details`,
};

const WORDS: Readonly<Record<Lang, Words>> = { zh, en };

export function usageText(problem: UsageProblem, lang: Lang): string {
  return (WORDS[lang][problem.code] as (p: UsageProblem) => string)(problem);
}
