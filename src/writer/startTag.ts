/**
 * The attributes of one start tag the reader has already read (a row of the table's sheet, rewritten for
 * every one of 100,000 rows): where each value lies and what it says. A tag of plain attributes (ASCII
 * names, values without references or line breaks, as Excel writes a row) is lexed here directly; any
 * other goes through the reader's scanner, so both give the same answers. A scanner made for every row
 * cost more than the rest of the row's edit.
 */
import { OPEN, XmlScanner } from "../workbook/xml/scanner";
import { XmlShapeError } from "./xmlScan";

export interface StartTagAttributes {
  /** Where the value of the first attribute with this exact qualified name lies in the tag (quotes excluded). */
  span(qname: string): [number, number] | undefined;
  /** The value of the last attribute with this name (as a Map of the attributes would give it), decoded. */
  value(qname: string): string | undefined;
}

export function startTagAttributes(tag: string): StartTagAttributes {
  return plainAttributes(tag) ?? scannedAttributes(tag);
}

function scannedAttributes(tag: string): StartTagAttributes {
  const s = XmlScanner.fragment(tag, "xml", 0);
  if (s.next() !== OPEN) throw new XmlShapeError("xml", "not a start tag");
  return {
    span: (qname) => s.attrValueSpan(qname),
    value: (qname) => {
      let found: string | undefined;
      for (const [name, v] of s.attributeList()) if (name === qname) found = v;
      return found;
    },
  };
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/**
 * `<name a="v" b='w'>` with ASCII names and ASCII values free of `&`, `<` and line breaks or tabs (which
 * the scanner would decode or normalise), else undefined. Offsets are quadruples: name start and end, value
 * start and end.
 */
function plainAttributes(tag: string): StartTagAttributes | undefined {
  const n = tag.length;
  if (n < 3 || tag.charCodeAt(0) !== 0x3c || tag.charCodeAt(n - 1) !== 0x3e || !isNameStart(tag.charCodeAt(1))) return undefined;
  let i = 2;
  while (i < n && isNameChar(tag.charCodeAt(i))) i++;
  const at: number[] = [];
  for (;;) {
    const spaceFrom = i;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (i === n - 1) break;
    // Attributes are separated from the name and one another by white space.
    if (i === spaceFrom || !isNameStart(tag.charCodeAt(i))) return undefined;
    const nameStart = i;
    while (i < n && isNameChar(tag.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 0x3d) return undefined;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return undefined;
    const valueStart = ++i;
    for (; i < n; i++) {
      const c = tag.charCodeAt(i);
      if (c === quote) break;
      if (c === 0x26 || c === 0x3c || c === 0x09 || c === 0x0a || c === 0x0d || c > 0x7e) return undefined;
    }
    if (i >= n - 1) return undefined;
    at.push(nameStart, nameEnd, valueStart, i);
    i++;
  }
  const named = (k: number, qname: string) => at[k + 1]! - at[k]! === qname.length && tag.startsWith(qname, at[k]!);
  return {
    span: (qname) => {
      for (let k = 0; k < at.length; k += 4) if (named(k, qname)) return [at[k + 2]!, at[k + 3]!];
      return undefined;
    },
    value: (qname) => {
      for (let k = at.length - 4; k >= 0; k -= 4) if (named(k, qname)) return tag.slice(at[k + 2]!, at[k + 3]!);
      return undefined;
    },
  };
}
