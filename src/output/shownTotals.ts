/**
 * The batch's figures as a host's results show them (the task pane, the browser page): rows by check status
 * and by 审核结论, and the four amounts with 大写 for three of them. Built from the engine's one sum
 * (summarise), so 申请 = 可核定 + 待核实 + 核减 holds here as on every row: no host adds up a row itself.
 */
import { formatMoney, VERDICTS, type ShownTotals, type Summary, type Verdict } from "../engine";
import { toChineseMoney } from "./rmb";

export type { ShownTotals };


export function shownTotals(s: Summary): ShownTotals {
  return {
    rows: s.rows,
    counts: { ok: s.ok, warning: s.warning, error: s.error },
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, s[v]])) as Record<Verdict, number>,
    claimed: formatMoney(s.requested),
    approvable: formatMoney(s.approvable),
    pending: formatMoney(s.pending),
    excess: formatMoney(s.excess),
    approvableWords: toChineseMoney(s.approvable),
    pendingWords: toChineseMoney(s.pending),
    excessWords: toChineseMoney(s.excess),
  };
}
