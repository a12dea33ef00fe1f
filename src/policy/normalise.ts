/**
 * Text matching for what people type: headers, items, levels, districts, unit names, reference numbers and
 * person identifiers (MEASURES.md decision 11). Unicode NFKC (full-width and half-width forms alike),
 * case folded, every bracket form alike, all white space and every invisible format character (Unicode
 * category Cf: zero-width spaces and joiners, U+2060, soft hyphen, BOM …) removed. Never applied to what
 * is written back into the user's cells.
 */
import { CONFUSABLE_LETTERS } from "./confusables";
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII forms to half-width, the ideographic space to a space; nothing else changes. */
export function toHalfWidth(text: string): string {
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_TO_HALF);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Plain printable ASCII without spaces or square brackets: only case folding to do. */
const PLAIN = /^[\x21-\x5a\x5c\x5e-\x7e]*$/;
const INVISIBLE = /[\s\p{Cf}]+/gu;
const OPENING = /[(（【\[〔〖［]/g;
const CLOSING = /[)）】\]〕〗］]/g;

export function normalise(text: string): string {
  // Most cells (codes, reference numbers, clean ASCII) need no more than case folding.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(OPENING, "(")
    .replace(CLOSING, ")")
    .toUpperCase()
    .toLowerCase();
}

/** Dashes (Unicode category Pd) and the minus signs (U+2212, U+207B, U+208B, U+2796, U+02D7). */
const DASH = /[\p{Pd}\u2212\u207B\u208B\u2796\u02D7]/u;
const ASCII = /^[\x00-\x7f]*$/;
const LOOK_ALIKE = /[\p{Pd}\u2212\u207B\u208B\u2796\u02D7\u0370-\u03FF\u0400-\u052F]/u;

/** Each dash to "-", each letter of CONFUSABLE_LETTERS to its Latin letter or digit; the rest as it is. */
function foldLookAlikes(text: string): string {
  // Of ASCII, only "-" is a dash and no letter is a look-alike: nothing to fold (most reference numbers).
  if (ASCII.test(text) || !LOOK_ALIKE.test(text)) return text;
  let out = "";
  for (const ch of text) out += DASH.test(ch) ? "-" : (CONFUSABLE_LETTERS.get(ch) ?? ch);
  return out;
}

/**
 * How reference numbers and person IDs are compared (decision 11 and the third hardening): look-alikes
 * folded first (a Cyrillic Х is the Latin X, U+2212 is "-", before case folding makes a Cyrillic В a в that
 * looks like nothing Latin), then `normalise`. Two values a reviewer cannot tell apart are one claim.
 */
export function identifierKey(text: string): string {
  return normalise(foldLookAlikes(text));
}

/**
 * The look-alike characters of `text` that `identifierKey` folds and decision 11's NFKC does not (a full-width
 * hyphen is ordinary Chinese input): each once, as U+XXXX, in the order they appear.
 */
export function confusablesIn(text: string): string[] {
  // ASCII's one dash, "-", is never reported, and it holds no other look-alike: most references need no walk.
  if (ASCII.test(text) || !LOOK_ALIKE.test(text)) return [];
  const found: string[] = [];
  for (const ch of text) {
    const plain = ch.normalize("NFKC");
    if (plain !== ch && plain.length === 1 && (plain === "-" || /[A-Za-z0-9]/.test(plain))) continue;
    if (ch === "-" || !(DASH.test(ch) || CONFUSABLE_LETTERS.has(ch))) continue;
    const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    if (!found.includes(code)) found.push(code);
  }
  return found;
}
