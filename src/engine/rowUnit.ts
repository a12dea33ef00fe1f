/**
 * A row's unit as the cross-row rules count it, and what only a few rows hold besides it: one object per unit
 * of the batch, shared by every row of the unit that holds nothing more, where three fields in every row's
 * result (its key, its number, what holds of several units) and a fourth (its amount pending) would be.
 * A million rows keep some fifty thousand units; a row with more to hold gets a copy of its own.
 */
import type { Cents } from "./explain";

/** What holds of each unit a row of several possible units may be (decision 26, RowDraft.candidates). */
export interface Several {
  readonly units: readonly string[];
  blocked: Set<string> | null;
  eligibleAs: Map<string, Cents> | null;
}

export interface RowUnit {
  /** The unit as the caps see it: a valid credit code, else the normalised name (decision 11); "" until known. */
  readonly key: string;
  /** The unit's number in the batch (BatchContext.unitNo); -1 until the whole batch is seen. */
  readonly no: number;
  /** Decision 26: the units a row of an ambiguous name may be, and what holds of each; null on nearly every row. */
  readonly several: Several | null;
  /** What the row would approve once a fact is confirmed (RowResult.pending), in 分: 0 on a shared unit. */
  readonly pending: Cents;
}

/** The unit of a row not yet placed: shared and frozen. */
export const NO_UNIT: RowUnit = Object.freeze({ key: "", no: -1, several: null, pending: 0 });

/** A unit: its fields always in this order, so every row's unit has one shape. */
export function rowUnit(key: string, no: number, several: Several | null = null, pending: Cents = 0): RowUnit {
  return { key, no, several, pending };
}

/** The same unit holding what a row may be of several units. */
export function withSeveral(unit: RowUnit, several: Several | null): RowUnit {
  return rowUnit(unit.key, unit.no, several, unit.pending);
}

/** The same unit holding a row's amount pending. */
export function withPending(unit: RowUnit, pending: Cents): RowUnit {
  return rowUnit(unit.key, unit.no, unit.several, pending);
}

/**
 * The units of one check by number, each made on first asking: the rows of a unit share it. `numberOf` gives
 * a key's number (CapLedger.numberOf).
 */
export class RowUnits {
  private readonly byNumber: RowUnit[] = [];

  constructor(private readonly numberOf: (key: string) => number) {}

  of(key: string): RowUnit {
    const no = this.numberOf(key);
    let unit = this.byNumber[no];
    if (unit === undefined) this.byNumber[no] = unit = rowUnit(key, no);
    return unit;
  }
}
