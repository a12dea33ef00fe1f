/**
 * Just enough XML to edit a part in place: find elements by local name (whatever prefix the producer
 * chose), list a root's children, read attributes, escape text. Everything not touched keeps its exact
 * characters, so the edits change only what they mean to change.
 *
 * There is no second grammar here: every element is found with the reader's own scanner (xml/scanner.ts),
 * which checks end-tag names and refuses DTDs, so the editor sees exactly the tree the reader read, in
 * linear time. What it gives are spans of the source (start, end of the start tag, end of the content, end),
 * which the editor copies or replaces; no regular expression ever runs over a whole part.
 */
import { decodeEntities } from "../workbook/xml/entities";
import { escapeAttr } from "../workbook/xml/escape";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../workbook/xml/scanner";

export class XmlShapeError extends Error {
  constructor(part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = "XmlShapeError";
  }
}

/** One element: where it starts and ends in the text, and where its start tag ends. */
export interface ElementSpan {
  /** Qualified name as written: "x:row" or "row". */
  readonly qname: string;
  readonly local: string;
  readonly prefix: string;
  /** Index of "<". */
  readonly start: number;
  /** Index just past the start tag's ">". */
  readonly openEnd: number;
  /** Index of the end tag's "<" (equal to openEnd for an empty element). */
  readonly innerEnd: number;
  /** Index just past the element. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** A scanner over the whole part: ReadError (bad-xml, doctype) for anything that is not well-formed XML. */
function whole(xml: string, part: string): XmlScanner {
  return new XmlScanner(xml, part);
}

function split(qname: string): { prefix: string; local: string } {
  const c = qname.indexOf(":");
  return c < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, c), local: qname.slice(c + 1) };
}

/** The element the scanner has just opened, followed to its end tag (the scanner is left past it). */
function follow(s: XmlScanner): ElementSpan {
  const qname = s.name;
  const start = s.tagStart;
  const openEnd = s.tagEnd;
  const selfClosing = s.selfClosing;
  const level = s.level;
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === CLOSE && s.level === level) {
      const innerEnd = selfClosing ? openEnd : s.tagStart;
      return { qname, ...split(qname), start, openEnd, innerEnd, end: s.tagEnd, selfClosing };
    }
  }
  throw new XmlShapeError("xml", `<${qname}> is not closed`);
}

/** The document's root element (the whole part is scanned, so a part that is not well-formed is refused). */
export function rootElement(xml: string, part: string): ElementSpan {
  const s = whole(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      const span = follow(s);
      while (s.next() !== END);
      return span;
    }
  }
  throw new XmlShapeError(part, "no root element");
}

/** The root's start tag only, without following the root to its end (cheap on a large sheet). */
export function rootStart(xml: string, part: string): { qname: string; prefix: string; local: string; openEnd: number } {
  const s = whole(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) return { qname: s.name, ...split(s.name), openEnd: s.tagEnd };
  }
  throw new XmlShapeError(part, "no root element");
}

/** The root's first child with this local name, found without reading past it. */
export function topLevelChild(xml: string, local: string, part: string): ElementSpan | undefined {
  const s = whole(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN && s.level === 2 && s.is(local)) return follow(s);
  }
  return undefined;
}

/** The element whose start tag begins at `start`. */
export function elementAt(xml: string, start: number, part: string): ElementSpan {
  const s = XmlScanner.fragment(xml, part, start);
  if (s.next() !== OPEN || s.tagStart !== start) throw new XmlShapeError(part, `no element at ${start}`);
  return follow(s);
}

/** The direct children of an element, in order, read with the reader's own grammar. */
export function childElements(xml: string, parent: ElementSpan, part: string): ElementSpan[] {
  const out: ElementSpan[] = [];
  if (parent.selfClosing) return out;
  const s = XmlScanner.fragment(xml, part, parent.openEnd, parent.qname);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN && s.level === 1) out.push(follow(s));
  }
  return out;
}

/** The first direct child with this local name. */
export function childByName(xml: string, parent: ElementSpan, local: string, part: string): ElementSpan | undefined {
  return childElements(xml, parent, part).find((c) => c.local === local);
}

/** Every element with this local name anywhere inside `within` (not nested in another match). */
export function elementsByName(xml: string, local: string, within?: ElementSpan, part = "xml"): ElementSpan[] {
  const out: ElementSpan[] = [];
  if (within?.selfClosing) return out;
  const s = within ? XmlScanner.fragment(xml, part, within.openEnd, within.qname) : whole(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN && s.is(local)) out.push(follow(s));
  }
  return out;
}

