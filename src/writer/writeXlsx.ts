/**
 * The annotated copy of an xlsx (REPORT.md "In the workbook"): the input's parts copied byte for byte, and
 * only the product's own places added — result columns, marks and notes on the table's sheet, the sheets
 * 问题清单 and 汇总, the styles those need, and a record of what the check wrote (see ownership.ts).
 * Rewriting the output with the same plan gives the same workbook; the same input and plan give the same
 * bytes.
 */
import { LIMITS, type Limits } from "../workbook/limits";
import { ReadError } from "../workbook/readError";
import { END, OPEN, XmlScanner } from "../workbook/xml/scanner";
import { codec, inflateRawChunksPortable } from "../workbook/bytes/codec";
import { concatBytes } from "../workbook/bytes/bytes";
import { utf8Decode, utf8Encode, utf8Length } from "../workbook/bytes/text";
import {
  DeflatedPart, MemorySink, crc32, deflatePart, packageOf, writeZipTo, type ByteSink, type DeflatedData, type OpenedPackage, type ZipArchive,
  type ZipWriteEntry,
} from "../workbook/zip";
import type { AnnotationPlan, ManagerOutput, PlanSheet, StagedPlan, TablePlan } from "../output/types";
import type { RowSpans } from "../workbook/xlsx/rowSpans";
import { AnnotateError } from "./annotateError";
import { cellAddress, parseCellAddress, printTitlesRef, sheetRef } from "../output/cellRef";
import { addMarks, removeOurMarks } from "./conditionalFormats";
import { readComments, writeNewCommentsPart, writeNewVmlPart, rewriteCommentsPart, rewriteVmlPart, vmlIdBlocks, type Note } from "./notes";
import {
  CT_COMMENTS, CT_VML, REL_COMMENTS, REL_NS, REL_VML, addRelationship, emptyRels,
  ensureDefault, ensureOverride, freePartName, freeRelId, parseRels, relKind, relativeTarget, relsPathOf, resolveTarget,
  type Relationship,
} from "./opc";
import { claimSheet, writeManagerSheets, writeSheet } from "./managerSheets";
import { writePlanSheetXml } from "./planSheetXml";
import { SharedStringTable, sharedStringTableOf } from "./sharedStringsPart";
import { prepareResultColumns, spannedBytes } from "./resultColumns";
import { wholePart, type PartBytes } from "./forwardBytes";
import { KEEP_BYTES } from "../workbook/zip/openedPackage";
import { CopySize } from "./copySize";
import { INFO_SHEET_NAME } from "../output/infoSheet";
import { sheetDataOf, type PreparedSheetCells } from "./sheetCells";
import { ensureAnnotationStyles, minimalStyles, type AnnotationStyles } from "./stylesPart";
import {
  OwnershipLedger, contentsDigest, hasOwnershipRecord, readOwnership, type EntrySum, type SharedStrings, type SheetRole,
} from "./ownership";
import { unrecordedSheetIsOurs } from "./lostRecord";
import { listSheets, setSheetScopedName } from "./workbookPart";
import { WORKSHEET_ORDER } from "./worksheetOrder";
import { freezePanes, setAutoFilter, setColumnWidths, setPrintLayout } from "./sheetLayout";
import {
  XmlShapeError, attributes, childByName, declareUtf8, insertionPoint, rootElement, splice, tagWithAttribute,
} from "./xmlScan";
import { CONTENT_TYPES_PART, CT_STYLES, REL_STYLES } from "../workbook/xlsx/ooxmlNames";

const CONTENT_TYPES = CONTENT_TYPES_PART;

/**
 * Every writer here takes the input as its bytes or as the package the reader opened (OpenedPackage): given
 * the package, the writer reads the zip's directory and parts the reader already read from it, and lets
 * each part's bytes go once it has used them.
 */
export type WriterInput = Uint8Array | OpenedPackage;

export function annotateXlsx(input: WriterInput, plan: AnnotationPlan, source?: string): Uint8Array {
  const sink = new MemorySink();
  annotateXlsxTo(input, plan, sink, LIMITS, source);
  return sink.bytes();
}

/**
 * annotateXlsx from a plan whose sheets are made as the writer comes to each, handed over (PlanHandOver);
 * `read`, what the reader recorded of the table sheet, lets its rows be spliced rather than parsed again.
 */
export function annotateXlsxStaged(input: WriterInput, handOver: PlanHandOver, source?: string, read?: SheetAsRead): Uint8Array {
  const sink = new MemorySink();
  annotateHandedOver(input, handOver, sink, LIMITS, source, read);
  return sink.bytes();
}

/**
 * The same copy written into `sink` as it is made (the command line streams it into the output file).
 * `source` identifies the input file (see OwnershipRecord.source), so a later check knows whose copy it is.
 */
