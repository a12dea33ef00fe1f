/**
 * What the check wrote into a workbook, recorded so that a later check replaces exactly that and nothing
 * else (REPORT.md "In the workbook", ownership).
 *
 * The record is a custom XML data part (customXml/itemN.xml, related from the workbook part) rather than a
 * defined name or a document property: Excel keeps such parts when it saves, yet no menu shows or edits
 * them (a custom document property can be typed in File › Properties, and its value is cut at 255
 * characters). What makes the record hard to forge is not where it is but what it says: beside each of our
 * sheets and the block of result cells, the SHA-256 of their values as written. A later check takes a sheet
 * or a result cell as its own only when the record names it AND the digest of what is there now matches:
 * a name typed in the Name Manager, a sheet called 问题清单, a header 审核结果 or a note added below the
 * table claim nothing. The digests are over values (address, kind, text or number, formula), not over the
 * XML, so a copy that Excel saved again (shared strings, other style ids) is still recognised.
 */
import { codec } from "../workbook/bytes/codec";
import { utf8Encode } from "../workbook/bytes/text";
import { CellDigest, type CellValueKey } from "../output/cellDigest";
import { cellAddress } from "../output/cellRef";
import { INFO_SHEET_NAME } from "../output/infoSheet";
import type { PlanSheet } from "../output/types";
import { decodeOoxmlEscapes } from "../workbook/xlsx/ooxmlText";
import { XmlScanner } from "../workbook/xml/scanner";
import { CELL_CLOSE, CELL_OPEN, CellWalker, DONE } from "../workbook/xlsx/cellWalker";
import { ensureOverride, freePartName, relKind, resolveTarget, type Relationship } from "./opc";
import { CONTENT_TYPES_PART, REL_CUSTOM_XML } from "../workbook/xlsx/ooxmlNames";
import {
  OWNERSHIP_NS, ROLES, parseRecord, recordXml, type OwnedResults, type OwnedSheet, type OwnershipRecord, type SheetRole,
} from "../output/ownershipRecord";

export {
  OWNERSHIP_NS, parseRecord, recordXml, type OwnedResults, type OwnedSheet, type OwnershipRecord, type SheetRole,
} from "../output/ownershipRecord";
const CONTENT_TYPES = CONTENT_TYPES_PART;

/** A note's text as recorded: the first 64 bits of its SHA-256, enough to tell an edited note from ours. */
export function noteDigest(text: string): string {
  const hash = codec().sha256();
  hash.update(utf8Encode(readBack(text)));
  return hash.hex().slice(0, 16);
}

/** The package operations the record needs. */
export interface RecordPackage {
  names(): string[];
  has(name: string): boolean;
  entryName(name: string): string;
  text(name: string): string;
  set(name: string, xml: string): void;
  rels(part: string): Relationship[];
  addRel(source: string, type: string, target: string): string;
}

/** Shared strings by index (a copy another program saved keeps our text there). */
export type SharedStrings = (index: number) => string | undefined;

// ---------------------------------------------------------------------------------------------------------
// Digests of cell values (output/cellDigest.ts)

export { CellDigest, type CellValueKey } from "../output/cellDigest";

/**
 * The cells of a worksheet part (rows of its top-level <sheetData>; a <sheetData> in an extension list is
 * not read, as Excel does not), with their values. Only cells that hold something (a value, an inline string
 * or a formula) are given. The cells are the reader's (workbook/xlsx/cellWalker.ts), and so is what inside a
 * cell is its value, so a digest sees a cell exactly as the check reads it: a <v> in an extension list or
 * another namespace, a phonetic guide's text, are not the cell's. Nothing odd is refused here: a digest of an
 * odd sheet simply matches no record.
 */
export function scanCellValues(s: XmlScanner, sst: SharedStrings, onCell: (cell: CellValueKey) => void): void {
  cellValues(CellWalker.sheet(s, true), sst, onCell);
}

function cellValues(w: CellWalker, sst: SharedStrings, onCell: (cell: CellValueKey) => void): void {
  let type = "";
  for (let ev = w.next(); ev !== DONE; ev = w.next()) {
    if (ev === CELL_OPEN) {
      type = w.s.attr("t") ?? "n";
    } else if (ev === CELL_CLOSE) {
      const cell = valueOf(w, type, sst);
      if (cell) onCell(cell);
    }
  }
}

function valueOf(w: CellWalker, type: string, sst: SharedStrings): CellValueKey | undefined {
  if (!w.hasValue && !w.hasInline && !w.hasFormula) return undefined;
  const { cellRow: row, cellCol: col } = w;
  const v = w.hasValue ? w.value : undefined;
  const f = w.hasFormula ? w.formula : undefined;
  if (type === "inlineStr") return { row, col, kind: "s", value: decodeOoxmlEscapes(w.inline), formula: f };
  if (type === "s") {
    const text = v === undefined ? undefined : sst(Number(v));
    return { row, col, kind: text === undefined ? "s?" : "s", value: text ?? v ?? "", formula: f };
  }
  if (type === "str") return { row, col, kind: "str", value: decodeOoxmlEscapes(v ?? ""), formula: f };
  return { row, col, kind: type, value: v ?? "", formula: f };
}

