/**
 * Generated rows as the engine takes them (ClaimRow): what the table reader would hand over for a
 * clean file. Money values repeat a lot in a generated batch, so equal amounts share one Decimal. Text is
 * decoded from its bytes, as the reader decodes a cell, and a text repeated in the batch is one string, as
 * the workbook's shared strings make it: the generator's strings are built by concatenation, which V8 keeps
 * as ropes, and a rope compared as a map key costs several times a decoded string (measured 5–10× on the
 * check's lookups by credit code and unit name), which no file read from disk would cost.
 */
import { Decimal, centsOf, type ClaimRow, type FieldKey, type Money } from "../src/engine";
import type { GeneratedRow } from "./generate";

const NO_ISSUES: ClaimRow["cellIssues"] = [];
const NONE_UNREADABLE: ReadonlySet<FieldKey> = new Set();

export class MoneyPool {
  private readonly pool = new Map<string, Money>();
  private readonly cents = new Map<Money, number>();

  /** The amount in whole 分, as the table reader hands it over (readRows): the engine's centsOf of its Money. */
  centsOf(text: string | null): number | null {
    const money = this.get(text);
    if (money === null) return null;
    let c = this.cents.get(money);
    if (c === undefined) this.cents.set(money, (c = centsOf(money)));
    return c;
  }

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

/** Text as the reader hands it over: decoded from UTF-8, one string per distinct shared text. */
export class TextPool {
  private readonly pool = new Map<string, string>();

  /** A text the workbook would keep once in its shared strings (names, codes, items …). */
  shared(text: string | null): string | null {
    if (text === null) return null;
    let s = this.pool.get(text);
    if (s === undefined) this.pool.set(text, (s = decoded(text)));
    return s;
  }
}

/** A cell's own text (a reference number, a date), decoded from its bytes. */
function decoded(text: string): string;
function decoded(text: string | null): string | null;
function decoded(text: string | null): string | null {
  return text === null ? null : Buffer.from(text, "utf8").toString("utf8");
}

export function toClaimRow(g: GeneratedRow, file: number, row: number, money: MoneyPool, text: TextPool = new TextPool()): ClaimRow {
  return {
    ref: { file, row },
    unit: text.shared(g.unit),
    creditCode: text.shared(g.creditCode),
    district: text.shared(g.district),
    year: g.year,
    item: text.shared(g.item),
    level: text.shared(g.level),
    quantity: g.quantity,
    base: money.get(g.base),
    months: g.months,
    fees: money.get(g.fees),
    rate: null,
    outcome: text.shared(g.outcome),
    eventDate: decoded(g.eventDate),
    startDate: decoded(g.startDate),
    refNo: decoded(g.ref),
    personId: decoded(g.personId),
    claimed: money.get(g.claimed),
    claimedCents: money.centsOf(g.claimed),
    baseCents: money.centsOf(g.base),
    feesCents: money.centsOf(g.fees),
    cellIssues: NO_ISSUES,
    unreadable: NONE_UNREADABLE,
  };
}

/** ClaimRows of one file, data starting on worksheet row 2 under a header row. */
export function claimRows(rows: Iterable<GeneratedRow>, file = 0): ClaimRow[] {
  const money = new MoneyPool();
  const text = new TextPool();
  const out: ClaimRow[] = [];
  let r = 2;
  for (const g of rows) out.push(toClaimRow(g, file, r++, money, text));
  return out;
}
