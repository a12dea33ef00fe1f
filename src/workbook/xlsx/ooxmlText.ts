/**
 * OOXML writes characters XML cannot carry (control characters) as `_xHHHH_` inside string values, and a
 * literal "_xHHHH_" as "_x005F_xHHHH_". These read and write that form around the plain XML escaping.
 */
import { escapeXml } from "../xml/escape";

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Control characters (CR too, which XML would read back as LF; Excel writes _x000D_), and literal escapes. */
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/** A string value ready for a `<t>` element: OOXML escapes first, then XML escaping. */
export function encodeOoxmlString(text: string): string {
  const encoded = text.replace(NEEDS_ESCAPE, (m) =>
    m.length > 1 ? "_x005F" + m : "_x" + m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + "_",
  );
  return escapeXml(encoded);
}
