/**
 * OOXML writes characters XML cannot carry (control characters) as `_xHHHH_` inside string values, and a
 * literal "_xHHHH_" as "_x005F_xHHHH_". These read and write that form around the plain XML escaping.
 */
import { escapeText } from "../xml/escape";

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Control characters (CR too, which XML would read back as LF; Excel writes _x000D_), and literal escapes. */
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/** Text that goes out as it is: nothing to escape, no _xHHHH_ look-alike, no surrogate, no space to keep. */
const NEEDS_WORK = /[\u0000-\u0020&<>"'\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]|_x/;

/** `text` needs no encoding and no xml:space: it is written, and reads back, exactly as it is. */
export function isPlainText(text: string): boolean {
  return !NEEDS_WORK.test(text);
}

/** A string value ready for a `<t>` element: OOXML escapes first, then XML escaping. */
export function encodeOoxmlString(text: string): string {
  const encoded = text.replace(NEEDS_ESCAPE, (m) =>
    m.length > 1 ? "_x005F" + m : "_x" + m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_",
  );
  return escapeText(encoded);
}
