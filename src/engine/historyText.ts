/**
 * A history row's problem as a person reads it, in every host (`--history`, the page's 以往核定记录, the
 * pane's history sheet). The history reader files a problem with the approved amount under the claim's
 * field, the nearest the message catalog has, and the catalog names that field's column 申请金额（元）
 * (Claimed (yuan)): a history file has no such column, so its own column is named instead.
 */
import { render, type Lang } from "./catalog";
import { COLUMN_BY_KEY } from "./columns";
import type { Issue } from "./issues";

/** The history's approved amount as messages name it (the first of the headers the reader accepts). */
export const APPROVED_HEADER = "核定金额";

const CLAIMED = COLUMN_BY_KEY.get("claimed")!;
const NAMED = {
  zh: { catalog: `「${CLAIMED.headers[0]}」`, history: `「${APPROVED_HEADER}」` },
  en: { catalog: CLAIMED.en, history: `"${APPROVED_HEADER}" (approved amount)` },
} as const;

export function historyIssueText(issue: Issue, lang: Lang): string {
  const text = render(issue, lang);
  if (!("field" in issue) || issue.field !== "claimed") return text;
  const { catalog, history } = NAMED[lang];
  return text.startsWith(catalog) ? history + text.slice(catalog.length) : text;
}
