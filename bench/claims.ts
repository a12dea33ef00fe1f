/**
 * Generated rows as the engine takes them (ClaimRow): what the table reader would hand over for a
 * clean file. Money values repeat a lot in a generated batch, so equal amounts share one Decimal.
 */
import { Decimal, type ClaimRow, type FieldKey, type Money } from "../src/engine";
import type { GeneratedRow } from "./generate";

const NO_ISSUES: ClaimRow["cellIssues"] = [];
const NONE_UNREADABLE: ReadonlySet<FieldKey> = new Set();

export class MoneyPool {
  private readonly pool = new Map<string, Money>();

  get(text: string | null): Money | null {
    if (text === null) return null;
    let m = this.pool.get(text);
    if (!m) {
      m = new Decimal(text);
      this.pool.set(text, m);
    }
    return m;
  }
}

export function toClaimRow(g: GeneratedRow, file: number, row: number, money: MoneyPool): ClaimRow {
  return {
    ref: { file, row },
    unit: g.unit,
    creditCode: g.creditCode,
    district: g.district,
    year: g.year,
    item: g.item,
    level: g.level,
    quantity: g.quantity,
    base: money.get(g.base),
    months: g.months,
    fees: money.get(g.fees),
    rate: null,
    outcome: g.outcome,
    eventDate: g.eventDate,
    startDate: g.startDate,
    refNo: g.ref,
    personId: g.personId,
    claimed: money.get(g.claimed),
    cellIssues: NO_ISSUES,
    unreadable: NONE_UNREADABLE,
  };
}

/** ClaimRows of one file, data starting on worksheet row 2 under a header row. */
export function claimRows(rows: Iterable<GeneratedRow>, file = 0): ClaimRow[] {
  const money = new MoneyPool();
  const out: ClaimRow[] = [];
  let r = 2;
  for (const g of rows) out.push(toClaimRow(g, file, r++, money));
  return out;
}
