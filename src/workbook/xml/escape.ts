/**
 * The one escaper for the XML we write: element text and attribute values, and the one test of whether a
 * text is something XML 1.0 can carry at all.
 *
 * What each context must escape, by XML 1.0: "&" and "<" everywhere (§2.4); ">" is escaped too, so "]]>"
 * never appears. In element text a literal CR is read back as LF (§2.11 end-of-line handling), so it is
 * written as a reference. In an attribute value the same holds for CR, and a literal LF or TAB is read back
 * as a space (§3.3.3 attribute-value normalisation), so they are references too; the values are always
 * written in double quotes, so '"' is escaped there and "'" need not be.
 */

/** Code points XML 1.0 cannot carry at all, not even as references; lone surrogates included. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_XML_ALL = new RegExp(NOT_XML.source, "g");

/** True when every character of `text` is one XML 1.0 can carry. */
export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}

/**
 * `text` with every character XML cannot carry replaced by `replacement`: U+FFFD (the default) where the
 * writer must not produce a part Excel refuses to open; "" where nothing visible should remain. OOXML's
 * `_xHHHH_` form for control characters is in xlsx/ooxmlText.ts for callers that must keep them.
 */
export function xmlChars(text: string, replacement = "\uFFFD"): string {
  return isXmlText(text) ? text : text.replace(NOT_XML_ALL, replacement);
}

const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\r\n\t]/g;
const REPLACEMENT: Readonly<Record<string, string>> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;",
};
const replace = (c: string): string => REPLACEMENT[c]!;

/** Element text: reads back as exactly `text` (characters XML cannot carry become U+FFFD). */
export function escapeText(text: string): string {
  return xmlChars(text).replace(TEXT_SPECIAL, replace);
}

/** A double-quoted attribute value: reads back as exactly `text` (characters XML cannot carry become U+FFFD). */
export function escapeAttr(text: string): string {
  return xmlChars(text).replace(ATTR_SPECIAL, replace);
}
