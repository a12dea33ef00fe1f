/**
 * Which elements of a cell are read: the one statement of it, for worksheet cells and shared strings alike.
 * Excel reads a cell's value from these elements only, each a direct child of the one before, in the
 * part's own (SpreadsheetML main) namespace:
 *
 *   <c>  → <v>            the value (a formula's cached result)
 *        → <f>            the formula (only whether there is one)
 *        → <is> → <t>     inline text
 *               → <r> → <t>   a rich-text run's text
 *   <si> → <t>, <r> → <t>  a shared string, as <is>
 *
 * Everything else is not the cell's value and is never read: an extension list (`<extLst>`), a phonetic
 * guide (`<rPh>`), an element of another namespace (an `mc:Ignorable` one, `mc:AlternateContent` and all of
 * its branches), or one that redeclares the default namespace. Reading any of them would join text Excel
 * does not show to the value it does (`<v>1</v>` + a hidden `<v>37</v>` read as 137).
 */
import type { XmlScanner } from "../xml/scanner";
import { MAIN_NS } from "./ooxmlNames";

/** SpreadsheetML's main namespace, transitional and strict. */
const MAIN_NAMESPACES = new Set([
  MAIN_NS,
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

export const OTHER = 0;
export const CELL = 1;
export const VALUE = 2;
export const FORMULA = 3;
export const INLINE = 4;
export const RUN = 5;
export const TEXT = 6;
export type ContentKind = typeof OTHER | typeof CELL | typeof VALUE | typeof FORMULA | typeof INLINE | typeof RUN | typeof TEXT;

/** What a kept element may hold: the grammar above. */
function childOf(parent: ContentKind, s: XmlScanner): ContentKind {
  switch (parent) {
    case CELL:
      return s.is("v") ? VALUE : s.is("f") ? FORMULA : s.is("is") ? INLINE : OTHER;
    case INLINE:
      return s.is("t") ? TEXT : s.is("r") ? RUN : OTHER;
    case RUN:
      return s.is("t") ? TEXT : OTHER;
    default:
      return OTHER;
  }
}

/**
 * Follows the elements inside one cell (`<c>` or `<si>`): `open` and `close` for each element event inside
 * it, `kind` says what the innermost one is (VALUE or TEXT: its text is part of the value).
 */
export class CellContent {
  /** The kinds of the elements open inside the cell, outermost first: the first `depth` are live. */
  private readonly kinds: ContentKind[] = [];
  /** A count rather than the array's length: resetting a length costs a runtime call on every cell. */
  private depth = 0;
  private root: ContentKind = CELL;
  /** The prefix (with its colon) the part's main namespace is written with: "" when it is the default. */
  private prefix = "";

  /** Starts a cell: CELL for `<c>`, INLINE for `<si>`; `prefix` as `mainPrefix` gave it. */
  enter(root: typeof CELL | typeof INLINE, prefix: string): void {
    this.depth = 0;
    this.root = root;
    this.prefix = prefix;
  }

  /** Inside the cell, no element open: the next CLOSE is the cell's own. */
  get atCell(): boolean {
    return this.depth === 0;
  }

  get kind(): ContentKind {
    return this.depth === 0 ? this.root : this.kinds[this.depth - 1]!;
  }

  /** An element opens inside the cell; returns what it is. */
  open(s: XmlScanner): ContentKind {
    const parent = this.kind;
    let kind = parent === OTHER ? OTHER : childOf(parent, s);
    if (kind !== OTHER && !inMainNamespace(s, this.prefix)) kind = OTHER;
    this.kinds[this.depth++] = kind;
    return kind;
  }

  /** An element closes inside the cell; returns what it was. */
  close(): ContentKind {
    return this.depth === 0 ? OTHER : this.kinds[--this.depth]!;
  }
}

/** The prefix of the root element (the part's main namespace as written), e.g. "" or "x:". */
export function mainPrefix(s: XmlScanner): string {
  return s.prefix;
}

/** Whether the current element is in the main namespace: the root's prefix, and no other default declared. */
export function inMainNamespace(s: XmlScanner, prefix: string): boolean {
  if (!s.hasPrefix(prefix)) return false;
  const declared = prefix === "" ? s.attr("xmlns") : undefined;
  return declared === undefined || MAIN_NAMESPACES.has(declared);
}
