/**
 * A row's calculation as data: the steps that lead to its amounts, each with its figures. The engine never
 * writes a sentence; the catalogs (./catalog/explain) render the steps in Chinese or English, so a report in
 * either language says the same thing and a changed figure in src/policy changes every text at once.
 *
 * Money figures are whole 分 (4200000 for 42,000.00 元), formatted only when a catalog renders the step;
 * rates are decimal fractions ("0.3").
 */
import type { FieldKey } from "./columns";
import type { Origin } from "./issues";

/** An amount in whole 分. */
export type Cents = number;

/** What one unit of a quantity counts, in both languages (件 / certificate). */
export interface CountWord {
  readonly zh: string;
  readonly en: string;
}

export type ExplainStep =
  /** rate × base = result. `base` names what the base is (保费, 维权代理费 …). */
  | {
      readonly kind: "rate"; readonly rate: string; readonly base: Cents; readonly result: Cents;
      readonly baseName: CountWord; readonly ceiling: boolean;
    }
  /**
   * The pledge loan (decision 5): interest × counted/months (counted ≤ the clause's 12 months, fewer where
   * earlier parts of the same loan used some), plus service fees, times the rate.
   */
  | {
      readonly kind: "loan"; readonly rate: string; readonly interest: Cents; readonly months: number;
      readonly countedMonths: number; readonly maxMonths: number; readonly monthsBefore: number;
      /** The interest that counts: interest × countedMonths / months, to the 分 for display. */
      readonly countedInterest: Cents; readonly fees: Cents | null; readonly result: Cents;
    }
  /** each × quantity = result (fixed or up-to, per piece or per person); quantity 1 on a single award. */
  | {
      readonly kind: "amount"; readonly each: Cents; readonly quantity: number; readonly per: CountWord | null;
      readonly upTo: boolean; readonly result: Cents;
    }
  /**
   * Per full ten (decision 4): the unit's count this year before the row and with it, the full tens each
   * time, and what the row adds.
   */
  | {
      readonly kind: "perFullTen"; readonly each: Cents; readonly size: number; readonly per: CountWord;
      /** The clause's word for what a full ten earns (奖励, 资助). */
      readonly paid: string;
      readonly quantity: number; readonly before: number; readonly tens: number; readonly tensBefore: number;
      readonly total: Cents; readonly totalBefore: Cents; readonly result: Cents;
    }
  /** A single row above its group's annual cap is eligible for the cap at most (decision 7). */
  | { readonly kind: "capSingle"; readonly cap: Cents; readonly result: Cents }
  /** The running annual cap cut the row (decision 8): what was used before, where from, and what is left. */
  | {
      readonly kind: "capRunning"; readonly cap: Cents; readonly used: Cents; readonly approvable: Cents;
      readonly year: number; readonly holder: CountWord; readonly fromHistory: Cents | null;
      readonly fromRows: readonly Origin[];
      /** The row is 待核实 (decision 23): what the cap leaves it is pending, not approvable. */
      readonly pending?: boolean;
    }
  /**
   * A rate typed as a bare number above 1 (`typed`, "30") and read as a percentage (decision 28): in the
   * row's 补助比例 (`row`) or in the year's setting (`setting`, --rate or the pane).
   */
  | { readonly kind: "percentRate"; readonly typed: string; readonly rate: string; readonly place: "row" | "setting" }
  /** Values that came from a formula's cached result, not typed. */
  | { readonly kind: "formula"; readonly fields: readonly FieldKey[] };

export type Explain = readonly ExplainStep[];

export const NO_STEPS: Explain = Object.freeze([]);
