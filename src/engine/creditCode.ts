/**
 * The 统一社会信用代码 (unified social credit code) of GB 32100-2015: 18 characters whose last is a check
 * character over the first 17. Characters 3–8 are the registering authority's administrative division,
 * which tells where the unit is registered (MEASURES.md decision 18).
 */
import { toHalfWidth } from "../policy/normalise";

/** The standard's 31 characters (no I, O, Z, S, V), in the order that gives each its value. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const VALUE = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

export type CreditCodeCheck =
  | { readonly ok: true; readonly code: string; readonly division: string }
  | { readonly ok: false; readonly problem: "length" | "characters" | "check" };

/** The check character for a 17-character body already in the standard's alphabet. */
export function creditCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VALUE.get(body[i])! * WEIGHTS[i];
  // 31 − (Σ mod 31), where 31 stands for 0.
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** White space and invisible format characters (Unicode Cf: zero-width space, BOM …) anywhere in a code. */
const INVISIBLE = /[\s\p{Cf}]+/gu;

/**
 * Check a code as typed: lower case, full-width forms, and white space or invisible characters anywhere are
 * accepted (decision 11: they must not make one unit two).
 */
export function checkCreditCode(text: string): CreditCodeCheck {
  const code = toHalfWidth(text).replace(INVISIBLE, "").toUpperCase();
  if (code.length !== 18) return { ok: false, problem: "length" };
  for (const ch of code) if (!VALUE.has(ch)) return { ok: false, problem: "characters" };
  if (creditCodeCheckChar(code) !== code[17]) return { ok: false, problem: "check" };
  return { ok: true, code, division: code.slice(2, 8) };
}
