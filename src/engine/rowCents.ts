/**
 * A row's money cells in whole 分: the one way the check reaches them. A host that read them as 分
 * (ClaimRow.claimedCents, baseCents, feesCents: the table reader does) hands them over and no Decimal is
 * read; otherwise they are the 分 of the row's Money. An AmountInput carries the same fields, so a single
 * computation (the APPROVE and AWARD functions, explain) reaches them the same way.
 */
import type { Cents } from "./explain";
import { centsOf, wholeCentsOf, type Money } from "./money";

interface ClaimCells {
  readonly claimed: Money | null;
  readonly claimedCents?: number | null;
}
interface BaseCells {
  readonly base: Money | null;
  readonly baseCents?: number | null;
}
interface FeeCells {
  readonly fees: Money | null;
  readonly feesCents?: number | null;
}

/**
 * The claim in 分, null where blank. The readers take money to two decimals below 10^13 元
 * (APPLICATION-TABLE.md), so every claim is a safe whole number of 分; one that is not could only come from a
 * host that skipped them.
 */
export function claimedCentsOf(row: ClaimCells): Cents | null {
  if (row.claimed === null) return null;
  const given = row.claimedCents;
  if (given !== undefined && given !== null) return given;
  return wholeCentsOf(row.claimed, "a claim of");
}

/** The base (保费, 利息 …) in 分; null where blank, NaN where not a whole number of 分 below 2^53. */
export function baseCentsOf(row: BaseCells): Cents | null {
  if (row.base === null) return null;
  const given = row.baseCents;
  return given !== undefined && given !== null ? given : centsOf(row.base);
}

/** The service fees in 分; null where blank, NaN where not a whole number of 分 below 2^53. */
export function feesCentsOf(row: FeeCells): Cents | null {
  if (row.fees === null) return null;
  const given = row.feesCents;
  return given !== undefined && given !== null ? given : centsOf(row.fees);
}
