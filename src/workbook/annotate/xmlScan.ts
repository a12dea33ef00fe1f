/**
 * Just enough XML to edit a part in place: find elements by local name (whatever prefix the producer
 * chose), list a root's children, read attributes, escape text. Everything not touched keeps its exact
 * characters, so the edits change only what they mean to change.
 *
 * The parts come from a zip the reader has already accepted; a part this scanner cannot follow makes the
 * writer stop with an error rather than guess.
 */

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

/** Index just past the ">" of the tag starting at `lt`, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i + 1;
    }
  }
  return -1;
}

/** Skips a comment, CDATA section, processing instruction or doctype starting at `lt`; -1 if none starts there. */
function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return endAfter(xml, lt, "-->");
  if (xml.startsWith("<![CDATA[", lt)) return endAfter(xml, lt, "]]>");
  if (xml.startsWith("<?", lt)) return endAfter(xml, lt, "?>");
  if (xml.startsWith("<!", lt)) return tagEnd(xml, lt);
  return -1;
}

function endAfter(xml: string, from: number, marker: string): number {
  const i = xml.indexOf(marker, from);
  return i < 0 ? -1 : i + marker.length;
}

interface Tag {
  readonly kind: "open" | "close" | "empty";
  readonly qname: string;
  readonly start: number;
  readonly end: number;
}

/** Characters that end a tag's name: whitespace, "/", ">". */
function endsName(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

/** The next start, end or empty tag at or after `from`, comments and the like skipped. */
function nextTag(xml: string, from: number): Tag | undefined {
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return undefined;
    const second = xml.charCodeAt(lt + 1);
    if (second === 0x21 /* ! */ || second === 0x3f /* ? */) {
      const special = skipSpecial(xml, lt);
      if (special < 0) return undefined;
      i = special;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) return undefined;
    const nameStart = second === 0x2f ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < end && !endsName(xml.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart) {
      i = end;
      continue;
    }
    const kind = second === 0x2f ? "close" : xml.charCodeAt(end - 2) === 0x2f ? "empty" : "open";
    return { kind, qname: xml.slice(nameStart, nameEnd), start: lt, end };
  }
}

function split(qname: string): { prefix: string; local: string } {
  const c = qname.indexOf(":");
  return c < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, c), local: qname.slice(c + 1) };
}

/**
 * The element whose start tag begins at `tag`, followed to its matching end tag. `clean`: the caller knows
 * no comment, CDATA or processing instruction lies ahead within the parent.
 */
function spanFrom(xml: string, tag: Tag, clean = false): ElementSpan | undefined {
  const { prefix, local } = split(tag.qname);
  if (tag.kind === "empty") {
    return { qname: tag.qname, local, prefix, start: tag.start, openEnd: tag.end, innerEnd: tag.end, end: tag.end, selfClosing: true };
  }
  const quick = quickEnd(xml, tag, clean);
  if (quick) return { qname: tag.qname, local, prefix, start: tag.start, openEnd: tag.end, innerEnd: quick[0], end: quick[1], selfClosing: false };
  let depth = 1;
  let i = tag.end;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t) return undefined;
    if (t.kind === "open") depth++;
    else if (t.kind === "close") depth--;
    if (depth === 0) {
      return { qname: tag.qname, local, prefix, start: tag.start, openEnd: tag.end, innerEnd: t.start, end: t.end, selfClosing: false };
    }
    i = t.end;
  }
}

/**
 * The end tag of an element found directly: the first `</name>` after it, when nothing in between could
 * hide or nest one (no element of the same name, no comment, CDATA or processing instruction). Rows and
 * cells of a large sheet are found this way, in one native search each.
 */
function quickEnd(xml: string, tag: Tag, clean: boolean): [number, number] | undefined {
  const closeTag = `</${tag.qname}`;
  const close = xml.indexOf(closeTag, tag.end);
  if (close < 0) return undefined;
  let gt = close + closeTag.length;
  while (gt < xml.length && xml.charCodeAt(gt) !== 0x3e) {
    const c = xml.charCodeAt(gt);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return undefined;
    gt++;
  }
  if (gt >= xml.length) return undefined;
  if (!clean) {
    const inner = xml.slice(tag.end, close);
    if (inner.includes("<!") || inner.includes("<?")) return undefined;
  }
  const open = `<${tag.qname}`;
  for (let at = xml.indexOf(open, tag.end); at >= 0 && at < close; at = xml.indexOf(open, at + 1)) {
    if (endsName(xml.charCodeAt(at + open.length))) return undefined;
  }
  return [close, gt + 1];
}

