/**
 * A pull scanner for the XML of xlsx parts: elements, attributes, text, CDATA, comments and processing
 * instructions. It is built for large sheets: it moves through the string with indexOf and charCodeAt,
 * keeps attribute positions in one reused array, and slices or decodes only what the caller asks for.
 *
 * Any markup declaration (`<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT` …) is refused with ReadError "doctype":
 * without a DTD there are no entity expansions (billion laughs) and no external entities to resolve.
 *
 * It is the one XML grammar of the product: the reader reads parts with it and the in-place editor finds
 * what it edits with it (`tagStart`/`tagEnd` give each event's span in the source). An end tag must name
 * the element it closes, one root element holds everything, and nothing but white space lies outside it.
 *
 * A large part can be scanned as it inflates (`fromSource`): only the text not yet read is held, so a reader
 * that refuses part of the way (the sheet's row limit, Excel's cell formats) never inflates the rest.
 *
 * Every character of text and of attribute values is checked as it is passed, whether or not a caller asks
 * for it: no raw control character, no `<` in an attribute value, no `&` that is not a reference XML knows,
 * no attribute written twice. Excel and LibreOffice refuse or cut such a part; read here, it would be checked
 * and copied as something no spreadsheet program shows.
 */
import type { XmlProblem } from "../readDetail";
import { concatBytes } from "../bytes/bytes";
import { codec } from "../bytes/codec";
import { utf8OfLatin1 } from "../bytes/text";
import { ReadError } from "../readError";
import { decodeEntities, normaliseNewlines } from "./entities";

/** The next piece of a part's bytes, or undefined at its end (an inflating zip entry gives these). */
export type ByteSource = () => Uint8Array | undefined;

/** Thrown inside a read when a streamed part's text ends before the construct does: more text is needed. */
const RAN_OUT: unique symbol = Symbol("ran out");
/**
 * A streamed part keeps at least this much unread text ahead of each read, so a construct is nearly always
 * whole before it is read; a longer one is read again once the text ahead has doubled.
 */
const LOOKAHEAD = 64 * 1024;

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type XmlEvent = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, EQ = 0x3d, QUOT = 0x22, APOS = 0x27, COLON = 0x3a;
const QUESTION = 0x3f, BANG = 0x21;

/** What a slice holds that needs work: most values (numbers, refs, style ids) need none. */
const PLAIN = 0;
const NON_ASCII = 1;
const AMP = 2;
const WHITESPACE = 4;

