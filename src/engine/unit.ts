/**
 * Unit identity (MEASURES.md decision 11): a valid 统一社会信用代码 identifies the unit; otherwise its name,
 * normalised (full-/half-width, spaces, brackets). Caps, duplicates and the one-time and two-year rules all
 * count per unit key.
 */
import { normalise } from "../policy";
import { memoise } from "../policy/memo";
import { checkCreditCode } from "./creditCode";

const byCode = memoise((code: string) => {
  const checked = checkCreditCode(code);
  return checked.ok ? checked.code : null;
}, 100_000);
const byName = memoise((unit: string) => `name:${normalise(unit)}`, 100_000);

export function unitKeyOf(unit: string | null, creditCode: string | null): string {
  const code = creditCode ? byCode(creditCode) : null;
  if (code) return code;
  return unit ? byName(unit) : "";
}
