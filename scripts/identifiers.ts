/**
 * Well-formed identifiers for generated rows: 统一社会信用代码 with correct check characters (GB 32100-2015,
 * its organisation code part per GB 11714-1997) and resident ID numbers (GB 11643-1999). The sample and
 * the benchmark use them so that only the rows meant to carry a bad code do.
 */
import { creditCodeCheckChar } from "../src/engine/creditCode";

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714: the 9th character of an organisation code over its first 8 (digits and capital letters). */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i];
    const value = ch >= "0" && ch <= "9" ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * A credit code: registration authority and unit type ("91" a company, "12" a public institution, "51" a
 * social organisation), the six-digit division, and an 8-character organisation body.
 */
export function makeCreditCode(kind: string, division: string, orgBody8: string): string {
  const body = kind + division + orgBody8 + orgCodeCheckChar(orgBody8);
  if (body.length !== 17) throw new Error(`credit code body must be 17 characters: ${body}`);
  return body + creditCodeCheckChar(body);
}

/** The same code with its check character replaced by a wrong one: a typing slip. */
export function withWrongCheckChar(code: string): string {
  const wrong = code[17] === "1" ? "2" : "1";
  return code.slice(0, 17) + wrong;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** An 18-character resident ID: area code, birth date yyyymmdd, 3-digit sequence, ISO 7064 MOD 11-2 check. */
export function makeResidentId(area: string, birth: string, seq: string): string {
  const body = area + birth + seq;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i];
  return body + ID_CHECK[sum % 11];
}