/** The document's root element. */
export function rootElement(xml: string, part: string): ElementSpan {
  const tag = nextTag(xml, 0);
  const span = tag && tag.kind !== "close" ? spanFrom(xml, tag) : undefined;
  if (!span) throw new XmlShapeError(part, "no root element");
  return span;
}

/** The root's start tag only, without following the root to its end (cheap on a large sheet). */
export function rootStart(xml: string, part: string): { qname: string; prefix: string; local: string; openEnd: number } {
  const tag = nextTag(xml, 0);
  if (!tag || tag.kind === "close") throw new XmlShapeError(part, "no root element");
  return { qname: tag.qname, ...split(tag.qname), openEnd: tag.end };
}

/** The root's first child with this local name, found without reading past it. */
export function topLevelChild(xml: string, local: string, part: string): ElementSpan | undefined {
  const root = rootStart(xml, part);
  let i = root.openEnd;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t || t.kind === "close") return undefined;
    const span = spanFrom(xml, t);
    if (!span) throw new XmlShapeError(part, `<${t.qname}> is not closed`);
    if (span.local === local) return span;
    i = span.end;
  }
}

/** The direct children of an element, in order. */
export function childElements(xml: string, parent: ElementSpan, part: string): ElementSpan[] {
  const out: ElementSpan[] = [];
  if (parent.selfClosing) return out;
  // One look at the whole parent spares each child the same look at its own content.
  const inner = xml.slice(parent.openEnd, parent.innerEnd);
  const clean = !inner.includes("<!") && !inner.includes("<?");
  let i = parent.openEnd;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t || t.start >= parent.innerEnd) return out;
    if (t.kind === "close") throw new XmlShapeError(part, `unexpected </${t.qname}>`);
    const span = spanFrom(xml, t, clean);
    if (!span) throw new XmlShapeError(part, `<${t.qname}> is not closed`);
    out.push(span);
    i = span.end;
  }
}

/** The first direct child with this local name. */
export function childByName(xml: string, parent: ElementSpan, local: string, part: string): ElementSpan | undefined {
  return childElements(xml, parent, part).find((c) => c.local === local);
}

/** Every element with this local name anywhere inside `within` (not nested in another match). */
export function elementsByName(xml: string, local: string, within?: ElementSpan): ElementSpan[] {
  const out: ElementSpan[] = [];
  let i = within ? within.openEnd : 0;
  const stop = within ? within.innerEnd : xml.length;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t || t.start >= stop) return out;
    if (t.kind !== "close" && split(t.qname).local === local) {
      const span = spanFrom(xml, t);
      if (!span) return out;
      out.push(span);
      i = span.end;
    } else {
      i = t.end;
    }
  }
}

const ATTR = /([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The attributes of an element's start tag, values unescaped, keyed by qualified name. */
export function attributes(xml: string, el: ElementSpan): Map<string, string> {
  return tagAttributes(xml.slice(el.start, el.openEnd));
}

/** The attributes of a start tag given as text: `<row r="2" spans="1:4">`. */
export function tagAttributes(tag: string): Map<string, string> {
  const name = /^<[^\s/>]*/.exec(tag)?.[0].length ?? 0;
  const out = new Map<string, string>();
  for (const m of tag.slice(name).matchAll(ATTR)) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** One attribute by its qualified name, as written ("r:id", "ref"). */
export function attr(xml: string, el: ElementSpan, qname: string): string | undefined {
  return attributes(xml, el).get(qname);
}

/** The element's text content with tags removed and entities decoded. */
export function innerText(xml: string, el: ElementSpan): string {
  if (el.selfClosing) return "";
  const inner = xml.slice(el.openEnd, el.innerEnd);
  return unescapeXml(inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, t: string) => escapeText(t)).replace(/<[^>]*>/g, ""));
}

/** The start tag with one attribute set (added at the end or replaced where it stands). */
export function withAttribute(xml: string, el: ElementSpan, qname: string, value: string): string {
  return tagWithAttribute(xml.slice(el.start, el.openEnd), qname, value);
}

/** A start tag (`<c r="A1">` or `<c r="A1"/>`) with one attribute set. */
export function tagWithAttribute(tag: string, qname: string, value: string): string {
  const re = new RegExp(`(\\s${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${escapeAttr(value)}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${qname}="${escapeAttr(value)}"${tag.slice(close)}`;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Replace the text between `from` and `to`. */
export function splice(xml: string, from: number, to: number, insert: string): string {
  return xml.slice(0, from) + insert + xml.slice(to);
}

/** A rewritten part is written as UTF-8; a declaration that said otherwise is corrected. */
export function declareUtf8(xml: string): string {
  return xml.replace(/^(\uFEFF)?(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\3/, (_m, _bom, head: string) => `${head}"UTF-8"`).replace(/^\uFEFF/, "");
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
