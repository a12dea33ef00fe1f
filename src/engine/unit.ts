/**
 * Unit identity (MEASURES.md decision 11): a valid 统一社会信用代码 identifies the unit; otherwise its name,
 * normalised (full-/half-width, spaces, brackets). Caps, duplicates and the one-time and two-year rules all
 * count per unit key.
 */
import { normalise } from "../policy";
import { checkCreditCode } from "./creditCode";

const cache = new Map<string, string>();

export function unitKeyOf(unit: string | null, creditCode: string | null): string {
  const cacheKey = `${creditCode ?? ""}\u0000${unit ?? ""}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  let key: string;
  const checked = creditCode ? checkCreditCode(creditCode) : null;
  if (checked?.ok) key = checked.code;
  else key = unit ? `name:${normalise(unit)}` : "";
  if (cache.size > 200_000) cache.clear();
  cache.set(cacheKey, key);
  return key;
}