function classify(slice: string): number {
  if (slice.length > 64) {
    // Long text: let the regex engine look, it beats a character loop there.
    return (/[^\x00-\x7f]/.test(slice) ? NON_ASCII : 0) | (slice.indexOf("&") >= 0 ? AMP : 0) |
      (/[\t\n\r]/.test(slice) ? WHITESPACE : 0);
  }
  let kind = PLAIN;
  for (let i = 0; i < slice.length; i++) {
    const c = slice.charCodeAt(i);
    if (c > 0x7f) kind |= NON_ASCII;
    else if (c === 0x26) kind |= AMP;
    else if (c === 0x09 || c === 0x0a || c === 0x0d) kind |= WHITESPACE;
  }
  return kind;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

export class XmlScanner {
  private pos = 0;
  private depth = 0;
  /** nameStart, nameEnd of each open element, innermost last. */
  private stack = new Int32Array(32);
  private rootClosed = false;
  /** Index of the current event's "<" (of the text's first character for TEXT). */
  tagStart = 0;
  /** Index just past the current event's ">" (past the text for TEXT); for a self-closing element's CLOSE, the open tag's span. */
  tagEnd = 0;
  private pendingClose = false;
  private nameStart = 0;
  private nameEnd = 0;
  private localStart = 0;
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;
  /** nameStart, nameEnd, valueStart, valueEnd for each attribute of the current open tag. */
  private attrs = new Int32Array(32);
  private attrCount = 0;
  /** The open tag just read ends in `/>`; a CLOSE for it follows. */
  selfClosing = false;

  /**
   * `xml` is the part's text; or, when `utf8AsLatin1`, its UTF-8 bytes read one byte per character. Markup
   * is ASCII, so scanning works the same on those bytes, and only the values a caller asks for are decoded
   * as UTF-8. That halves the memory of a Chinese sheet (a one-byte string instead of a two-byte one) and
   * skips decoding the whole part up front.
   */
  constructor(
    private xml: string,
    private readonly part: string,
    private readonly utf8AsLatin1 = false,
  ) {}

  /** A scanner over a part's bytes: UTF-16 when a byte-order mark says so, UTF-8 otherwise. */
  static fromBytes(bytes: Uint8Array, part: string): XmlScanner {
    const buf = bytes;
    try {
      if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
        const le = buf[0] === 0xff;
        return new XmlScanner(new TextDecoder(le ? "utf-16le" : "utf-16be").decode(buf.subarray(2)), part);
      }
      const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      return new XmlScanner(codec().latin1Decode(buf.subarray(start)), part, true);
    } catch {
      throw new ReadError("limits", { d: "part-text-too-long", part });
    }
  }

  /** A scanner over a part's text, bytes, or bytes as they are inflated. */
  static of(source: string | Uint8Array | ByteSource, part: string): XmlScanner {
    if (typeof source === "string") return new XmlScanner(source, part);
    return typeof source === "function" ? XmlScanner.fromSource(source, part) : XmlScanner.fromBytes(source, part);
  }

  /**
   * A scanner over a part's bytes as they come (UTF-8 read one byte per character, as `fromBytes` does): only
   * the text not yet read is held, and a caller that stops early never makes the rest come. `tagStart` and
   * `tagEnd` are then positions in the text held, not in the part. A part in UTF-16 is read whole.
   */
  static fromSource(source: ByteSource, part: string): XmlScanner {
    const first: Uint8Array[] = [];
    let held = 0;
    let done = false;
    // Enough bytes to see a byte-order mark (the first piece almost always is).
    while (held < 3) {
      const piece = source();
      if (piece === undefined) {
        done = true;
        break;
      }
      first.push(piece);
      held += piece.length;
    }
    let head = first.length === 1 ? first[0]! : concatBytes(first);
    if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
      const all = [head];
      for (let piece = done ? undefined : source(); piece !== undefined; piece = source()) all.push(piece);
      return XmlScanner.fromBytes(concatBytes(all), part);
    }
    if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
    const s = new XmlScanner(latin1(head), part, true);
    if (!done) {
      s.source = source;
      s.held = head;
    }
    return s;
  }

  /**
   * Add to `tagStart`/`tagEnd` for the position in the part (after a byte-order mark) of a streamed part's
   * text; 0 for a part held whole. The reader records the rows' spans with it for the writer of the copy.
   */
  get partOffset(): number {
    return this.offsetBase;
  }

  /** Where the rest of a streamed part comes from; undefined once it has all come (or it was never streamed). */
  private source: ByteSource | undefined;
  /** A streamed part's text held, as the bytes it is read from one per character (`xml` is their latin1 text). */
  private held: Uint8Array | undefined;
  /** Position in the part of the held text's first character, less what `refill` put before it. */
  private offsetBase = 0;

  /**
   * A scanner over the content of one element of `xml`, from `from` (just past its start tag, or the start of
   * a child) to its end tag: that end tag, which must be named `parent` when given, is END, with its span in
   * `tagStart`/`tagEnd`. Levels count from 1 for the content's own elements. The in-place editor reads the
   * elements it edits this way, with the reader's own grammar. `utf8AsLatin1` as for the constructor.
   */
  static fragment(xml: string, part: string, from: number, parent?: string, utf8AsLatin1 = false): XmlScanner {
    const s = new XmlScanner(xml, part, utf8AsLatin1);
    s.pos = from;
    s.fragmentOf = parent ?? "";
    s.isFragment = true;
    return s;
  }

  private isFragment = false;
  private fragmentOf = "";

  /** How deep the current element is: 1 for the root (for OPEN and CLOSE events alike). */
  level = 0;

  next(): XmlEvent {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.attrCount = 0;
      if (this.depth === 0) this.rootClosed = true;
      return CLOSE;
    }
    for (;;) {
      if (this.source !== undefined && this.xml.length - this.pos < LOOKAHEAD) this.refill(LOOKAHEAD);
      if (this.source === undefined) return this.step();
      const pos = this.pos, depth = this.depth, rootClosed = this.rootClosed;
      try {
        return this.step();
      } catch (e) {
        if (e !== RAN_OUT) throw e;
        // Read the construct again from its start once the text ahead of it has doubled.
        this.pos = pos;
        this.depth = depth;
        this.rootClosed = rootClosed;
        this.refill(this.xml.length - pos);
      }
    }
  }

  /**
   * Drops the text already read and appends at least `atLeast` more characters (fewer at the part's end).
   * The names of the open elements are kept in front, where their end tags are checked against them.
   */
  private refill(atLeast: number): void {
    const source = this.source!;
    const pieces: Uint8Array[] = [];
    let added = 0;
    while (added < atLeast) {
      const piece = source();
      if (piece === undefined) {
        this.source = undefined;
        break;
      }
      pieces.push(piece);
      added += piece.length;
    }
    let head = "";
    for (let d = 0; d < this.depth; d++) {
      const name = this.xml.slice(this.stack[d * 2]!, this.stack[d * 2 + 1]!);
      this.stack[d * 2] = head.length;
      this.stack[d * 2 + 1] = head.length + name.length;
      head += `${name} `;
    }
    this.offsetBase += this.pos - head.length;
    // The new text is decoded from its bytes in one piece: joined strings would make a rope, and every
    // character the scanner then reads would go through it.
    const rest = this.held!.subarray(this.pos);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(head.length + rest.length + added);
      for (let k = 0; k < head.length; k++) bytes[k] = head.charCodeAt(k);
      bytes.set(rest, head.length);
      let at = head.length + rest.length;
      for (const piece of pieces) {
        bytes.set(piece, at);
        at += piece.length;
      }
      this.xml = latin1(bytes);
    } catch {
      throw new ReadError("limits", { d: "part-text-too-long", part: this.part });
    }
    this.held = this.source === undefined ? undefined : bytes;
    this.pos = head.length;
  }

  /** Reads the next event from the text held. */
  private step(): XmlEvent {
    for (;;) {
      const xml = this.xml;
      const len = xml.length;
      const pos = this.pos;
      if (pos >= len) {
        if (this.source !== undefined) throw RAN_OUT;
        if (this.isFragment) this.fail({ problem: "unclosed-element" });
        if (this.depth !== 0) this.fail({ problem: "unclosed-element" });
        if (!this.rootClosed) this.fail({ problem: "no-root" });
        return END;
      }
      if (xml.charCodeAt(pos) !== LT) {
        let lt = xml.indexOf("<", pos);
        if (lt < 0) {
          if (this.source !== undefined) throw RAN_OUT;
          lt = len;
        }
        if (this.depth === 0 && !this.isFragment) {
          // Outside the root only white space may stand (a byte-order mark is not markup either).
          for (let i = pos; i < lt; i++) {
            const c = xml.charCodeAt(i);
            if (!isSpace(c) && !(i === 0 && c === 0xfeff)) this.fail({ problem: "text-outside-root" });
          }
          this.pos = lt;
          continue;
        }
        this.checkChars(pos, lt, false);
        this.textStart = pos;
        this.textEnd = lt;
        this.textIsCdata = false;
        this.tagStart = pos;
        this.tagEnd = lt;
        this.pos = lt;
        return TEXT;
      }
      // Markup is told apart by up to nine characters after "<": a streamed part has them all before it looks.
      if (this.source !== undefined && len - pos < 16) throw RAN_OUT;
      const c1 = xml.charCodeAt(pos + 1);
      if (c1 === QUESTION) {
        this.pos = this.skipPast("?>", pos + 2);
        continue;
      }
      if (c1 === BANG) {
        if (xml.startsWith("--", pos + 2)) {
          this.pos = this.skipPast("-->", pos + 4);
          continue;
        }
        if (xml.startsWith("[CDATA[", pos + 2)) {
          const end = xml.indexOf("]]>", pos + 9);
          if (end < 0) this.ranOut({ problem: "cdata-unterminated" });
          if (this.depth === 0 && !this.isFragment) this.fail({ problem: "cdata-outside-root" });
          this.checkChars(pos + 9, end, true);
          this.tagStart = pos;
          this.tagEnd = end + 3;
          this.textStart = pos + 9;
          this.textEnd = end;
          this.textIsCdata = true;
          this.pos = end + 3;
          return TEXT;
        }
        {
          const declared = xml.slice(pos + 2, pos + 9).replace(/[^A-Za-z]/g, "");
          throw new ReadError("doctype", { d: "declaration", part: this.part, declared });
        }
      }
      this.tagStart = pos;
      if (c1 === SLASH) return this.readClose(pos + 2);
      if (this.rootClosed && this.depth === 0 && !this.isFragment) this.fail({ problem: "more-than-one-root" });
      return this.readOpen(pos + 1);
    }
  }

  /** The qualified name of the current element (allocates; prefer `is`). */
  get name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The prefix of the current element's name with its colon ("x:"), or "" (allocates; prefer `hasPrefix`). */
  get prefix(): string {
    return this.xml.slice(this.nameStart, this.localStart);
  }

  /** Whether the current element's name is written with this prefix (with its colon; "" for none). */
  hasPrefix(prefix: string): boolean {
    return this.localStart - this.nameStart === prefix.length && (prefix === "" || this.xml.startsWith(prefix, this.nameStart));
  }

  /** Whether the current element's local name (prefix ignored) is `local`. */
  is(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart);
  }

  /**
   * The decoded value of an attribute of the current open tag. `name` matches the qualified name, or the
   * local name when `name` has no prefix (so "id" finds `r:id` whatever the prefix is).
   */
  attr(name: string): string | undefined {
    const i = this.attrAt(name);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** Which attribute `attr(name)` reads: its place in the current open tag, or -1 when there is none. */
  attrAt(name: string): number {
    const xml = this.xml;
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const ns = a[i * 4]!, ne = a[i * 4 + 1]!;
      let match = ne - ns === name.length && xml.startsWith(name, ns);
      if (!match && ne - ns > name.length && xml.charCodeAt(ne - name.length - 1) === COLON) {
        match = xml.startsWith(name, ne - name.length) && name.indexOf(":") < 0;
      }
      if (match) return i;
    }
    return -1;
  }

  /** The decoded value of attribute `i` (from `attrAt`). */
  attrValueAt(i: number): string {
    return this.attrValue(i);
  }

  /**
   * Whether attribute `i`'s value is written as exactly `ascii` (printable ASCII, no `&`): such a value is
   * its own decoded text, so this is `attrValueAt(i) === ascii` without making the string. A value that only
   * decodes to `ascii` (`&#115;`) gives false; the caller reads it with `attrValueAt`.
   */
  attrWrittenAs(i: number, ascii: string): boolean {
    const vs = this.attrs[i * 4 + 2]!, ve = this.attrs[i * 4 + 3]!;
    return ve - vs === ascii.length && this.xml.startsWith(ascii, vs);
  }

  /**
   * Attribute `i`'s value when it is written as 1–9 ASCII digits and nothing else (the number it spells
   * then is what Number() makes of the decoded value), else -1: the caller reads it with `attrValueAt`.
   */
  attrDigits(i: number): number {
    return digitsIn(this.xml, this.attrs[i * 4 + 2]!, this.attrs[i * 4 + 3]!);
  }

  /** How many characters attribute `i`'s value is written with (before any decoding). */
  attrWrittenLength(i: number): number {
    return this.attrs[i * 4 + 3]! - this.attrs[i * 4 + 2]!;
  }

  /**
   * The code of character `k` of attribute `i`'s value as written (before any decoding; an ASCII character
   * is itself whether or not the part is read as UTF-8 bytes). A caller reading a short value in place.
   */
  attrWrittenCode(i: number, k: number): number {
    return this.xml.charCodeAt(this.attrs[i * 4 + 2]! + k);
  }

  /** Every attribute of the current open tag as [qualified name, decoded value], in the order written. */
  attributeList(): [string, string][] {
    const out: [string, string][] = [];
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const name = this.xml.slice(a[i * 4]!, a[i * 4 + 1]!);
      out.push([name, this.attrValue(i)]);
    }
    return out;
  }

  /** Where the value of the attribute with this exact qualified name lies in the source (quotes excluded). */
  attrValueSpan(qname: string): [number, number] | undefined {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount; i++) {
      const ns = a[i * 4]!, ne = a[i * 4 + 1]!;
      if (ne - ns === qname.length && this.xml.startsWith(qname, ns)) return [a[i * 4 + 2]!, a[i * 4 + 3]!];
    }
    return undefined;
  }

  private attrValue(i: number): string {
    const raw = this.xml.slice(this.attrs[i * 4 + 2]!, this.attrs[i * 4 + 3]!);
    const kind = classify(raw);
    if (kind === PLAIN) return raw;
    let value = this.decoded(raw, kind);
    if (kind & WHITESPACE) value = value.replace(/\r\n|[\t\n\r]/g, " ");
    return kind & AMP ? decodeEntities(value, this.part) : value;
  }

  /**
   * The current TEXT event as a number when it is written as 1–9 ASCII digits with no leading zero (or one
   * "0"), else -1: such text is its own decoded value and `String` of the number, so a caller that wants
   * the number reads it without making the string.
   */
  textDigits(): number {
    const from = this.textStart, to = this.textEnd;
    if (to - from > 1 && this.xml.charCodeAt(from) === 0x30) return -1;
    return digitsIn(this.xml, from, to);
  }

  /**
   * Reads at once an element `<name>text</name>` starting where the scanner stands, when it is all held and
   * written plainly: no attribute, no white space in its tags, and text with no `&` and no control character
   * (nothing to check or decode in it). It is passed over as its OPEN, TEXT and CLOSE events would be, and
   * its text is then the current TEXT (`text()`, `textDigits()`). Returns the text's length, or -1 when
   * nothing was read: the caller then reads the element event by event, which refuses what is not XML.
   * A cell's `<v>` is nearly always such an element: three events and their dispatch become one look.
   */
  plainElement(name: string): number {
    if (this.pendingClose) return -1;
    const xml = this.xml;
    const pos = this.pos;
    const n = name.length;
    if (xml.charCodeAt(pos) !== LT || xml.charCodeAt(pos + 1 + n) !== GT || !xml.startsWith(name, pos + 1)) return -1;
    const from = pos + 2 + n;
    let lt = from;
    for (; lt < xml.length; lt++) {
      const c = xml.charCodeAt(lt);
      if (c === LT) break;
      if (c < 0x20 || c === 0x26) return -1;
    }
    if (lt + n + 3 > xml.length || xml.charCodeAt(lt + 1) !== SLASH || xml.charCodeAt(lt + 2 + n) !== GT || !xml.startsWith(name, lt + 2)) {
      return -1;
    }
    this.textStart = this.tagStart = from;
    this.textEnd = this.tagEnd = lt;
    this.textIsCdata = false;
    this.attrCount = 0;
    this.level = this.depth + 1;
    this.pos = lt + n + 3;
    return lt - from;
  }

  /** The decoded text of the current TEXT event. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    const kind = classify(raw);
    if (kind === PLAIN) return raw;
    const value = normaliseNewlines(this.decoded(raw, kind));
    return this.textIsCdata || !(kind & AMP) ? value : decodeEntities(value, this.part);
  }

  /** A slice of the source as real text: UTF-8 bytes decoded when the source holds them. */
  private decoded(slice: string, kind: number): string {
    return this.utf8AsLatin1 && kind & NON_ASCII ? utf8OfLatin1(slice) : slice;
  }

  private readOpen(start: number): XmlEvent {
    const xml = this.xml;
    const len = xml.length;
    let i = start;
    let localStart = start;
    for (; i < len; i++) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === COLON) localStart = i + 1;
      if (c === LT) break;
    }
    if (i >= len) this.ranOut({ problem: "bad-tag-name" });
    if (i === start || xml.charCodeAt(i) === LT) this.fail({ problem: "bad-tag-name" });
    this.nameStart = start;
    this.nameEnd = i;
    this.localStart = localStart;
    this.attrCount = 0;
    this.selfClosing = false;
    for (;;) {
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (i >= len) this.ranOut({ problem: "unterminated-tag" });
      const c = xml.charCodeAt(i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= len) this.ranOut({ problem: "unterminated-tag" });
        if (xml.charCodeAt(i + 1) !== GT) this.fail({ problem: "unterminated-tag" });
        i += 2;
        this.selfClosing = true;
        break;
      }
      const an = i;
      while (i < len) {
        const d = xml.charCodeAt(i);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH || d === LT) break;
        i++;
      }
      const ae = i;
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (i >= len) this.ranOut({ problem: "bad-attribute" });
      if (ae === an || xml.charCodeAt(i) !== EQ) this.fail({ problem: "bad-attribute" });
      i++;
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (i >= len) this.ranOut({ problem: "attribute-unquoted" });
      const q = xml.charCodeAt(i);
      if (q !== QUOT && q !== APOS) this.fail({ problem: "attribute-unquoted" });
      // Most values are a few plain characters: one pass finds the closing quote and sees that none needs
      // checking; a value with a control character, `&` or `<` is found and checked as a whole.
      let ve = i + 1;
      for (; ve < len; ve++) {
        const d = xml.charCodeAt(ve);
        if (d === q) break;
        if (d < 0x20 || d === 0x26 || d === LT) {
          ve = xml.indexOf(q === QUOT ? '"' : "'", ve);
          if (ve < 0) break;
          this.checkChars(i + 1, ve, false, true);
          break;
        }
      }
      if (ve < 0 || ve >= len) this.ranOut({ problem: "attribute-unterminated" });
      this.pushAttr(an, ae, i + 1, ve);
      i = ve + 1;
    }
    this.pos = i;
    this.tagEnd = i;
    if (this.selfClosing) this.pendingClose = true;
    else this.push(start, this.nameEnd);
    this.level = this.selfClosing ? this.depth + 1 : this.depth;
    return OPEN;
  }

  private readClose(start: number): XmlEvent {
    const gt = this.xml.indexOf(">", start);
    if (gt < 0) this.ranOut({ problem: "end-tag-unterminated" });
    let end = gt;
    while (end > start && isSpace(this.xml.charCodeAt(end - 1))) end--;
    if (end === start) this.fail({ problem: "bad-end-tag" });
    // Search for a prefix only within the name: lastIndexOf would run back through the whole document.
    let localStart = start;
    for (let i = end - 1; i > start; i--) {
      if (this.xml.charCodeAt(i) === COLON) {
        localStart = i + 1;
        break;
      }
    }
    this.nameStart = start;
    this.nameEnd = end;
    this.localStart = localStart;
    this.attrCount = 0;
    this.pos = gt + 1;
    this.tagEnd = gt + 1;
    if (this.depth === 0 && this.isFragment) {
      // The end tag of the element whose content this is.
      if (this.fragmentOf !== "" && (end - start !== this.fragmentOf.length || !this.xml.startsWith(this.fragmentOf, start))) {
        this.fail({ problem: "end-tag-mismatch", found: this.xml.slice(start, Math.min(end, start + 40)), expected: this.fragmentOf });
      }
      this.pos = this.xml.length;
      this.level = 0;
      return END;
    }
    if (this.depth === 0) this.fail({ problem: "stray-end-tag" });
    // The end tag must name the element it closes: `<row>…</R>` is not XML, and a reader that let it pass
    // would read a different tree than Excel does.
    this.level = this.depth;
    const d = --this.depth;
    const os = this.stack[d * 2]!, oe = this.stack[d * 2 + 1]!;
    if (oe - os !== end - start || !this.sameName(os, start, end - start)) {
      this.fail({ problem: "end-tag-mismatch", found: this.xml.slice(start, Math.min(end, start + 40)), expected: this.xml.slice(os, Math.min(oe, os + 40)) });
    }
    if (d === 0) this.rootClosed = true;
    return CLOSE;
  }

  private sameName(a: number, b: number, length: number): boolean {
    const xml = this.xml;
    for (let i = 0; i < length; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
    return true;
  }

  private push(nameStart: number, nameEnd: number): void {
    const at = this.depth * 2;
    if (at + 2 > this.stack.length) {
      const grown = new Int32Array(this.stack.length * 2);
      grown.set(this.stack);
      this.stack = grown;
    }
    this.stack[at] = nameStart;
    this.stack[at + 1] = nameEnd;
    this.depth++;
  }

  private pushAttr(ns: number, ne: number, vs: number, ve: number): void {
    const a = this.attrs;
    for (let k = 0; k < this.attrCount; k++) {
      const ps = a[k * 4]!, pe = a[k * 4 + 1]!;
      if (pe - ps === ne - ns && this.sameName(ps, ns, ne - ns)) {
        this.fail({ problem: "attribute-repeated", name: this.xml.slice(ns, Math.min(ne, ns + 40)) });
      }
    }
    const at = this.attrCount * 4;
    if (at + 4 > this.attrs.length) {
      // A real part has a handful of attributes per element; a tag with thousands is not worth reading.
      if (this.attrs.length >= 4096) this.fail({ problem: "too-many-attributes" });
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    this.attrs[at] = ns;
    this.attrs[at + 1] = ne;
    this.attrs[at + 2] = vs;
    this.attrs[at + 3] = ve;
    this.attrCount++;
  }

  /**
   * Characters from..to of text (or CDATA, where `&` is literal) or of an attribute value: no control
   * character but tab, line feed and carriage return; in an attribute no `<`; every `&` a reference XML knows.
   */
  private checkChars(from: number, to: number, cdata: boolean, attribute = false): void {
    const xml = this.xml;
    for (let i = from; i < to; i++) {
      const c = xml.charCodeAt(i);
      if (c >= 0x20) {
        if (c === 0x26 && !cdata) {
          const semi = xml.indexOf(";", i + 1);
          if (semi < 0 || semi > to || semi - i > 12) this.failAt(i, { problem: "bare-ampersand" });
          decodeEntities(xml.slice(i, semi + 1), this.part);
          i = semi;
        } else if (c === LT && attribute) this.failAt(i, { problem: "lt-in-attribute" });
      } else if (c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        this.failAt(i, { problem: "control-character", char: c });
      }
    }
  }

  private failAt(at: number, problem: XmlProblem): never {
    this.pos = at;
    this.fail(problem);
  }

  private skipPast(terminator: string, from: number): number {
    const end = this.xml.indexOf(terminator, from);
    if (end < 0) this.ranOut({ problem: "unterminated-markup" });
    return end + terminator.length;
  }

  /** The text held ends inside a construct: more is needed when the part is streamed, else it is malformed. */
  private ranOut(problem: XmlProblem): never {
    if (this.source !== undefined) throw RAN_OUT;
    this.fail(problem);
  }

  private fail(problem: XmlProblem): never {
    throw new ReadError("bad-xml", { d: "xml", part: this.part, at: this.pos + this.offsetBase, problem });
  }
}

/** UTF-8 bytes one per character: markup is ASCII, and values are decoded when asked for. */
function latin1(bytes: Uint8Array): string {
  return codec().latin1Decode(bytes);
}

/** The number written as 1–9 ASCII digits from `from` to `to` in `xml`, else -1. */
function digitsIn(xml: string, from: number, to: number): number {
  if (to === from || to - from > 9) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = xml.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
