/** Text and attribute values for XML we write. */

/** CR is written as a reference because a reader turns a literal CR into LF. */
const SPECIAL = /[&<>"'\r]/g;
const REPLACEMENT: Readonly<Record<string, string>> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;",
};
/** Code points XML 1.0 cannot carry at all, not even as references; lone surrogates included. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes the five special characters (and CR), for text and attribute values alike. Characters XML cannot hold
 * become U+FFFD rather than producing a file Excel refuses to open; OOXML's `_xHHHH_` form for control
 * characters is in xlsx/ooxmlText.ts for callers that must keep them.
 */
export function escapeXml(text: string): string {
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML, "\uFFFD") : text;
  NOT_XML.lastIndex = 0;
  return clean.replace(SPECIAL, (c) => REPLACEMENT[c]!);
}
