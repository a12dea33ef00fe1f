/**
 * What every host hands the engine (one ClaimRow per table row, cells already read) and what it gets back.
 */
import type { Item, ItemCode, Level } from "../policy";
import type { FieldKey } from "./columns";
import type { Explain } from "./explain";
import type { Issue } from "./issues";
import type { Money } from "./money";

/** An ISO calendar date, "2025-06-01". */
export type IsoDate = string;

/** Where a row stands: the file's place in the batch and the worksheet row number as Excel shows it. */
export interface RowRef {
  readonly file: number;
  readonly row: number;
}

/**
 * One application row, its cells read by type. A cell that could not be read is null here and has an
 * issue in `cellIssues` (BAD_NUMBER, BAD_DATE, …) and its field in `unreadable`.
 */
export interface ClaimRow {
  readonly ref: RowRef;
  readonly unit: string | null;
  readonly creditCode: string | null;
  readonly district: string | null;
  readonly year: number | null;
  /** The item as typed: code, name, alias or clause. */
  readonly item: string | null;
  readonly level: string | null;
  readonly quantity: number | null;
  readonly base: Money | null;
  readonly months: number | null;
  readonly fees: Money | null;
  /** A fraction, 0.25 for 25%. */
  readonly rate: Money | null;
  /** The rate was typed as a bare number above 1 (30) and read as a percentage (decision 28). */
  readonly ratePercent?: boolean;
  readonly outcome: string | null;
  readonly eventDate: IsoDate | null;
  readonly startDate: IsoDate | null;
  readonly refNo: string | null;
  readonly personId: string | null;
  readonly claimed: Money | null;
  /**
   * The money cells in whole 分 (the values of `claimed`, `base` and `fees` times 100), where the host read
   * them as such: the check counts with these and reads no Decimal. Left out, the check reads the Money.
   */
  readonly claimedCents?: number | null;
  readonly baseCents?: number | null;
  readonly feesCents?: number | null;
  readonly cellIssues: readonly Issue[];
  readonly unreadable: ReadonlySet<FieldKey>;
  /**
   * Fields the row's table has no column for, as opposed to a blank cell in a column it has: a message on a
   * missing value says the column is missing (./absentColumn). Left out, or empty, where every field has one.
   */
  readonly absent?: ReadonlySet<FieldKey>;
  /** Fields whose value came from a formula's cached result. */
  readonly fromFormula?: ReadonlySet<FieldKey>;
}

/** An earlier approval (--history): counts toward caps, one-time and two-year rules. */
export interface HistoryEntry {
  readonly unit: string | null;
  readonly creditCode: string | null;
  readonly year: number;
  readonly item: ItemCode;
  readonly approved: Money;
  /**
   * The level as typed in the history's 级别 column, where it has one (decision 27); without it, an item paid
   * per level takes the level whose amount equals `approved` when exactly one does.
   */
  readonly level?: string;
  /** The row of the history file the entry is on, for messages that point to it (decision 21). */
  readonly row?: number;
}

/** Settings of a check: the year's rates, at or below each clause's maximum (decision 2). */
export interface CheckSettings {
  readonly rates?: Partial<Readonly<Record<ItemCode, Money>>>;
  /** Rates of `rates` typed as a bare number above 1 (30) and read as a percentage (decision 28). */
  readonly percentTyped?: Partial<Readonly<Record<ItemCode, boolean>>>;
}

export type Status = "ok" | "warning" | "error";

/**
 * The reviewer's decision on a row (MEASURES.md decision 23): 通过 approved, 核减 reduced, 不予支持 rejected,
 * 待核实 review. Beside the severity of its messages, never derived from it.
 */
export type Verdict = "approved" | "reduced" | "rejected" | "review";
export const VERDICTS: readonly Verdict[] = ["approved", "reduced", "rejected", "review"];

export interface RowResult {
  readonly ref: RowRef;
  readonly input: ClaimRow;
  readonly item: Item | null;
  readonly level: Level | null;
  /** The unit as the caps see it: a valid credit code, else the normalised name (decision 11). */
  readonly unitKey: string;
  readonly claimed: Money | null;
  /** The claim, or the eligible amount where the claim is blank (0 on an ineligible row): approvable + pending + excess. */
  readonly requested: Money;
  readonly eligible: Money;
  readonly approvable: Money;
  /**
   * What the row would approve once a fact lygip cannot read is confirmed (decision 23): it reserves that
   * part of the cap. requested = approvable + pending + excess.
   */
  readonly pending: Money;
  readonly excess: Money;
  readonly verdict: Verdict;
  /** The calculation, step by step, as data; the catalogs render it (renderExplain, rowText). */
  readonly explain: Explain;
  readonly issues: readonly Issue[];
  readonly status: Status;
}
