/**
 * The year's rates as `ITEM=RATE` (the command line's `--rate`, the page's rate lines): a rate at or below
 * the clause's maximum (MEASURES.md decision 2), read by the one rate reader and the one item resolver
 * (decision 28). Each host words a problem itself.
 */
import { Decimal, formatRate, rateOfText, type CheckSettings, type Money } from "../engine";
import { resolveItem, type Item, type ItemCode } from "../policy";

export type RateSpecProblem =
  /** Not `item=rate`. */
  | { readonly kind: "shape"; readonly spec: string }
  /**
   * No single item by that word; `names`: the items it may mean (`several`: the word names each of them, decision
   * 20), or the closest.
   */
  | { readonly kind: "unknown"; readonly text: string; readonly names: readonly string[]; readonly several?: boolean }
  | { readonly kind: "notRate"; readonly item: Item }
  /** The clause fixes the rate: it cannot be set. */
  | { readonly kind: "fixed"; readonly item: Item; readonly rate: string }
  | { readonly kind: "notNumber"; readonly item: Item; readonly text: string }
  | { readonly kind: "above"; readonly item: Item; readonly rate: string; readonly max: string };

export type RateSpecsRead = { readonly ok: true; readonly settings: CheckSettings } | { readonly ok: false; readonly problem: RateSpecProblem };

export function settingsOfRateSpecs(specs: readonly string[]): RateSpecsRead {
  const rates: Partial<Record<ItemCode, Money>> = {};
  const percentTyped: Partial<Record<ItemCode, boolean>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 1) return { ok: false, problem: { kind: "shape", spec } };
    const itemText = spec.slice(0, eq).trim();
    const found = resolveItem(itemText);
    if (!found.ok) {
      const several = found.candidates ?? found.containedIn;
      if (several) return { ok: false, problem: { kind: "unknown", text: itemText, names: several.map((i) => i.name), several: true } };
      return { ok: false, problem: { kind: "unknown", text: itemText, names: found.closest } };
    }
    const item = found.value;
    const rule = item.rule;
    if (rule.kind !== "rate") return { ok: false, problem: { kind: "notRate", item } };
    if (!rule.ceiling) return { ok: false, problem: { kind: "fixed", item, rate: formatRate(new Decimal(rule.rate)) } };
    const read = rateOfText(spec.slice(eq + 1));
    if (read === null || !read.ok) return { ok: false, problem: { kind: "notNumber", item, text: spec.slice(eq + 1) } };
    const max = new Decimal(rule.rate);
    if (read.rate.gt(max)) return { ok: false, problem: { kind: "above", item, rate: formatRate(read.rate), max: formatRate(max) } };
    rates[item.code] = read.rate;
    if (read.percentTyped) percentTyped[item.code] = true;
  }
  return { ok: true, settings: Object.keys(percentTyped).length ? { rates, percentTyped } : { rates } };
}