export function annotateXlsxTo(
  input: WriterInput, plan: AnnotationPlan, sink: ByteSink, limits: Limits = LIMITS, source?: string, read?: SheetAsRead,
): void {
  annotateHandedOver(input, { plan }, sink, limits, source, read);
}

/**
 * A plan given to the copy's writer to keep: `plan` (or `staged`) is taken out of it, and each part of the
 * plan is let go once it is written (the result rows and marks once the table's sheet is, 问题清单 once it
 * is), so a large batch's rows are not all held while the rest of the copy is made. A staged plan's sheets
 * are made only when the writer comes to them. The caller keeps no other reference to the plan.
 */
export interface PlanHandOver {
  plan?: AnnotationPlan;
  staged?: StagedPlan;
  /**
   * Told once the table's sheet is written and its input bytes and result rows are let go (the largest
   * things the copy holds): a host that owns its process may have them collected then (src/cli/heapGrowth.ts).
   */
  readonly letGo?: () => void;
  /**
   * What the reader recorded of the table's sheet, handed over with the plan (rather than given beside it)
   * so that it is let go with the result rows: the spans of 100,000 rows are 12 MB the rest of the copy
   * has no use for.
   */
  read?: SheetAsRead;
}

/** annotateXlsxTo with the plan handed over (PlanHandOver). */
export function annotateHandedOver(
  input: WriterInput, handOver: PlanHandOver, sink: ByteSink, limits: Limits = LIMITS, source?: string, read?: SheetAsRead,
): void {
  const opened = packageOf(input);
  const zip = opened.archive;
  const pkg = new Package(opened);
  try {
    if (!handOver.plan && !handOver.staged) throw new Error("no plan handed over");
    const reckoning = isEarlierCopy(pkg) ? undefined : new CopyReckoning(zip, limits);
    annotate(pkg, handOver, source, read, reckoning);
    pkg.verify(limits);
    pkg.writeTo(boundedSink(sink, limits));
  } catch (e) {
    opened.release();
    if (e instanceof ReadError) {
      throw new AnnotateError({ code: "part-malformed", reason: e.reason, ...(e.found === undefined ? {} : { found: e.found }) });
    }
    if (e instanceof XmlShapeError) {
      throw new AnnotateError({ code: "part-shape", what: e.message });
    }
    throw e;
  }
  // The copy is written: nothing reads the input's parts again.
  opened.release();
}

/** A whole plan as the stages the writer takes it in: each function gives the part the plan has. */
function stagedOf(plan: AnnotationPlan): StagedPlan {
  const { issueSheet, summarySheet, managers, ...table } = plan;
  return { table, issueSheet: given(issueSheet), summarySheet: given(summarySheet), ...(managers ? { managers: given(managers) } : {}) };
}

/**
 * The table's part of the reckoning. Made out here: a closure made in annotate would hold the table plan for
 * as long as annotate runs (its closures share one context), long after the plan's rows are written.
 */
function tableSize(plan: TablePlan): (size: CopySize) => void {
  return (size) => size.table(plan);
}

/** A function that gives `value`, holding nothing else (closures made side by side share what they hold). */
function given<T>(value: T): () => T {
  return () => value;
}

/** Stands for a plan sheet the table's writer does not read. */
const NO_SHEET: PlanSheet = { name: "", rows: [] };

/** What the reader recorded of the table's sheet when it read `input` (openWorkbook's rowSpans). */
export interface SheetAsRead {
  readonly sheet: string;
  readonly spans: RowSpans;
  /**
   * From this inflated size on, the sheet is read forward in pieces for its copy rather than inflated
   * whole (FORWARD_PART_BYTES; tests give a small one).
   */
  readonly forwardFrom?: number;
}

/**
 * Parts past this inflated size are not kept by the input's package (KEEP_BYTES): the table's sheet
 * of a large table is then read forward in pieces for its copy rather than inflated whole for it. At
 * 100,000 rows that is 55 MB the copy no longer holds while its rows are written (issue 22): 30-40 MB less
 * at the peak, for a streamed inflate (fflate) in place of a whole one (zlib), about 0.3 s more CPU time
 * (the pass before it stops at the header, the reader having seen the part's end: rowSpans.ts). A smaller
 * part is at hand, kept, or costs little to inflate whole.
 */
export const FORWARD_PART_BYTES = KEEP_BYTES + 1;

/**
 * The input is a copy an earlier check made (its record, or a sheet 审核信息 however it came): what that
 * check wrote is in the input's size and is replaced, not added to, so the reckoning would count it twice.
 * Such a copy is about the size of the one it was made from; it is built and measured (Package.verify).
 */
function isEarlierCopy(pkg: Package): boolean {
  const wbPart = pkg.workbookPart();
  return hasOwnershipRecord(pkg, wbPart) || listSheets(pkg.text(wbPart)).some((s) => s.name === INFO_SHEET_NAME);
}

