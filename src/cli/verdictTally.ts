/**
 * Counts by verdict and the four amounts of the command line's summary (MEASURES.md decision 23):
 * 申请 = 可核定 + 待核实 + 核减, added in whole 分 so the printed figures reconcile to the 分.
 */
import { formatMoney, VERDICTS, type RowResult, type Verdict } from "../engine";

/** One row's verdict and amounts, money as strings with two decimals. */
export interface TallyRow {
  readonly verdict: Verdict;
  readonly requested: string;
  readonly approvable: string;
  readonly pending: string;
  readonly excess: string;
}

export interface Tally {
  readonly rows: number;
  readonly counts: Readonly<Record<Verdict, number>>;
  readonly requested: string;
  readonly approvable: string;
  readonly pending: string;
  readonly excess: string;
}

export function tallyRowOf(r: RowResult): TallyRow {
  return {
    verdict: r.verdict, requested: formatMoney(r.requested), approvable: formatMoney(r.approvable),
    pending: formatMoney(r.pending), excess: formatMoney(r.excess),
  };
}

const cents = (s: string) => BigInt(s.replace(".", ""));
const yuan = (c: bigint) => `${c < 0n ? "-" : ""}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, "0")}`;

export function tallyOf(rows: Iterable<TallyRow>): Tally {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let n = 0;
  let requested = 0n, approvable = 0n, pending = 0n, excess = 0n;
  for (const r of rows) {
    n++;
    counts[r.verdict]++;
    requested += cents(r.requested);
    approvable += cents(r.approvable);
    pending += cents(r.pending);
    excess += cents(r.excess);
  }
  return { rows: n, counts, requested: yuan(requested), approvable: yuan(approvable), pending: yuan(pending), excess: yuan(excess) };
}
