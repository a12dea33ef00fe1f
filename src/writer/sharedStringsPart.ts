/**
 * The copy's shared-string table (xl/sharedStrings.xml). The text of every cell the check writes (result
 * columns, 问题清单, 审核明细, 审核意见表 …) goes into the workbook's one table instead of an inline string
 * in each cell: a conclusion, a clause or a unit's name repeated on 100,000 rows is written once, each cell
 * holds its index.
 *
 * The input's cells reference its table by index, so its entries keep their places and ours come after
 * them. A string the table already holds as plain text (the applicant's unit name, or what an earlier check
 * of this copy appended) is referenced where it is: a copy checked again appends nothing and comes out the
 * same bytes. Rich-text entries are never reused: their runs would restyle our text.
 */
import { DeflatedPart } from "../workbook/zip";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../workbook/xml/scanner";
import { decodeOoxmlEscapes, encodeOoxmlString, isPlainText } from "../workbook/xlsx/ooxmlText";
import { parseSharedStrings } from "../workbook/xlsx/sharedStrings";
import { CONTENT_TYPES_PART, CT_SHARED_STRINGS, MAIN_NS, REL_SHARED_STRINGS } from "../workbook/xlsx/ooxmlNames";
import { ensureOverride, freePartName, relKind, resolveTarget } from "./opc";
import { XML_DECLARATION, XmlShapeError, tagWithAttribute } from "./xmlScan";
import type { PackageParts } from "./managerSheets";


/** The table as the input has it: its part, its text, its entries' count and the plain ones by text. */
interface InputTable {
  readonly part: string;
  readonly xml: string;
  readonly count: number;
  readonly plain: Map<string, number>;
  readonly root: RootSpan;
}

/** Where the root element is in the part, found as the part is read (not read a second time to append). */
interface RootSpan {
  qname: string;
  prefix: string;
  start: number;
  openEnd: number;
  innerEnd: number;
  end: number;
  selfClosing: boolean;
}

export class SharedStringTable {
  /** Text → index, for the input's plain entries and for ours. */
  private readonly index: Map<string, number>;
  /** Our entries, after the input's, in the order first asked for. */
  private readonly added: string[] = [];
  private readonly first: number;
  private inputStrings: readonly string[] | undefined;

  constructor(private readonly input?: InputTable) {
    this.index = input ? input.plain : new Map();
    this.first = input ? input.count : 0;
  }

  /** The index a cell holding `text` refers to: the first plain entry with that text, else a new one. */
  indexOf(text: string): number {
    const found = this.index.get(text);
    if (found !== undefined) return found;
    const at = this.first + this.added.length;
    this.added.push(text);
    this.index.set(text, at);
    return at;
  }

  /** The text at an index, the input's entries read as the cell reader reads them (rich text joined). */
  text(index: number): string | undefined {
    if (index >= this.first) return this.added[index - this.first];
    if (!this.input) return undefined;
    this.inputStrings ??= parseSharedStrings(this.input.xml, this.input.part);
    return this.inputStrings[index];
  }

  /** Entries appended by this check. */
  get appended(): number {
    return this.added.length;
  }

  /**
   * Writes the table into the package once every cell is written: the input's part with our entries
   * appended (left as it is when nothing was), or a new part related from the workbook.
   */
  writeTo(pkg: PackageParts, wbPart: string): void {
    if (this.added.length === 0) return;
    const made = new DeflatedPart();
    const total = this.first + this.added.length;
    if (this.input) {
      const { xml, root, part } = this.input;
      // count (references across the workbook) is optional and can no longer be known without reading every
      // sheet: it goes; uniqueCount is the entries.
      const tag = tagWithAttribute(withoutAttribute(xml.slice(root.start, root.openEnd), "count"), "uniqueCount", String(total));
      made.write(xml.slice(0, root.start));
      if (root.selfClosing) {
        made.write(tag.replace(/\s*\/>$/, ">"));
        this.writeEntries(made, root.prefix);
        made.write(`</${root.qname}>${xml.slice(root.end)}`);
      } else {
        made.write(tag + xml.slice(root.openEnd, root.innerEnd));
        this.writeEntries(made, root.prefix);
        made.write(xml.slice(root.innerEnd));
      }
      pkg.setDeflated(part, made.end());
      return;
    }
    made.write(`${XML_DECLARATION}<sst xmlns="${MAIN_NS}" uniqueCount="${total}">`);
    this.writeEntries(made, "");
    made.write("</sst>");
    // Excel's own name where it is free (a workbook without a table may still have a stray part of that name).
    const part = pkg.has("xl/sharedStrings.xml") ? freePartName(pkg.names(), "xl/sharedStrings", ".xml") : "xl/sharedStrings.xml";
    pkg.setDeflated(part, made.end());
    pkg.addRel(wbPart, REL_SHARED_STRINGS, part);
    pkg.set(CONTENT_TYPES_PART, ensureOverride(pkg.text(CONTENT_TYPES_PART), part, CT_SHARED_STRINGS));
  }

