/**
 * Text matching for what people type: headers, items, levels, districts, unit names, reference numbers and
 * person identifiers (MEASURES.md decision 11). Unicode NFKC (full-width and half-width forms alike),
 * case folded, every bracket form alike, all white space and every invisible format character (Unicode
 * category Cf: zero-width spaces and joiners, U+2060, soft hyphen, BOM …) removed. Never applied to what
 * is written back into the user's cells.
 */
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
