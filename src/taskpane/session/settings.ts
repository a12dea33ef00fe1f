/**
 * The year's rates (MEASURES.md decision 2): items whose clause says 最高 / 不超过 a rate take a setting at
 * or below that rate. The clause's figure comes from src/policy; the pane only reads it.
 */
import { citeClause, Decimal, formatRate, rateOfText, type Money, type CheckSettings } from "../../engine";
import { ITEMS, type ItemCode } from "../../policy";
import type { PaneProblem } from "./problems";

export interface RateSetting {
  readonly code: ItemCode;
  readonly name: string;
  readonly nameEn: string;
  readonly clause: string;
  /** The clause's maximum as people read it: "30%". */
  readonly max: string;
}

export const RATE_SETTINGS: readonly RateSetting[] = ITEMS.flatMap((item) =>
  item.rule.kind === "rate" && item.rule.ceiling
    ? [{ code: item.code, name: item.name, nameEn: item.nameEn, clause: item.clause, max: formatRate(new Decimal(item.rule.rate)) }]
    : [],
);

/** "25%", "25", "0.25" → 0.25; null for anything else: the one rate reader (decision 28). */
export function parseRateText(text: string): Money | null {
  const read = rateOfText(text);
  return read?.ok ? read.rate : null;
}

/** How many typed rates are in force (valid) and how many are not: what the closed settings say. */
export function typedRates(rates: Readonly<Partial<Record<ItemCode, string>>>): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (const s of RATE_SETTINGS) {
    const text = rates[s.code]?.trim() ?? "";
    if (text === "") continue;
    if ("problem" in settingsOf({ [s.code]: text })) invalid++;
    else valid++;
  }
  return { valid, invalid };
}

/** Typed rates → settings; blank means the clause's own rate. A rate typed as 25 is 25%, and the rows say so. */
export function settingsOf(rates: Readonly<Partial<Record<ItemCode, string>>>): { settings: CheckSettings } | { problem: PaneProblem } {
  const out: Partial<Record<ItemCode, Money>> = {};
  const percentTyped: Partial<Record<ItemCode, boolean>> = {};
  for (const s of RATE_SETTINGS) {
    const text = rates[s.code]?.trim() ?? "";
    if (text === "") continue;
    const read = rateOfText(text);
    const item = ITEMS.find((i) => i.code === s.code)!;
    const max = item.rule.kind === "rate" ? new Decimal(item.rule.rate) : null;
    if (read === null || !read.ok || max === null || read.rate.gt(max)) {
      // The clause is written with its own brackets, （七）: 第（七）条, never wrapped in a second pair.
      return { problem: { code: "BAD_RATE", itemCode: s.code, item: `${citeClause(s.clause, "zh")}${s.name}`, found: text, max: s.max } };
    }
    out[s.code] = read.rate;
    if (read.percentTyped) percentTyped[s.code] = true;
  }
  const settings: CheckSettings = Object.keys(percentTyped).length ? { rates: out, percentTyped } : { rates: out };
  return { settings };
}