  private writeEntries(out: DeflatedPart, prefix: string): void {
    const p = prefix ? `${prefix}:` : "";
    for (const text of this.added) {
      if (isPlainText(text)) out.write(`<${p}si><${p}t>${text}</${p}t></${p}si>`);
      else {
        const keep = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
        out.write(`<${p}si><${p}t${keep}>${encodeOoxmlString(text)}</${p}t></${p}si>`);
      }
    }
  }
}

/** A start tag without one attribute (unprefixed `name`), as it was otherwise. */
function withoutAttribute(tag: string, name: string): string {
  const s = XmlScanner.fragment(tag, "xml", 0);
  if (s.next() !== OPEN) throw new XmlShapeError("xml", "not a start tag");
  const at = s.attrValueSpan(name);
  if (!at) return tag;
  const m = new RegExp(`\\s+${name}\\s*=\\s*$`).exec(tag.slice(0, at[0] - 1));
  if (!m) return tag;
  return tag.slice(0, m.index) + tag.slice(at[1] + 1);
}

/** The workbook's table, read once: where it is, and its plain entries by text (the first of equal ones). */
export function sharedStringTableOf(pkg: Pick<PackageParts, "rels" | "entryName" | "text">, wbPart: string): SharedStringTable {
  const rel = pkg.rels(wbPart).find((r) => !r.external && relKind(r.type) === "sharedStrings");
  if (!rel) return new SharedStringTable();
  const part = pkg.entryName(resolveTarget(wbPart, rel.target));
  const xml = pkg.text(part);
  return new SharedStringTable({ part, xml, ...plainEntries(xml, part) });
}

/**
 * The entries of a sharedStrings part counted, and those that are one `<t>` and nothing else mapped from
 * their text (as the cell reader decodes it) to their index.
 */
function plainEntries(xml: string, part: string): { count: number; plain: Map<string, number>; root: RootSpan } {
  const plain = new Map<string, number>();
  const root: RootSpan = { qname: "", prefix: "", start: 0, openEnd: 0, innerEnd: 0, end: 0, selfClosing: false };
  const s = new XmlScanner(xml, part);
  let prefix = "";
  let count = 0;
  let inSi = false;
  let isPlain = false;
  let runs = 0;
  let inT = false;
  let text = "";
  const take = () => {
    const value = decodeOoxmlEscapes(text);
    if (isPlain && runs === 1 && !plain.has(value)) plain.set(value, count);
    count++;
  };
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (s.level === 1) {
        prefix = s.prefix;
        root.qname = s.name;
        root.prefix = prefix.slice(0, -1);
        root.start = s.tagStart;
        root.openEnd = root.innerEnd = root.end = s.tagEnd;
        root.selfClosing = s.selfClosing;
      } else if (s.level === 2 && s.is("si") && s.hasPrefix(prefix)) {
        text = "";
        runs = 0;
        isPlain = true;
        if (s.selfClosing) {
          runs = 1;
          take();
        } else inSi = true;
      } else if (inSi) {
        if (s.level === 3 && s.is("t") && s.hasPrefix(prefix) && runs === 0) {
          runs = 1;
          inT = !s.selfClosing;
        } else isPlain = false;
      }
    } else if (ev === CLOSE) {
      if (s.level === 1 && !root.selfClosing) {
        root.innerEnd = s.tagStart;
        root.end = s.tagEnd;
      } else if (inSi && s.level === 2) {
        inSi = false;
        take();
      } else if (inT && s.level === 3) inT = false;
    } else if (ev === TEXT && inT) text += s.text();
  }
  return { count, plain, root };
}
