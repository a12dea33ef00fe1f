/**
 * Text matching for names typed by people: full-width and half-width forms alike, spaces removed,
 * （） and () alike, case folded. Used for headers, items, levels, districts and unit names; never
 * applied to what is written back into the user's cells.
 */
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000]/;
const NEEDS_REPLACING = /[\s\u00a0\u200b【〔\[】〕\]]/;

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

export function normalise(text: string): string {
  const half = toHalfWidth(text);
  // Most cells (codes, reference numbers, clean names) need no replacing, only case folding.
  if (!NEEDS_REPLACING.test(half)) return half.toLowerCase();
  return half
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/[【〔\[]/g, "(")
    .replace(/[】〕\]]/g, ")")
    .toLowerCase();
}
