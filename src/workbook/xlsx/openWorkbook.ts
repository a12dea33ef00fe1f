/**
 * Opens an xlsx from memory: the zip, the workbook part and its relationships. Sheets, shared strings and
 * styles are read only when a sheet is asked for. Every failure is a ReadError with a reason the catalogs
 * explain; names from the file only ever key Maps.
 */
import { LIMITS, type Limits } from "../limits";
import { ReadError } from "../readError";
import type { SheetGrid } from "../types";
import type { ChunkSource } from "../zip/inflateChunks";
import { packageOf, type OpenedPackage } from "../zip/openedPackage";
import { sniffZip } from "../zip/sniff";
import type { ZipArchive } from "../zip/types";
import { readRels, relType, type Relationship } from "./rels";
import { parseSharedStrings } from "./sharedStrings";
import { parseSheet } from "./sheet";
import { RowSpanRecorder, type RowSpans } from "./rowSpans";
import { PartWitness } from "./partEnd";
import { countRowsAhead } from "./sheetRowCount";
import { parseDateStyles, type DateStyle } from "./styles";
import { readSheetTables, type TableInfo } from "./tables";
import { parseWorkbookPart } from "./workbookPart";
import { END, XmlScanner } from "../xml/scanner";

/** Most bytes of the parts verifyParts scans that it keeps in the package, all together. */
const KEEP_SCANNED_BYTES = 4 * 1024 * 1024;

export interface SheetInfo {
  readonly name: string;
  /** The worksheet part inside the zip, e.g. "xl/worksheets/sheet1.xml"; "" when its relationship is missing. */
  readonly path: string;
  readonly rId: string;
  readonly hidden: boolean;
}

export interface XlsxWorkbook {
  /** The file opened once: what the reader inflated is kept there for the writer of its copy. */
  readonly opened: OpenedPackage;
  readonly archive: ZipArchive;
  /** The workbook part, usually "xl/workbook.xml" (a writer edits it to add sheets). */
  readonly workbookPath: string;
  readonly date1904: boolean;
  /** In tab order. */
  readonly sheets: readonly SheetInfo[];
  /** Index into `sheets` of the tab Excel opens on. */
  readonly activeSheet: number;
  /** The relationships of any part, by id (`relsOf(workbookPath)` gives the workbook's). */
  relsOf(partPath: string): ReadonlyMap<string, Relationship>;
  tables(sheetName: string): TableInfo[];
  /** Throws ReadError: "no-worksheet" for an unknown name, or whatever the sheet's content breaks. */
  readSheet(sheetName: string): SheetGrid;
  /**
   * Where the rows of a sheet already read lie in its part (rowSpans.ts), for the writer of the copy;
   * undefined for a sheet not read, or one whose rows cannot be spliced from spans.
   */
  rowSpans(sheetName: string): RowSpans | undefined;
  /**
   * Reads every XML part (by name: .xml, .rels, .vml) through the scanner, so a DTD anywhere in the file —
   * docProps, [Content_Types].xml, comments, a sheet not checked — refuses it as the README promises, and
   * a part that is not well-formed does too. Parts already read whole (the sheets read) are not read again.
   */
  verifyParts(): void;
  /** Lets go of the kept bytes of every sheet read but `sheetName` (the table's, which its copy is made from). */
  releaseSheetsBut(sheetName: string): void;
}

/**
 * `input`: the file's bytes, or the file already opened (its package shared with the macro check and the
 * writer; the limits are then the package's).
 */