/** Code units XML cannot carry as text (lone surrogates): the writer puts U+FFFD in their place. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text an inline string the writer makes from `text` reads back as (control characters go out as
 * _xHHHH_ and come back; a lone surrogate comes back as U+FFFD): the value a digest of the written sheet
 * sees, so a sheet's digest can be taken as it is written rather than by reading it again.
 */
export function readBack(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** The digest of every cell of a worksheet part. */
export function sheetDigest(xml: string, part: string, sst: SharedStrings): string {
  const digest = new CellDigest();
  scanCellValues(new XmlScanner(xml, part), sst, (c) => digest.add(c));
  return digest.hex();
}

/** One cell as the writer stores it (its XML), for the digest of the result cells found on a re-check. */
export function cellValueOf(xml: string, row: number, part: string, sst: SharedStrings): CellValueKey | undefined {
  let out: CellValueKey | undefined;
  cellValues(CellWalker.cell(new XmlScanner(xml, part), row, true), sst, (c) => (out = c));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The record part

/** The workbook's custom XML parts that hold our record (normally one). */
function recordParts(pkg: RecordPackage, wbPart: string): { part: string; record: OwnershipRecord }[] {
  const out: { part: string; record: OwnershipRecord }[] = [];
  for (const rel of pkg.rels(wbPart)) {
    if (rel.external || relKind(rel.type) !== "customXml") continue;
    const part = resolveTarget(wbPart, rel.target);
    if (!pkg.has(part)) continue;
    const name = pkg.entryName(part);
    const xml = pkg.text(name);
    if (!xml.includes(OWNERSHIP_NS)) continue;
    const record = parseRecord(xml, name);
    if (record) out.push({ part: name, record });
  }
  return out;
}

/**
 * The record of an earlier check: the first the workbook relates (another one could only be a forgery, and
 * a forged record still claims nothing whose digest does not match).
 */
export function readOwnership(pkg: RecordPackage, wbPart: string): { part: string; record: OwnershipRecord } | undefined {
  return recordParts(pkg, wbPart)[0];
}

/** Writes the record: over the earlier one where it stands, else as a new custom XML part. Returns the part. */
export function writeOwnership(pkg: RecordPackage, wbPart: string, record: OwnershipRecord, earlier?: string): string {
  const xml = recordXml(record);
  if (earlier) {
    pkg.set(earlier, xml);
    return earlier;
  }
  const part = freePartName(pkg.names(), "customXml/item", ".xml");
  pkg.set(part, xml);
  pkg.addRel(wbPart, REL_CUSTOM_XML, part);
  pkg.set(CONTENT_TYPES, ensureOverride(pkg.text(CONTENT_TYPES), part, "application/xml"));
  return part;
}

/** A zip entry as its central directory gives it. */
export interface EntrySum {
  readonly name: string;
  readonly crc32: number;
  readonly size: number;
}

/**
 * The digest of a package's entries but one (the record, which carries the digest): their names, CRC-32s
 * and sizes, in name order. Any save by another program or any edit changes it, so a copy whose digest
 * still matches is byte for byte what lygip wrote, and may be replaced; it needs no entry inflated.
 */
export function contentsDigest(entries: Iterable<EntrySum>, except: string): string {
  const lines: string[] = [];
  for (const e of entries) if (e.name !== except) lines.push(`${e.name}\u0001${e.crc32 >>> 0}\u0001${e.size}\n`);
  lines.sort();
  const hash = codec().sha256();
  for (const line of lines) hash.update(utf8Encode(line));
  return hash.hex();
}

/** Whether the workbook carries a record of a check (the command line's test for "a file lygip wrote"). */
export function hasOwnershipRecord(pkg: RecordPackage, wbPart: string): boolean {
  return recordParts(pkg, wbPart).length > 0;
}

// ---------------------------------------------------------------------------------------------------------
// One check's ledger: what the earlier check owned, verified; what this one writes

interface SheetEntryLike {
  readonly name: string;
  readonly relId: string;
}

/**
 * How a sheet is told to be the check's when the record is lost (lostRecord.ts): given its role, its part
 * and the sheet this check writes in its place.
 */
export type UnrecordedSheet = (role: SheetRole, part: string, expected: PlanSheet) => boolean;

/**
 * Read at the start of a check, written at its end. `tableSheet` is the application sheet being checked:
 * never one of ours, whatever a record says.
 */
export class OwnershipLedger {
  private readonly earlier: { part: string; record: OwnershipRecord } | undefined;
  private readonly claimed = new Map<SheetRole, { name: string; part: string; sha256?: string }>();
  private results: OwnedResults | undefined;
  private notes: Map<string, string> | undefined;

  constructor(
    private readonly pkg: RecordPackage,
    private readonly wbPart: string,
    private readonly sst: SharedStrings,
    private readonly tableSheet?: string,
    private readonly unrecorded?: UnrecordedSheet,
  ) {
    this.earlier = readOwnership(pkg, wbPart);
  }

  private lost: boolean | undefined;

  /**
   * The workbook has no record, yet a sheet 审核信息 laid out as a check writes it: a copy that another
   * program saved, dropping the record. Its result cells and sheets are then told by what they hold.
   */
  recordLost(sheets: readonly SheetEntryLike[]): boolean {
    if (this.lost === undefined) {
      const part = this.earlier || !this.unrecorded ? undefined : this.partOf(sheets.find((s) => s.name === INFO_SHEET_NAME));
      this.lost = part !== undefined &&
        this.unrecorded!("info", part, { name: INFO_SHEET_NAME, rows: [] });
    }
    return this.lost;
  }

  /** The worksheet part of a sheet (never the table's), if there is one. */
  private partOf(entry: SheetEntryLike | undefined): string | undefined {
    if (!entry || entry.name === this.tableSheet) return undefined;
    const rel = this.pkg.rels(this.wbPart).find((r) => r.id === entry.relId && !r.external && relKind(r.type) === "worksheet");
    const part = rel && resolveTarget(this.wbPart, rel.target);
    return part && this.pkg.has(part) ? this.pkg.entryName(part) : undefined;
  }

  /** The result cells the earlier check recorded on this sheet (their digest is checked by the caller). */
  earlierResults(sheet: string): OwnedResults | undefined {
    const r = this.earlier?.record.results;
    return r && r.sheet === sheet ? r : undefined;
  }

  /**
   * The sheet of this role that the earlier check wrote, if it is still there under the recorded name and
   * its cells are exactly as written; otherwise undefined (a sheet of that name is the applicant's).
   */
  ownedSheet(role: SheetRole, sheets: readonly SheetEntryLike[], expected?: PlanSheet): SheetEntryLike | undefined {
    if (!this.earlier) {
      // Without the record: the sheet of our name that holds only what this check writes there.
      if (!expected || !this.recordLost(sheets)) return undefined;
      const entry = sheets.find((s) => s.name === expected.name);
      const part = this.partOf(entry);
      return part !== undefined && this.unrecorded!(role, part, expected) ? entry : undefined;
    }
    const recorded = this.earlier.record.sheets.find((s) => s.role === role);
    if (!recorded) return undefined;
    const entry = sheets.find((s) => s.name === recorded.name);
    const name = this.partOf(entry);
    return name !== undefined && sheetDigest(this.pkg.text(name), name, this.sst) === recorded.sha256 ? entry : undefined;
  }

  /**
   * This check writes the sheet of `role` as `name` into `part`; `setDigest` gives the digest of its cells
   * taken as they are written, which spares reading the part back.
   */
  claim(role: SheetRole, name: string, part: string): void {
    this.claimed.set(role, { name, part });
  }

  /** The digest of the claimed sheet's cells, taken as they were written. */
  setDigest(role: SheetRole, sha256: string): void {
    const c = this.claimed.get(role);
    if (c) c.sha256 = sha256;
  }

  setResults(results: OwnedResults): void {
    this.results = results;
  }

  /**
   * Whether a note of the earlier check on the table's sheet is still lygip's: recorded with the digest of
   * what it says now. Undefined when the record lists no notes (written before notes were recorded, or no
   * record): the notes are then told by their author and opening words.
   */
  noteOwner(): ((ref: string, text: string) => boolean) | undefined {
    const recorded = this.earlier?.record.notes;
    if (!recorded || this.earlier?.record.results?.sheet !== this.tableSheet) return undefined;
    return (ref, text) => recorded.get(ref) === noteDigest(text);
  }

  /** The notes this check writes on the table's sheet. */
  setNotes(notes: readonly { readonly row: number; readonly col: number; readonly text: string }[]): void {
    // A note's text often recurs (the same message on many rows): each different text is digested once.
    const digests = new Map<string, string>();
    const digestOf = (text: string) => {
      let d = digests.get(text);
      if (d === undefined) digests.set(text, (d = noteDigest(text)));
      return d;
    };
    this.notes = new Map(notes.map((n) => [cellAddress(n.row, n.col), digestOf(n.text)]));
  }

  /**
   * The record of this check, with the digests of its sheets as they now stand in the package, and the
   * input it was made from; then, once every other part is final, the digest of them all (`contents`, given
   * the record's own part), which makes the record complete.
   */
  write(source: string | undefined, contents: (recordPart: string) => string): void {
    const sheets: OwnedSheet[] = [];
    for (const role of ROLES) {
      const c = this.claimed.get(role);
      if (c) sheets.push({ role, name: c.name, sha256: c.sha256 ?? sheetDigest(this.pkg.text(c.part), c.part, this.sst) });
    }
    const record: OwnershipRecord = { results: this.results, sheets, ...(this.notes ? { notes: this.notes } : {}), ...(source ? { source } : {}) };
    const part = writeOwnership(this.pkg, this.wbPart, record, this.earlier?.part);
    writeOwnership(this.pkg, this.wbPart, { ...record, contents: contents(part) }, part);
  }
}
