/**
 * `--rate ITEM=RATE`: a yearly rate at or below the clause's maximum (MEASURES.md decision 2). Anything
 * else is a usage error, said before any file is read.
 */
import { Decimal, formatRate, rateOfText, type CheckSettings, type Money } from "../engine";
import { resolveItem, type Item, type ItemCode } from "../policy";
import { UsageError } from "./io";

export { UsageError };


export function parseRates(specs: readonly string[]): CheckSettings {
  const rates: Partial<Record<ItemCode, Money>> = {};
  const percentTyped: Partial<Record<ItemCode, boolean>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 1) throw new UsageError({ code: "RATE_SHAPE", spec });
    const itemText = spec.slice(0, eq).trim();
    const item = rateItem(itemText);
    const rule = item.rule;
    if (rule.kind !== "rate") throw new UsageError({ code: "RATE_NOT_RATE", item: item.code });
    if (!rule.ceiling) throw new UsageError({ code: "RATE_FIXED", item: item.code, rate: formatRate(new Decimal(rule.rate)), clause: item.clause });
    const read = rateOfText(spec.slice(eq + 1));
    if (read === null || !read.ok) throw new UsageError({ code: "RATE_NOT_NUMBER", text: spec.slice(eq + 1) });
    const max = new Decimal(rule.rate);
    if (read.rate.gt(max)) throw new UsageError({ code: "RATE_ABOVE_MAX", item: item.code, rate: formatRate(read.rate), clause: item.clause, max: formatRate(max) });
    rates[item.code] = read.rate;
    if (read.percentTyped) percentTyped[item.code] = true;
  }
  return Object.keys(percentTyped).length ? { rates, percentTyped } : { rates };
}

/** The item of `--rate ITEM=…`, by the one resolver of item words (decision 28). */
function rateItem(text: string): Item {
  const found = resolveItem(text);
  if (found.ok) return found.value;
  const several = found.candidates ?? found.containedIn;
  throw new UsageError({ code: "RATE_UNKNOWN_ITEM", text, near: several ? several.map((i) => i.name) : found.closest });
}