export function openWorkbook(input: Uint8Array | OpenedPackage, limits: Limits = LIMITS): XlsxWorkbook {
  const opened = packageOf(input, limits);
  limits = opened.limits;
  // Parts read in pieces are kept only for a package shared with others (the macro check, the writer): a
  // workbook opened from its bytes here is read by nobody else.
  const shared = (opened as unknown) === input;
  const archive = opened.archive;
  const workbookPath = findWorkbookPart(archive);
  const part = parseWorkbookPart(archive.read(workbookPath), workbookPath);
  const rels = readRels(archive, workbookPath);

  const sheets: SheetInfo[] = part.sheets.map((s) => {
    const rel = rels.get(s.rId);
    const path = rel && !rel.external && archive.has(rel.target) ? rel.target : "";
    return { name: s.name, path, rId: s.rId, hidden: s.hidden };
  });
  if (sheets.length === 0 || sheets.every((s) => s.path === "")) throw new ReadError("no-worksheet");
  const byName = new Map<string, SheetInfo>();
  for (const s of sheets) if (!byName.has(s.name)) byName.set(s.name, s);
  const activeSheet = part.activeTab < sheets.length ? part.activeTab : 0;

  const readWhole = new Set<string>();
  /** Parts other than sheets the scanner has read to their end (the shared strings): not scanned again. */
  const scannedWhole = new Set<string>();
  const spansOf = new Map<string, RowSpans | undefined>();
  let sharedStrings: string[] | undefined;
  let dateStyles: DateStyle[] | undefined;
  // Parts that may be large are scanned as they inflate: a reader that refuses one part-way (past the row
  // limit, past Excel's cell formats) neither inflates nor holds the rest. A sheet and the styles read to
  // their end are kept in the package: the copy's writer reads them again.
  const streamOf = (path: string, keep = false): ChunkSource => opened.pieces(path, keep && shared);
  const partOfType = (type: string) => [...rels.values()].find((r) => !r.external && relType(r.type) === type)?.target;
  const loadShared = () => {
    if (sharedStrings) return sharedStrings;
    const path = partOfType("sharedStrings");
    sharedStrings = path && archive.has(path) ? parseSharedStrings(archive.read(path), path) : [];
    if (path && archive.has(path)) scannedWhole.add(archive.entry(path)!.name);
    return sharedStrings;
  };
  const loadStyles = () => {
    if (dateStyles) return dateStyles;
    const path = partOfType("styles");
    dateStyles = path && archive.has(path) ? parseDateStyles(streamOf(path, true), path, limits) : [];
    return dateStyles;
  };
  const sheetNamed = (name: string): SheetInfo => {
    const sheet = byName.get(name);
    if (!sheet) throw new ReadError("no-worksheet", { d: "no-such-sheet", sheet: name });
    if (sheet.path === "") throw new ReadError("no-worksheet", { d: "sheet-content-missing", sheet: name });
    return sheet;
  };

  return {
    opened, archive, workbookPath, date1904: part.date1904, sheets, activeSheet,
    relsOf: (partPath) => readRels(archive, partPath),
    tables: (name) => readSheetTables(archive, sheetNamed(name).path),
    verifyParts: () => {
      let small = 0;
      for (const e of archive.entries) {
        if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
        if (!readWhole.has(e.name)) {
          // The small parts are kept: the macro check and the writer read some of them ([Content_Types].xml,
          // relationships). A large one (a sheet not checked) is scanned as it inflates and let go.
          const keep = small + e.uncompressedSize <= KEEP_SCANNED_BYTES;
          if (keep) small += e.uncompressedSize;
          // The shared strings were read to their end by the same scanner: they are kept as they were read.
          if (!scannedWhole.has(e.name)) {
            const s = XmlScanner.fromSource(streamOf(e.name, keep), e.name);
            while (s.next() !== END);
          }
        }
        opened.markScanned(e.name);
      }
    },
    releaseSheetsBut: (name) => {
      const table = byName.get(name)?.path;
      for (const path of readWhole) if (path !== table) opened.release(path);
    },
    readSheet: (name) => {
      const sheet = sheetNamed(name);
      readWhole.add(sheet.path);
      // A large part's rows are counted first, so one past the row limit is refused before any is built.
      const witness = new PartWitness();
      const source = countRowsAhead(witness.tap(streamOf(sheet.path, true)), archive.entry(sheet.path)!.uncompressedSize, sheet.name, limits);
      const spans = new RowSpanRecorder();
      const grid = parseSheet(source, {
        name: sheet.name, part: sheet.path, sharedStrings: loadShared(), dateStyles: loadStyles(),
        date1904: part.date1904, limits, ...(part.formulasUntrusted ? { formulasUntrusted: part.formulasUntrusted } : {}),
      }, spans);
      const recorded = spans.finish();
      const end = recorded && witness.end(recorded.dataEnd);
      spansOf.set(sheet.name, recorded && end ? { ...recorded, end } : recorded);
      return grid;
    },
    rowSpans: (name) => spansOf.get(name),
  };
}

/** The officeDocument relationship of the package says where the workbook part is. */
function findWorkbookPart(archive: ZipArchive): string {
  const other = sniffZip(archive);
  if (other) throw new ReadError(other);
  for (const rel of readRels(archive, "").values()) {
    if (!rel.external && relType(rel.type) === "officeDocument" && archive.has(rel.target)) {
      return archive.entry(rel.target)!.name;
    }
  }
  if (archive.has("xl/workbook.xml")) return archive.entry("xl/workbook.xml")!.name;
  throw new ReadError("no-worksheet", { d: "no-workbook-part" });
}
