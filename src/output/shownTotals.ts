/**
 * The batch's figures as a host's results show them (the task pane, the browser page): rows by check status
 * and by 审核结论, and the four amounts with 大写 for three of them. Built from the engine's one sum
 * (summarise), so 申请 = 可核定 + 待核实 + 核减 holds here as on every row: no host adds up a row itself.
 */
import { formatMoney, VERDICTS, type Status, type Summary, type Verdict } from "../engine";
import { toChineseMoney } from "./rmb";

export interface ShownTotals {
  readonly rows: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** Rows by 审核结论 (decision 23). */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** 申请金额 = 可核定 + 待核实 + 核减, as formatted money ("110000.00"); a blank claim requests its eligible amount. */
  readonly claimed: string;
  readonly approvable: string;
  readonly pending: string;
  /** 核减金额: what the review cuts (the engine's excess). */
  readonly excess: string;
  readonly approvableWords: string;
  readonly pendingWords: string;
  readonly excessWords: string;
}

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