/**
 * A copy reckoned to inflate past what the reader takes is refused before a byte of it is written
 * (copySize.ts), with what to do: the table split into files checked together, each of which gets its copy.
 * The parts are reckoned as the writer makes them, one at a time, so no two of them need be held at once;
 * once the reckoning is past the limit nothing more is written, and the parts still to come are made only
 * to be counted, so the message gives the whole copy's size.
 */
class CopyReckoning {
  private readonly size: CopySize;

  constructor(zip: ZipArchive, private readonly limits: Limits) {
    this.size = new CopySize(zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0));
  }

  /** Counts a part; true while the copy is still within the limit. */
  add(count: (size: CopySize) => void): boolean {
    count(this.size);
    return this.size.total <= this.limits.maxTotalInflatedBytes;
  }

  /** Refuses the copy, the parts not yet made (`rest`) counted first. */
  refuse(sheet: string, rows: number, rest: readonly ((size: CopySize) => void)[]): never {
    for (const count of rest) count(this.size);
    const { limits } = this;
    const estimate = this.size.total;
    const parts = Math.ceil(estimate / limits.maxTotalInflatedBytes) + 1;
    throw new AnnotateError({ code: "copy-rows-too-large", sheet, rows, estimate, maxBytes: limits.maxTotalInflatedBytes, parts });
  }
}

/**
 * The copy must be one lygip can check again: a sink that refuses to grow past the largest input the reader
 * takes, so a workbook at the edge of the limit never yields a copy over it.
 */
function boundedSink(sink: ByteSink, limits: Limits): ByteSink {
  let written = 0;
  return {
    write: (bytes) => {
      written += bytes.length;
      if (written > limits.maxInputBytes) {
        throw new AnnotateError({ code: "copy-too-large", maxBytes: limits.maxInputBytes });
      }
      sink.write(bytes);
    },
    writeAt: (bytes, position) => sink.writeAt(bytes, position),
  };
}

