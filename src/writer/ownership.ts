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
import { codec, type Sha256 } from "../workbook/bytes/codec";
import { utf8Encode, utf8EncodeInto } from "../workbook/bytes/text";
import { cellAddress, parseCellAddress } from "../output/cellRef";
import { INFO_SHEET_NAME } from "../output/infoSheet";
import type { PlanSheet } from "../output/types";
import { decodeOoxmlEscapes } from "../workbook/xlsx/ooxmlText";
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "../workbook/xml/scanner";
import { ensureOverride, freePartName, relKind, resolveTarget, type Relationship } from "./opc";
import { XML_DECLARATION, escapeAttr } from "./xmlScan";
import { CONTENT_TYPES_PART, REL_CUSTOM_XML } from "../workbook/xlsx/ooxmlNames";

export const OWNERSHIP_NS = "urn:lygip:ownership:1";
const CONTENT_TYPES = CONTENT_TYPES_PART;

/** The product's sheets, by what they are (their names may differ: 汇总（2） beside an applicant's 汇总). */
export type SheetRole = "issues" | "summary" | "detail" | "info" | "form";

export interface OwnedSheet {
  readonly role: SheetRole;
  readonly name: string;
  readonly sha256: string;
}

/** The result cells written into the table's sheet: columns first..last (0-based) on the rows listed. */
export interface OwnedResults {
  readonly sheet: string;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Ascending. */
  readonly rows: readonly number[];
  readonly sha256: string;
}

export interface OwnershipRecord {
  readonly results?: OwnedResults;
  readonly sheets: readonly OwnedSheet[];
  /**
   * Which input the copy was made from: a SHA-256 of the input's resolved path (not the path itself: the
   * copy is passed on, the reviewer's folders stay private). The same file corrected and checked again is
   * the same input; another file of the same name from another folder is not.
   */
  readonly source?: string;
  /** The SHA-256 of every other entry of the package as written (name, CRC-32, size): see contentsDigest. */
  readonly contents?: string;
  /**
   * The notes (comments) the check wrote on the table's sheet: cell → noteDigest of the text. A note whose
   * text no longer matches has had words added by someone: it is theirs from then on.
   */
  readonly notes?: ReadonlyMap<string, string>;
}

/** A note's text as recorded: the first 64 bits of its SHA-256, enough to tell an edited note from ours. */
export function noteDigest(text: string): string {
  const hash = codec().sha256();
  hash.update(utf8Encode(readBack(text)));
  return hash.hex().slice(0, 16);
}

const NOTE_ENTRY = /^([A-Z]{1,3}[1-9]\d{0,6}):([0-9a-f]{16})$/;

function formatNotes(notes: ReadonlyMap<string, string>): string {
  return [...notes].map(([ref, digest]) => `${ref}:${digest}`).join(" ");
}

function parseNotes(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const entry of text.split(" ").filter(Boolean)) {
    const m = NOTE_ENTRY.exec(entry);
    if (!m) return undefined;
    out.set(m[1], m[2]);
  }
  return out;
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
// Digests of cell values

/** A cell's value as the digest sees it: the kind Excel gives it and its text, and a formula if it has one. */
export interface CellValueKey {
  readonly row: number;
  readonly col: number;
  /** "n" number, "s" text (shared or inline alike), "b", "e", "str" (a formula's text), "d". */
  readonly kind: string;
  readonly value: string;
  readonly formula?: string;
}

/** Numbers compare by value: Excel may write 1234.57 back as 1234.5699999999999. */
function canonicalValue(kind: string, value: string): string {
  if (kind !== "n") return value;
  const n = Number(value);
  return Number.isFinite(n) && value.trim() !== "" ? String(n) : value;
}

/**
 * SHA-256 over cells fed in row then column order: a line a cell, its address, kind, value and formula
 * apart by U+0001, as UTF-8 (a lone surrogate as U+FFFD).
 */
export class CellDigest {
  private readonly hash: Sha256 = codec().sha256();
  /** Lines not yet hashed, as UTF-8: hashed a buffer at a time (the same digest as one update a line). */
  private readonly buffer = new Uint8Array(1 << 16);
  private used = 0;

