/**
 * A history row's problem as a person reads it, in every host (`--history`, the page's 以往核定记录, the
 * pane's history sheet). The history reader files a problem with the approved amount under the claim's
 * field, the nearest the message catalog has, and the catalog names that field's column 申请金额（元）
 * (Claimed (yuan)): a history file has no such column, so its own column is named instead.
 */
import { render, type Lang } from "./catalog";
import { COLUMN_BY_KEY } from "./columns";
import type { Issue } from "./issues";
import { yuanText, type Money } from "./money";

/** The history's approved amount as messages name it (the first of the headers the reader accepts). */
export const APPROVED_HEADER = "核定金额";

const CLAIMED = COLUMN_BY_KEY.get("claimed")!;
const NAMED = {
  zh: { catalog: `「${CLAIMED.headers[0]}」`, history: `「${APPROVED_HEADER}」` },
  en: { catalog: CLAIMED.en, history: `"${APPROVED_HEADER}" (approved amount)` },
} as const;

/**
 * A history row's problem: a cell's, worded by the catalog, or one only a history row has. HISTORY_PENDING: the
 * row is 待核实 (a lygip copy's or 审核明细's 待核实金额 above 0), so its amount is not decided; counted as its
 * 可核定金额 alone it would leave the pending part of a cap to later rows (decision 23), so it is not read.
 */
export type HistoryIssue = Issue | { readonly code: "HISTORY_PENDING"; readonly pending: Money };

const PENDING_TEXT = {
  zh: (amount: string) => `待核实金额 ${amount}：该行尚未核定，无法计入年度上限、一次性和两年限制；请按复核结果改写该行的「可核定金额」，并将「待核实金额」改为 0`,
  en: (amount: string) =>
    `pending ${amount} (待核实金额): the row is not decided, so it cannot count toward the annual caps, one-time and two-year rules; write the amount approved on review as its 可核定金额 and set 待核实金额 to 0`,
} as const;

/**
 * No header row found: the catalog's words name the application table, which a history file is not; these name
 * the history and the columns it needs.
 */
const NO_TABLE_TEXT = {
  zh: `未找到以往核定记录的表头：前 20 行中没有一行含有至少三个可识别的列名（单位名称或统一社会信用代码、申报年度、支持事项、${APPROVED_HEADER}）`,
  en: `no table of earlier approvals: none of the first 20 rows holds at least three recognised headers (单位名称 or 统一社会信用代码, 申报年度, 支持事项, ${APPROVED_HEADER})`,
} as const;

export function historyIssueText(issue: HistoryIssue, lang: Lang): string {
  if (issue.code === "HISTORY_PENDING") return PENDING_TEXT[lang](yuanText(issue.pending, lang));
  if (issue.code === "UNREADABLE_FILE" && issue.reason === "no-table") return NO_TABLE_TEXT[lang];
  const text = render(issue, lang);
  if (!("field" in issue) || issue.field !== "claimed") return text;
  const { catalog, history } = NAMED[lang];
  return text.startsWith(catalog) ? history + text.slice(catalog.length) : text;
}