/** The attributes of an element's start tag, values decoded, keyed by qualified name. */
export function attributes(xml: string, el: ElementSpan): Map<string, string> {
  const s = XmlScanner.fragment(xml, "xml", el.start);
  if (s.next() !== OPEN) throw new XmlShapeError("xml", `no start tag at ${el.start}`);
  return new Map(s.attributeList());
}

/** The attributes of a start tag given as text: `<row r="2" spans="1:4">`. */
export function tagAttributes(tag: string): Map<string, string> {
  const s = XmlScanner.fragment(tag, "xml", 0);
  if (s.next() !== OPEN) throw new XmlShapeError("xml", "not a start tag");
  return new Map(s.attributeList());
}

/** One attribute by its qualified name, as written ("r:id", "ref"). */
export function attr(xml: string, el: ElementSpan, qname: string): string | undefined {
  return attributes(xml, el).get(qname);
}

/** The element's text content with tags removed and entities decoded. */
export function innerText(xml: string, el: ElementSpan): string {
  if (el.selfClosing) return "";
  const s = XmlScanner.fragment(xml, "xml", el.openEnd, el.qname);
  let text = "";
  for (let ev = s.next(); ev !== END; ev = s.next()) if (ev === TEXT) text += s.text();
  return text;
}

/** The start tag with one attribute set (added at the end or replaced where it stands). */
export function withAttribute(xml: string, el: ElementSpan, qname: string, value: string): string {
  return tagWithAttribute(xml.slice(el.start, el.openEnd), qname, value);
}

/** A start tag (`<c r="A1">` or `<c r="A1"/>`) with one attribute set. */
export function tagWithAttribute(tag: string, qname: string, value: string): string {
  const s = XmlScanner.fragment(tag, "xml", 0);
  if (s.next() !== OPEN) throw new XmlShapeError("xml", "not a start tag");
  const at = s.attrValueSpan(qname);
  if (at) return `${tag.slice(0, at[0])}${escapeAttr(value)}${tag.slice(at[1])}`;
  let close = s.selfClosing ? s.tagEnd - 2 : s.tagEnd - 1;
  while (close > 0 && /\s/.test(tag[close - 1]!)) close--;
  return `${tag.slice(0, close)} ${qname}="${escapeAttr(value)}"${tag.slice(s.selfClosing ? s.tagEnd - 2 : s.tagEnd - 1)}`;
}

/** The one escaper (xml/escape.ts), here for the editors that build elements. */
export { escapeAttr, escapeText } from "../workbook/xml/escape";

/** Entity and character references decoded, as the reader decodes them. */
export function unescapeXml(text: string): string {
  return decodeEntities(text, "xml");
}

/** Replace the text between `from` and `to`. */
export function splice(xml: string, from: number, to: number, insert: string): string {
  return xml.slice(0, from) + insert + xml.slice(to);
}

/** A rewritten part is written as UTF-8; a declaration that said otherwise is corrected. */
export function declareUtf8(xml: string): string {
  // The declaration is matched where it stands (the pattern is anchored) and the part copied only if its
  // start changes: a large part that already says "UTF-8" comes back as the same string.
  const m = /^(\uFEFF)?(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\3/.exec(xml);
  if (m) {
    const start = `${m[2]}"UTF-8"`;
    return m[0] === start ? xml : start + xml.slice(m[0].length);
  }
  return xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Where a new child named `local` goes so the children keep the schema's sequence `order`: before the first
 * child the sequence puts after it. Children the sequence does not name (extensions, alternate content)
 * are passed over.
 */
export function insertionPoint(xml: string, parent: ElementSpan, local: string, order: readonly string[], part: string): number {
  const rank = order.indexOf(local);
  if (rank < 0) throw new XmlShapeError(part, `no place for <${local}> in <${parent.local}>`);
  for (const child of childElements(xml, parent, part)) {
    const r = order.indexOf(child.local);
    if (r > rank) return child.start;
  }
  return parent.innerEnd;
}

/** The element opened as a container (a self-closing parent is expanded so it can take children). */
export function expandEmpty(xml: string, el: ElementSpan): string {
  if (!el.selfClosing) return xml;
  const open = xml.slice(el.start, el.end - 2).replace(/\s+$/, "");
  return splice(xml, el.start, el.end, `${open}></${el.qname}>`);
}