  add(cell: CellValueKey): void {
    const address = cellAddress(cell.row, cell.col);
    const value = canonicalValue(cell.kind, cell.value);
    const formula = cell.formula ?? "";
    // The fields are encoded one by one, never joined into a line first: a sheet of 100,000 rows has a
    // million cells, and making each line a string (then flattening it to encode) cost as much again.
    // Apart, each encodes as it does in the line: the separators are no surrogates to pair with.
    const room = (address.length + cell.kind.length + value.length + formula.length) * 3 + 4;
    if (this.used + room > this.buffer.length) {
      this.flush();
      if (room > this.buffer.length) {
        this.hash.update(utf8Encode(`${address}\u0001${cell.kind}\u0001${value}\u0001${formula}\n`));
        return;
      }
    }
    const b = this.buffer;
    let at = this.used;
    at += utf8EncodeInto(address, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(cell.kind, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(value, b, at);
    b[at++] = 0x01;
    at += utf8EncodeInto(formula, b, at);
    b[at++] = 0x0a;
    this.used = at;
  }

  hex(): string {
    this.flush();
    return this.hash.hex();
  }

  private flush(): void {
    if (this.used === 0) return;
    this.hash.update(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/**
 * The cells of a worksheet part (rows of its top-level <sheetData>; a <sheetData> in an extension list is
 * not read, as Excel does not), or of one cell's XML, with their values. Only cells that hold something (a
 * value, an inline string or a formula) are given.
 */
export function scanCellValues(s: XmlScanner, sst: SharedStrings, onCell: (cell: CellValueKey) => void, row = 0): void {
  let rowNum = row;
  let col = -1;
  let inSheetData = false;
  let cellLevel = 0;
  let type = "";
  let value: string | undefined;
  let inline: string | undefined;
  let formula: string | undefined;
  let capture: "v" | "t" | "f" | undefined;
  let phonetic = 0;
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev === OPEN) {
      if (cellLevel === 0) {
        if (s.level === 2 && s.is("sheetData")) inSheetData = !s.selfClosing;
        else if (inSheetData && s.level === 3 && s.is("row")) {
          const r = s.attr("r");
          rowNum = r !== undefined ? Number(r) : rowNum + 1;
          col = -1;
        } else if ((inSheetData && s.level === 4) || s.level === 1 ? s.is("c") : false) {
          const ref = s.attr("r");
          const at = ref !== undefined ? parseCellAddress(ref) : undefined;
          if (at) rowNum = at.row;
          col = at ? at.col : col + 1;
          type = s.attr("t") ?? "n";
          value = inline = formula = undefined;
          if (!s.selfClosing) cellLevel = s.level;
        }
      } else if (s.is("rPh")) phonetic++;
      else if (s.is("v")) {
        value ??= "";
        capture = "v";
      } else if (s.is("f")) {
        formula ??= "";
        capture = "f";
      } else if (s.is("is")) inline ??= "";
      else if (s.is("t") && inline !== undefined && phonetic === 0) capture = "t";
    } else if (ev === TEXT && capture) {
      const text = s.text();
      if (capture === "v") value += text;
      else if (capture === "f") formula += text;
      else inline += text;
    } else if (ev === CLOSE) {
      if (cellLevel !== 0 && s.level === cellLevel) {
        cellLevel = 0;
        capture = undefined;
        phonetic = 0;
        const cell = valueOf(rowNum, col, type, value, inline, formula, sst);
        if (cell) onCell(cell);
      } else if (cellLevel !== 0) {
        if (s.is("rPh")) phonetic--;
        else if (s.is("v") || s.is("f") || s.is("t")) capture = undefined;
      } else if (s.level === 2 && s.is("sheetData")) inSheetData = false;
    }
  }
}

function valueOf(
  row: number, col: number, type: string, v: string | undefined, inline: string | undefined, formula: string | undefined, sst: SharedStrings,
): CellValueKey | undefined {
  if (v === undefined && inline === undefined && formula === undefined) return undefined;
  const f = formula;
  if (type === "inlineStr") return { row, col, kind: "s", value: decodeOoxmlEscapes(inline ?? ""), formula: f };
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
  scanCellValues(new XmlScanner(xml, part), sst, (c) => (out = c), row);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The record part

/** Rows as ascending runs: "1 3-40 45". */
function formatRows(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(i === j ? String(rows[i]) : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  return out.join(" ");
}

function parseRows(text: string, maxRows: number): number[] | undefined {
  const rows: number[] = [];
  for (const run of text.split(" ").filter(Boolean)) {
    const m = /^(\d{1,7})(?:-(\d{1,7}))?$/.exec(run);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    const last = rows.length ? rows[rows.length - 1] : 0;
    if (from <= last || to < from || to > maxRows) return undefined;
    for (let r = from; r <= to; r++) rows.push(r);
  }
  return rows;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ROLES: readonly SheetRole[] = ["issues", "summary", "detail", "info", "form"];

export function recordXml(record: OwnershipRecord): string {
  const parts: string[] = [];
  const r = record.results;
  if (r) {
    parts.push(
      `<results sheet="${escapeAttr(r.sheet)}" firstCol="${r.firstCol}" lastCol="${r.lastCol}" rows="${formatRows(r.rows)}" sha256="${r.sha256}"/>`,
    );
  }
  for (const s of record.sheets) parts.push(`<sheet role="${s.role}" name="${escapeAttr(s.name)}" sha256="${s.sha256}"/>`);
  if (record.notes) parts.push(`<notes cells="${formatNotes(record.notes)}"/>`);
  if (record.source) parts.push(`<source sha256="${record.source}"/>`);
  if (record.contents) parts.push(`<contents sha256="${record.contents}"/>`);
  return `${XML_DECLARATION}<ownership xmlns="${OWNERSHIP_NS}">${parts.join("")}</ownership>`;
}

/** The record in a part, or undefined if the part is not one (another custom XML part, or malformed). */
export function parseRecord(xml: string, part: string, maxRows = 1_048_576): OwnershipRecord | undefined {
  const s = new XmlScanner(xml, part);
  let results: OwnedResults | undefined;
  const sheets: OwnedSheet[] = [];
  const digests: { source?: string; contents?: string; notes?: Map<string, string> } = {};
  try {
    for (let ev = s.next(); ev !== END; ev = s.next()) {
      if (ev !== OPEN) continue;
      if (s.level === 1) {
        if (!s.is("ownership") || s.attr("xmlns") !== OWNERSHIP_NS || s.name !== "ownership") return undefined;
      } else if (s.level === 2 && s.is("results")) {
        const firstCol = Number(s.attr("firstCol"));
        const lastCol = Number(s.attr("lastCol"));
        const rows = parseRows(s.attr("rows") ?? "", maxRows);
        const sha256 = s.attr("sha256") ?? "";
        const sheet = s.attr("sheet");
        if (results || sheet === undefined || !rows || !HEX64.test(sha256)) return undefined;
        if (!Number.isInteger(firstCol) || !Number.isInteger(lastCol) || firstCol < 0 || lastCol < firstCol || lastCol > 16_383) return undefined;
        results = { sheet, firstCol, lastCol, rows, sha256 };
      } else if (s.level === 2 && s.is("sheet")) {
        const role = s.attr("role") as SheetRole;
        const name = s.attr("name");
        const sha256 = s.attr("sha256") ?? "";
        if (!ROLES.includes(role) || name === undefined || !HEX64.test(sha256) || sheets.some((x) => x.role === role)) return undefined;
        sheets.push({ role, name, sha256 });
      } else if (s.level === 2 && s.is("notes")) {
        const notes = parseNotes(s.attr("cells") ?? "");
        if (digests.notes !== undefined || !notes) return undefined;
        digests.notes = notes;
      } else if (s.level === 2 && (s.is("source") || s.is("contents"))) {
        const key = s.is("source") ? "source" : "contents";
        const sha256 = s.attr("sha256") ?? "";
        if (digests[key] !== undefined || !HEX64.test(sha256)) return undefined;
        digests[key] = sha256;
      }
    }
  } catch {
    return undefined;
  }
  return { results, sheets, ...digests };
}

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
    this.notes = new Map(notes.map((n) => [cellAddress(n.row, n.col), noteDigest(n.text)]));
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