/** Parts that are XML by name: each one in a copy is read through the scanner before anything is written. */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/** The workbook's content types say it holds macros (an .xlsm, whatever its name): its copy keeps .xlsm. */
export function isMacroWorkbook(input: WriterInput): boolean {
  try {
    const archive = packageOf(input).archive;
    const s = XmlScanner.fromBytes(archive.read(CONTENT_TYPES), CONTENT_TYPES);
    for (let ev = s.next(); ev !== END; ev = s.next()) {
      if (ev === OPEN && (s.is("Override") || s.is("Default")) && /macroEnabled/i.test(s.attr("ContentType") ?? "")) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * What a file at a copy's name is to a check of the input `source`: "unchanged" (lygip wrote it from that
 * input and nothing has changed since: it may be replaced), "changed" (lygip wrote it, then someone edited
 * or saved it again), "other-input" (lygip's unchanged copy of another file), "not-ours".
 */
export type CopyState = "unchanged" | "changed" | "other-input" | "not-ours";

export function copyState(bytes: Uint8Array, source?: string): CopyState {
  let zip: ZipArchive;
  let found: ReturnType<typeof readOwnership>;
  try {
    const opened = packageOf(bytes);
    zip = opened.archive;
    const pkg = new Package(opened);
    found = readOwnership(pkg, pkg.workbookPart());
  } catch {
    return "not-ours";
  }
  if (!found) return "not-ours";
  const { record, part } = found;
  const sums = zip.entries.map((e) => ({ name: e.name, crc32: e.crc32, size: e.uncompressedSize }));
  if (record.contents === undefined || contentsDigest(sums, part) !== record.contents) return "changed";
  return record.source === source ? "unchanged" : "other-input";
}

/** The workbook is a batch workbook lygip wrote (--summary): its record names sheets and no result cells. */
export function isLygipSummary(input: WriterInput): boolean {
  try {
    const pkg = new Package(packageOf(input));
    const found = readOwnership(pkg, pkg.workbookPart());
    return found !== undefined && found.record.results === undefined;
  } catch {
    return false;
  }
}

/** The workbook was written by the check: it carries the ownership record (a custom XML part, not a name). */
export function isLygipOutput(input: WriterInput): boolean {
  try {
    const pkg = new Package(packageOf(input));
    return hasOwnershipRecord(pkg, pkg.workbookPart());
  } catch {
    return false;
  }
}

function annotate(pkg: Package, handOver: PlanHandOver, source: string | undefined, given: SheetAsRead | undefined, reckoning: CopyReckoning | undefined): void {
  // Each part of the plan is held by one variable of its own, cleared once the part is written; a staged
  // plan's sheets are made only then.
  let staged: StagedPlan | undefined = handOver.staged ?? stagedOf(handOver.plan!);
  handOver.plan = handOver.staged = undefined;
  let tablePlan: TablePlan | undefined = staged.table;
  let makeIssueSheet: (() => PlanSheet) | undefined = staged.issueSheet;
  let makeManagers: (() => ManagerOutput) | undefined = staged.managers;
  let makeSummarySheet: (() => PlanSheet) | undefined = staged.summarySheet;
  const letGo = handOver.letGo;
  let read: SheetAsRead | undefined = handOver.read ?? given;
  handOver.read = undefined;
  staged = undefined;
  const { sheet: tableSheet, headerRow, titleColumns } = tablePlan;
  const lastHeaderRow = tablePlan.lastHeaderRow ?? headerRow;
  const rows = tablePlan.resultRows.length;
  let spans = read?.sheet === tableSheet ? read.spans : undefined;
  const forwardFrom = read?.forwardFrom ?? FORWARD_PART_BYTES;
  const lastResultCol = tablePlan.resultCol + tablePlan.resultHeaders.length - 1;
  if (lastResultCol >= LIMITS.maxCols) {
    throw new AnnotateError({ code: "past-last-column", sheet: tableSheet, column: lastResultCol + 1, maxCols: LIMITS.maxCols });
  }
  // Past the limit: the parts not yet made are made only to be counted (see CopyReckoning).
  const theManagers = (size: CopySize) => (makeManagers ? size.managers(makeManagers()) : size.sheet(makeSummarySheet?.()));
  const counted = (count: (size: CopySize) => void) => reckoning === undefined || reckoning.add(count);
  if (!counted(tableSize(tablePlan))) reckoning!.refuse(tableSheet, rows, [(size) => size.sheet(makeIssueSheet?.()), theManagers]);

  const wbPart = pkg.workbookPart();
  const sheets = listSheets(pkg.text(wbPart));
  const table = sheets.find((s) => s.name === tableSheet);
  const tableRel = table && pkg.rels(wbPart).find((r) => r.id === table.relId);
  if (!table || !tableRel) {
    throw new AnnotateError({ code: "sheet-missing", sheet: tableSheet });
  }
  const tablePart = pkg.entryName(resolveTarget(wbPart, tableRel.target));

  const styles = annotationStyles(pkg, wbPart);
  // The text of every cell written goes into the workbook's shared strings (sharedStringsPart.ts); the
  // input's entries keep their indexes, so the table also reads the input's cells.
  const strings = sharedStringTableOf(pkg, wbPart);
  const sst: SharedStrings = (index) => strings.text(index);
  const ledger = new OwnershipLedger(pkg, wbPart, sst, tableSheet, (role, part, expected) => unrecordedSheetIsOurs(pkg, role, part, sst, expected));
  const filter = writeTableSheet(
    pkg, tablePart, { ...tablePlan, issueSheet: NO_SHEET, summarySheet: NO_SHEET }, styles, sst, ledger, ledger.recordLost(sheets), strings, spans, forwardFrom,
  );
  // The input's sheet is in the copy's own part now: its bytes, perhaps the largest part, are let go.
  pkg.release(tablePart);
  // The result rows and marks are written: let go, with the spans they were spliced by.
  tablePlan = undefined;
  spans = read = undefined;
  letGo?.();
  pkg.set(wbPart, sheetPrintNames(pkg.text(wbPart), sheets.indexOf(table), tableSheet, [headerRow, lastHeaderRow], filter, titleColumns));

  let issueSheet: PlanSheet | undefined = makeIssueSheet();
  makeIssueSheet = undefined;
  if (!counted((size) => size.sheet(issueSheet))) reckoning!.refuse(tableSheet, rows, [theManagers]);
  writePlanSheet(pkg, wbPart, issueSheet, "issues", styles, ledger, strings);
  issueSheet = undefined;
  if (makeManagers) {
    let managers: ManagerOutput | undefined = makeManagers();
    makeManagers = makeSummarySheet = undefined;
    // 审核意见表 is counted as it is written (CopySize.managersAsWritten); the copy is refused, if it must be,
    // once the form is in the package and before any of the package is written out.
    if (reckoning) {
      let asWritten: ReturnType<CopySize["managersAsWritten"]> | undefined;
      const all = managers;
      const within = reckoning.add((size) => void (asWritten = size.managersAsWritten(all)));
      const { managers: counting, formToCome } = asWritten!;
      if (!within) reckoning.refuse(tableSheet, rows, formToCome ? [(size) => size.sheet(formToCome)] : []);
      managers = counting;
    }
    writeManagerSheets(pkg, wbPart, managers, styles, ledger, strings);
    managers = undefined;
    if (reckoning && !reckoning.add(() => undefined)) reckoning.refuse(tableSheet, rows, []);
  } else {
    let summarySheet: PlanSheet | undefined = makeSummarySheet?.() ?? NO_SHEET;
    makeSummarySheet = undefined;
    if (!counted((size) => size.sheet(summarySheet))) reckoning!.refuse(tableSheet, rows, []);
    writePlanSheet(pkg, wbPart, summarySheet, "summary", styles, ledger, strings);
    summarySheet = undefined;
  }
  strings.writeTo(pkg, wbPart);
  ledger.write(source, (record) => contentsDigest(pkg.entrySums(), record));
}

/**
 * The table's sheet: the cells decided first (the copy is refused here if a result cell is the applicant's),
 * the few kilobytes around <sheetData> edited next, then the rows streamed into the part. Its own function,
 * so the sheet read and its rows are let go before our sheets are made. Returns the AutoFilter's range.
 */
function writeTableSheet(
  pkg: Package, tablePart: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings, ledger: OwnershipLedger, recordLost: boolean,
  strings: SharedStringTable, spans: RowSpans | undefined, forwardFrom: number,
): string | undefined {
  // Spliced from the spans the reader recorded where there are some (the part is then never held as text;
  // a large one is read forward, never held whole), else read again as its UTF-8 bytes one a character, or
  // as text.
  const forward = spans && pkg.forwardBytes(tablePart, forwardFrom);
  const utf8 = spans && !forward ? pkg.utf8Bytes(tablePart) : undefined;
  const bytes = forward || utf8 ? undefined : pkg.latin1(tablePart);
  const otherwise = () => {
    const latin1 = pkg.latin1(tablePart);
    return latin1 !== undefined ? { xml: latin1, latin1: true } : { xml: pkg.text(tablePart), latin1: false };
  };
  const { prepared, owned, widths } = prepareResultColumns(
    forward ? { bytes: forward, spans: spans!, otherwise } : utf8 ? spannedBytes(utf8, spans!) : bytes ?? pkg.text(tablePart), tablePart, plan, styles, sst,
    ledger.earlierResults(plan.sheet), bytes !== undefined, recordLost, strings,
  );
  ledger.setResults(owned);
  const skeleton = declareUtf8(prepared.head) + prepared.tail;
  let rest = removeOurMarks(skeleton, tablePart);
  rest = addMarks(rest, tablePart, plan.marks, { error: styles.errorDxf, warning: styles.warningDxf });
  rest = widenDimension(rest, tablePart, plan);
  rest = writeNotes(pkg, tablePart, rest, plan, ledger);
  rest = setColumnWidths(rest, tablePart, widths.map((width, i) => ({ col: plan.resultCol + i, width })));
  rest = freezePanes(rest, tablePart, plan.lastHeaderRow ?? plan.headerRow, plan.titleColumns ?? 0);
  const filter = plan.tableName === undefined ? filterRange(rest, tablePart, plan) : undefined;
  if (filter) rest = setAutoFilter(rest, tablePart, filter);
  rest = setPrintLayout(rest, tablePart, styles.fontSize);
  pkg.setDeflated(tablePart, withRows(rest, tablePart, prepared));
  return filter;
}

/**
 * The edited sheet around <sheetData> (read whole through the scanner: well-formed, no DTD) with its rows
 * written into the part a piece at a time. The rows are spans of the input that the reader's grammar has
 * read, and cells whose text is escaped as it is made; the part is not held whole nor scanned again.
 */
function withRows(skeleton: string, part: string, prepared: PreparedSheetCells): DeflatedData {
  scanWhole(new XmlScanner(skeleton, part));
  const at = sheetDataOf(skeleton, part);
  if (at.selfClosing || at.openEnd !== at.innerEnd) throw new XmlShapeError(part, "<sheetData> changed while its rows were set aside");
  const made = new DeflatedPart();
  made.write(skeleton.slice(0, at.openEnd));
  prepared.writeRows(made);
  made.write(skeleton.slice(at.openEnd));
  return made.end();
}

/** The styles part with ours appended (a workbook without one gets Excel's minimal one first). */
function annotationStyles(pkg: Package, wbPart: string): AnnotationStyles {
  const rel = pkg.rels(wbPart).find((r) => relKind(r.type) === "styles");
  let part: string;
  let xml: string;
  if (rel) {
    part = pkg.entryName(resolveTarget(wbPart, rel.target));
    xml = pkg.text(part);
  } else {
    part = freePartName(pkg.names(), "xl/styles", ".xml");
    xml = minimalStyles();
    pkg.addRel(wbPart, REL_STYLES, part);
    pkg.set(CONTENT_TYPES, ensureOverride(pkg.text(CONTENT_TYPES), part, CT_STYLES));
  }
  const { xml: out, styles } = ensureAnnotationStyles(xml);
  pkg.set(part, out);
  return styles;
}

/** The sheet's <dimension> widened to take in the result columns and rows. */
function widenDimension(xml: string, part: string, plan: AnnotationPlan): string {
  const root = rootElement(xml, part);
  const dim = childByName(xml, root, "dimension", part);
  if (!dim) return xml;
  const ref = attributes(xml, dim).get("ref") ?? "";
  const [a, b] = ref.split(":");
  const from = parseCellAddress(a ?? "");
  const to = parseCellAddress(b ?? a ?? "");
  if (!from || !to) return xml;
  const lastRow = plan.resultRows.reduce((m, r) => Math.max(m, r.row), Math.max(to.row, plan.headerRow));
  const lastCol = Math.max(to.col, plan.resultCol + plan.resultHeaders.length - 1);
  const topRow = Math.min(from.row, plan.headerRow);
  const next = `${cellAddress(topRow, from.col)}:${cellAddress(lastRow, lastCol)}`;
  if (next === ref) return xml;
  return splice(xml, dim.start, dim.openEnd, tagWithAttribute(xml.slice(dim.start, dim.openEnd), "ref", next));
}

/** The table with the result columns, header row to last row: what the AutoFilter covers. */
function filterRange(xml: string, part: string, plan: AnnotationPlan): string {
  const dim = childByName(xml, rootElement(xml, part), "dimension", part);
  const from = dim && parseCellAddress((attributes(xml, dim).get("ref") ?? "").split(":")[0]);
  const first = Math.min(plan.tableFirstCol ?? 0, from?.col ?? 0);
  const top = plan.lastHeaderRow ?? plan.headerRow;
  const lastRow = plan.resultRows.reduce((m, r) => Math.max(m, r.row), top);
  return `${cellAddress(top, first)}:${cellAddress(lastRow, plan.resultCol + plan.resultHeaders.length - 1)}`;
}

/**
 * The sheet's built-in names: its header rows (and its first `columns` columns, the unit's name among them)
 * repeated on every printed page (unless the sheet already says what to repeat) and, with an AutoFilter,
 * the range Excel names _FilterDatabase.
 */
function sheetPrintNames(input: string, index: number, sheet: string, rows: readonly [number, number], filter?: string, columns = 0): string {
  let xml = setSheetScopedName(input, "_xlnm.Print_Titles", index, printTitlesRef(sheet, rows[0], rows[1], columns), { keep: true });
  if (filter) {
    const absolute = filter.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    xml = setSheetScopedName(xml, "_xlnm._FilterDatabase", index, sheetRef(sheet, absolute), { hidden: true });
  }
  return xml;
}

/** Our notes in the sheet's comments part and VML drawing, created if the sheet has none. */
function writeNotes(pkg: Package, sheetPart: string, sheetXml: string, plan: AnnotationPlan, ledger: OwnershipLedger): string {
  const owner = ledger.noteOwner();
  const rels = pkg.has(relsPathOf(sheetPart)) ? pkg.rels(sheetPart) : [];
  const commentsRel = rels.find((r) => relKind(r.type) === "comments" && !r.external);
  const commentsPart = commentsRel && pkg.entryName(resolveTarget(sheetPart, commentsRel.target));
  const state = commentsPart ? readComments(pkg.text(commentsPart), commentsPart, owner) : { userCells: new Set<string>(), ourCells: new Set<string>() };
  const notes: Note[] = plan.marks
    .filter((m) => !state.userCells.has(cellAddress(m.row, m.col)))
    .map((m) => ({ row: m.row, col: m.col, text: m.note }));
  ledger.setNotes(notes);
  if (!commentsPart && notes.length === 0) return sheetXml;

  if (commentsPart) {
    pkg.set(commentsPart, rewriteCommentsPart(pkg.text(commentsPart), commentsPart, notes, owner));
  } else {
    const part = freePartName(pkg.names(), "xl/comments", ".xml");
    pkg.setDeflated(part, deflatePart((out) => writeNewCommentsPart(out, notes)));
    pkg.addRel(sheetPart, REL_COMMENTS, part);
    pkg.set(CONTENT_TYPES, ensureOverride(pkg.text(CONTENT_TYPES), part, CT_COMMENTS));
  }

  const root = rootElement(sheetXml, sheetPart);
  const legacy = childByName(sheetXml, root, "legacyDrawing", sheetPart);
  const legacyId = legacy && [...attributes(sheetXml, legacy)].find(([k]) => k.endsWith(":id"))?.[1];
  const vmlRel = pkg.has(relsPathOf(sheetPart)) ? pkg.rels(sheetPart).find((r) => r.id === legacyId) : undefined;
  if (vmlRel) {
    const vmlPart = pkg.entryName(resolveTarget(sheetPart, vmlRel.target));
    pkg.set(vmlPart, rewriteVmlPart(pkg.text(vmlPart), state.ourCells, notes, vmlPart));
    return sheetXml;
  }
  if (notes.length === 0) return sheetXml;
  const blocks = pkg.names().filter((n) => n.toLowerCase().endsWith(".vml")).flatMap((n) => vmlIdBlocks(pkg.text(n), n));
  const vmlPart = freePartName(pkg.names(), "xl/drawings/vmlDrawing", ".vml");
  const block = blocks.reduce((m, b) => Math.max(m, b), 0) + 1;
  pkg.setDeflated(vmlPart, deflatePart((out) => writeNewVmlPart(out, notes, block)));
  const relId = pkg.addRel(sheetPart, REL_VML, vmlPart);
  pkg.set(CONTENT_TYPES, ensureDefault(pkg.text(CONTENT_TYPES), "vml", CT_VML));
  const rPrefix = [...attributes(sheetXml, root)].find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS)?.[0].slice(6);
  const p = root.prefix ? `${root.prefix}:` : "";
  const el = rPrefix ? `<${p}legacyDrawing ${rPrefix}:id="${relId}"/>` : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${relId}"/>`;
  const at = insertionPoint(sheetXml, root, "legacyDrawing", WORKSHEET_ORDER, sheetPart);
  return splice(sheetXml, at, at, el);
}

/**
 * 问题清单 or 汇总, written whole. The earlier check's sheet (named by the ownership record and unchanged
 * since) is rewritten where it stands; otherwise the sheet is added at the end, under the plan's name or, if
 * the workbook has a sheet of that name, the first free "name（2）".
 */
function writePlanSheet(
  pkg: Package, wbPart: string, sheet: PlanSheet, role: SheetRole, styles: AnnotationStyles, ledger: OwnershipLedger, strings: SharedStringTable,
): void {
  const placed = claimSheet(pkg, wbPart, sheet.name, role, ledger, sheet);
  writeSheet(pkg, placed.part, role, ledger, (out) => writePlanSheetXml(out, sheet, styles, {}, strings));
  if (sheet.headerRows) pkg.set(wbPart, sheetPrintNames(pkg.text(wbPart), placed.index, placed.name, [1, sheet.headerRows]));
}

/**
 * The zip as a set of parts: reads go to the edited text when there is one; writing copies every other
 * entry as it came, in its place, and the new parts after them in the order they were made.
 *
 * A large part the check writes (a sheet of 100,000 rows, its notes) is not held as text: it is made as a
 * sequence of pieces deflated as they come (`setDeflated`), and only its compressed bytes are kept.
 */
export class Package {
  private readonly edited = new Map<string, string>();
  private readonly deflated = new Map<string, DeflatedData>();
  private readonly added: string[] = [];
  private readonly zip: ZipArchive;

  constructor(private readonly opened: OpenedPackage) {
    this.zip = opened.archive;
  }

  /** Lets go of an input part's inflated bytes, kept in the package (read again if asked for again). */
  release(name: string): void {
    this.opened.release(name);
  }

  names(): string[] {
    return [...this.zip.entries.map((e) => e.name), ...this.added];
  }

  has(name: string): boolean {
    return this.edited.has(name) || this.deflated.has(name) || !!this.zip.entry(name);
  }

  /** The entry's name as the zip spells it (part names are matched without case). */
  entryName(name: string): string {
    if (this.edited.has(name) || this.deflated.has(name)) return name;
    const e = this.zip.entry(name);
    if (!e) throw new XmlShapeError(name, "part missing from the package");
    return e.name;
  }

  text(name: string): string {
    const edited = this.edited.get(name);
    if (edited !== undefined) return edited;
    const made = this.deflated.get(name);
    if (made) return utf8Decode(codec().inflateRaw(concatBytes(made.chunks, made.compressedSize), made.uncompressedSize, { sizeHint: made.uncompressedSize }));
    return declareUtf8(this.zip.readText(this.entryName(name)));
  }

  /**
   * An input part not yet edited, as its UTF-8 bytes one a character (a "latin1" string, half the memory of
   * its text when it holds Chinese); undefined for a part in UTF-16 or not valid UTF-8 (read as text, its
   * bad bytes replaced, as before).
   */
  latin1(name: string): string | undefined {
    const bytes = this.utf8Bytes(name);
    if (!bytes) return undefined;
    try {
      return codec().latin1Decode(bytes);
    } catch {
      return undefined;
    }
  }

  /**
   * An input part not yet edited and of `from` bytes or more inflated, as bytes read forward in pieces, each
   * pass inflating it again (forwardBytes.ts); undefined for any other part. Its bytes are not yet known
   * to be UTF-8: the first pass over them says.
   */
  forwardBytes(name: string, from: number): PartBytes | undefined {
    if (this.edited.has(name) || this.deflated.has(name)) return undefined;
    const e = this.zip.entry(this.entryName(name));
    if (!e || e.uncompressedSize < from || (e.method !== 0 && e.method !== 8)) return undefined;
    // The reader has read the entry to its end within its bounds, its size and checksum checked: each pass
    // gives the same bytes, a byte past the declared size being refused.
    const stored = e.method === 0;
    return {
      length: e.uncompressedSize,
      pieces: () => (stored ? wholePart(e.raw).pieces() : inflateRawChunksPortable(e.raw, e.uncompressedSize)),
      unchecked: true,
    };
  }

  /** An input part not yet edited, as its bytes, if they are UTF-8 (not UTF-16, nothing invalid); else undefined. */
  utf8Bytes(name: string): Uint8Array | undefined {
    if (this.edited.has(name) || this.deflated.has(name)) return undefined;
    const bytes = this.zip.read(this.entryName(name));
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return undefined;
    return codec().isUtf8(bytes) ? bytes : undefined;
  }

  set(name: string, xml: string): void {
    const key = this.claim(name);
    this.deflated.delete(key);
    this.edited.set(key, xml);
  }

  /**
   * A part made by the check's own writers (its text escaped as it is made) or assembled from spans of a
   * part already read with the reader's grammar: kept deflated, not read through the scanner again.
   */
  setDeflated(name: string, data: DeflatedData): void {
    const key = this.claim(name);
    this.edited.delete(key);
    this.deflated.set(key, data);
  }

  private claim(name: string): string {
    const known = this.edited.has(name) || this.deflated.has(name) || this.zip.entry(name);
    const key = known ? this.entryName(name) : name;
    if (!known) this.added.push(key);
    return key;
  }

  workbookPart(): string {
    const rel = this.rels("").find((r) => relKind(r.type) === "officeDocument");
    if (!rel) throw new XmlShapeError("_rels/.rels", "no officeDocument relationship");
    return this.entryName(resolveTarget("", rel.target));
  }

  /** The relationships of a part ("" for the package). */
  rels(part: string): Relationship[] {
    const path = part === "" ? "_rels/.rels" : relsPathOf(part);
    return parseRels(this.text(path), path);
  }

  /** Adds a relationship from `source` to `target`, creating the rels part if needed; returns its id. */
  addRel(source: string, type: string, target: string): string {
    const path = relsPathOf(source);
    const xml = this.has(path) ? this.text(path) : emptyRels();
    const id = freeRelId(parseRels(xml, path));
    this.set(path, addRelationship(xml, path, { id, type, target: relativeTarget(source, target) }));
    return id;
  }

  /**
   * Before a byte is written: every XML part of the copy copied as it came or edited as text is read
   * through the scanner (well-formed, no DTD), and the copy keeps within what lygip reads (entries,
   * inflated size), so it can be checked again. Parts made deflated are not scanned again: the check's
   * writers escape every value they write (the schema tests read them with xmllint), and a part assembled
   * from an input part keeps only spans the reader's grammar has read.
   */
  verify(limits: Limits): void {
    const names = this.names();
    if (names.length > limits.maxEntries) {
      throw new AnnotateError({ code: "copy-too-many-parts", parts: names.length, maxEntries: limits.maxEntries });
    }
    let total = 0;
    for (const name of names) {
      const edited = this.edited.get(name);
      const made = this.deflated.get(name);
      if (edited !== undefined) {
        total += utf8Length(edited);
        if (isXmlPart(name)) scanWhole(new XmlScanner(edited, name));
      } else if (made) {
        total += made.uncompressedSize;
      } else {
        const entry = this.zip.entry(name)!;
        total += entry.uncompressedSize;
        // A part the reader has scanned to its end is not scanned again; any other is inflated for the scan
        // only, not kept.
        if (isXmlPart(name) && !this.opened.scanned(name)) scanWhole(XmlScanner.fromBytes(this.opened.transient(name), name));
      }
    }
    if (total > limits.maxTotalInflatedBytes) {
      throw new AnnotateError({ code: "copy-inflates-too-far", maxBytes: limits.maxTotalInflatedBytes });
    }
  }

  /** Every entry's name, CRC-32 and uncompressed size as the copy will carry them. */
  *entrySums(): Iterable<EntrySum> {
    for (const name of this.names()) {
      const edited = this.edited.get(name);
      const made = this.deflated.get(name);
      if (edited !== undefined) {
        const bytes = utf8Encode(edited);
        yield { name, crc32: crc32(bytes), size: bytes.length };
      } else if (made) yield { name, crc32: made.crc32, size: made.uncompressedSize };
      else {
        const e = this.zip.entry(name)!;
        yield { name, crc32: e.crc32, size: e.uncompressedSize };
      }
    }
  }

  writeTo(sink: ByteSink): void {
    const entry = (name: string): ZipWriteEntry => {
      const made = this.deflated.get(name);
      return made ? { name, deflated: made } : { name, data: this.edited.get(name)! };
    };
    const entries: ZipWriteEntry[] = this.zip.entries.map((e) =>
      this.edited.has(e.name) || this.deflated.has(e.name) ? entry(e.name) : { copy: e },
    );
    for (const name of this.added) entries.push(entry(name));
    writeZipTo(sink, entries);
  }
}

/** Reads a part to its end: ReadError for anything that is not well-formed XML or holds a DTD. */
function scanWhole(s: XmlScanner): void {
  while (s.next() !== END);
}
