/**
 * The sheets for managers (REPORT.md "For managers") written into a package: 汇总 with its PivotTables and
 * charts, 审核明细 as a table object, 审核信息, and 审核意见表, the form a reviewer signs. The annotated copy and the batch workbook (--summary) both
 * come through here. On a re-run the earlier sheets (those the ownership record names, unchanged since) and
 * the parts hanging from them are rewritten under the same names, so the workbook comes out the same.
 */
import { maxOf } from "../output/extremes";
import { cellAddress, printTitlesRef } from "../output/cellRef";
import { DETAIL_COLUMNS, DETAIL_SHEET_NAME, DETAIL_TABLE_NAME, buildDetailSheet, type DetailRow } from "../output/detail";
import { INFO_SHEET_NAME } from "../output/infoSheet";
import { FORM_SHEET_NAME } from "../output/reviewForm";
import { SUMMARY_SHEET_NAME } from "../output/labels";
import type { SummaryLayout } from "../output/summaryLayout";
import type { PlanSheet } from "../output/types";
import { chartXml, drawingXml } from "./chartParts";
import {
  CT_WORKSHEET, REL_WORKSHEET, addRelationship, emptyRels, ensureOverride, freePartName, relKind, relativeTarget, relsPathOf,
  resolveTarget, type Relationship,
} from "./opc";
import { pivotCacheDefinitionXml, pivotTableXml } from "./pivotParts";
import { writePlanSheetXml, type SheetParts } from "./planSheetXml";
import { writeDetailSheetXml } from "./detailSheetXml";
import { DeflatedPart, type DeflatedData, type TextSink } from "../workbook/zip";
import type { AnnotationStyles } from "./stylesPart";
import type { SharedStringTable } from "./sharedStringsPart";
import { tablePartXml } from "./tablePart";
import type { OwnershipLedger, SheetRole } from "./ownership";
import { appendSheet, ensurePivotCache, listSheets, renameSheet, setSheetScopedName } from "./workbookPart";
import { attributes, rootElement } from "./xmlScan";
import { END, OPEN, XmlScanner } from "../workbook/xml/scanner";
import { CONTENT_TYPES_PART, CT_BASE, REL_NS } from "../workbook/xlsx/ooxmlNames";

const CONTENT_TYPES = CONTENT_TYPES_PART;
const REL_BASE = `${REL_NS}/`;
const KINDS = {
  table: { rel: `${REL_BASE}table`, ct: `${CT_BASE}spreadsheetml.table+xml`, prefix: "xl/tables/table" },
  pivotTable: { rel: `${REL_BASE}pivotTable`, ct: `${CT_BASE}spreadsheetml.pivotTable+xml`, prefix: "xl/pivotTables/pivotTable" },
  pivotCacheDefinition: {
    rel: `${REL_BASE}pivotCacheDefinition`, ct: `${CT_BASE}spreadsheetml.pivotCacheDefinition+xml`, prefix: "xl/pivotCache/pivotCacheDefinition",
  },
  drawing: { rel: `${REL_BASE}drawing`, ct: `${CT_BASE}drawing+xml`, prefix: "xl/drawings/drawing" },
  chart: { rel: `${REL_BASE}chart`, ct: `${CT_BASE}drawingml.chart+xml`, prefix: "xl/charts/chart" },
} as const;
type Kind = keyof typeof KINDS;

/** The package operations the writer needs (the annotated copy's package has them). */
export interface PackageParts {
  names(): string[];
  has(name: string): boolean;
  entryName(name: string): string;
  text(name: string): string;
  set(name: string, xml: string): void;
  /** A part made a piece at a time and kept deflated (see Package). */
  setDeflated(name: string, data: DeflatedData): void;
  rels(part: string): Relationship[];
  addRel(source: string, type: string, target: string): string;
}

export interface ManagerSheets {
  readonly detail: readonly DetailRow[];
  readonly summary: SummaryLayout;
  readonly info?: PlanSheet;
  readonly form?: PlanSheet;
}

interface PlacedSheet {
  readonly name: string;
  readonly part: string;
  readonly index: number;
}

export function writeManagerSheets(
  pkg: PackageParts, wbPart: string, sheets: ManagerSheets, styles: AnnotationStyles, ledger: OwnershipLedger, strings: SharedStringTable,
): void {
  const detailSheet = lazyDetailSheet(sheets.detail);
  const summary = claimSheet(pkg, wbPart, SUMMARY_SHEET_NAME, "summary", ledger, sheets.summary.sheet);
  const detail = claimSheet(pkg, wbPart, DETAIL_SHEET_NAME, "detail", ledger, detailSheet);
  const info = sheets.info ? claimSheet(pkg, wbPart, INFO_SHEET_NAME, "info", ledger, sheets.info) : undefined;
  const form = sheets.form ? claimSheet(pkg, wbPart, FORM_SHEET_NAME, "form", ledger, sheets.form) : undefined;

  // 审核明细: the rows, and the table object over them (header and at least one row, as a table must have).
  const lastRow = Math.max(2, sheets.detail.length + 1);
  const detailRef = `A1:${cellAddress(lastRow, DETAIL_COLUMNS.length - 1)}`;
  const tablePart = partFor(pkg, detail.part, "table", 0);
  const table = tableIdentity(pkg, wbPart, tablePart);
  pkg.set(tablePart, tablePartXml(table.id, table.name, detailRef, DETAIL_COLUMNS.map((c) => c.header)));
  writeSheetRels(pkg, detail.part, [{ kind: "table", part: tablePart }]);
  writeSheet(pkg, detail.part, "detail", ledger, (out) => writeDetailSheetXml(out, sheets.detail, styles, { tables: ["rId1"] }, strings));
  // 审核明细 is wider than a readable page: each printed page repeats the header and the columns up to 单位名称.
  printTitles(pkg, wbPart, detail, 1, DETAIL_COLUMNS.findIndex((c) => c.key === "unit") + 1);

  // 汇总: the pivots over 审核明细 with their figures in the cells, and the charts below them.
  const layout = sheets.summary;
  const rels: { kind: Kind; part: string }[] = [];
  const parts: { drawing?: string } = {};
  if (layout.pivots.length) {
    const firstPivot = partFor(pkg, summary.part, "pivotTable", 0);
    const cachePart = partFor(pkg, firstPivot, "pivotCacheDefinition", 0);
    pkg.set(cachePart, pivotCacheDefinitionXml({ sheet: detail.name, ref: detailRef }, sheets.detail, layout.sharedItems));
    const cacheRel = workbookRelTo(pkg, wbPart, cachePart, KINDS.pivotCacheDefinition.rel);
    const { xml, cacheId } = ensurePivotCache(pkg.text(wbPart), cacheRel);
    pkg.set(wbPart, xml);
    layout.pivots.forEach((block, i) => {
      const part = i === 0 ? firstPivot : partFor(pkg, summary.part, "pivotTable", i);
      pkg.set(part, pivotTableXml(block, cacheId));
      writeSheetRels(pkg, part, [{ kind: "pivotCacheDefinition", part: cachePart }]);
      rels.push({ kind: "pivotTable", part });
    });
  }
  if (layout.charts.length) {
    const drawing = partFor(pkg, summary.part, "drawing", 0);
    const charts = layout.charts.map((spec, i) => {
      const part = partFor(pkg, drawing, "chart", i);
      pkg.set(part, chartXml(spec, summary.name));
      return { kind: "chart" as const, part };
    });
    pkg.set(drawing, drawingXml(layout.charts, charts.map((_, i) => `rId${i + 1}`)));
    writeSheetRels(pkg, drawing, charts);
    rels.push({ kind: "drawing", part: drawing });
    parts.drawing = `rId${rels.length}`;
  }
  writeSheetRels(pkg, summary.part, rels);
  writeSheet(pkg, summary.part, "summary", ledger, (out) => writePlanSheetXml(out, layout.sheet, styles, parts satisfies SheetParts, strings));

  if (info && sheets.info) {
    const sheet = sheets.info;
    writeSheet(pkg, info.part, "info", ledger, (out) => writePlanSheetXml(out, sheet, styles, {}, strings));
    printTitles(pkg, wbPart, info, sheets.info.headerRows ?? 1);
  }
  if (form && sheets.form) {
    const sheet = sheets.form;
    writeSheet(pkg, form.part, "form", ledger, (out) => writePlanSheetXml(out, sheet, styles, {}, strings));
    printTitles(pkg, wbPart, form, sheet.headerRows ?? 1);
  }
}

/**
 * 审核明细 as the plan that claimSheet compares with a sheet of ours whose record is lost, its rows made
 * only then: the sheet itself is written from the rows (writeDetailSheetXml).
 */
function lazyDetailSheet(rows: readonly DetailRow[]): PlanSheet {
  let built: PlanSheet | undefined;
  return {
    name: DETAIL_SHEET_NAME,
    headerRows: 1,
    get rows() {
      return (built ??= buildDetailSheet(rows)).rows;
    },
  };
}

/** One of our sheets written a piece at a time into its part, the digest of its cells recorded as written. */
export function writeSheet(pkg: PackageParts, part: string, role: SheetRole, ledger: OwnershipLedger, write: (out: TextSink) => string): void {
  const made = new DeflatedPart();
  const sha256 = write(made);
  pkg.setDeflated(part, made.end());
  ledger.setDigest(role, sha256);
}

/**
 * One of the product's sheets: the earlier check's where it stands (only if the ownership record names it
 * and its cells are as that check wrote them), else a new sheet at the end under the plan's name or, if the
 * workbook has a sheet of that name, the first free "name（2）". Its part exists once this returns, so part
 * names handed out later differ.
 */
export function claimSheet(
  pkg: PackageParts, wbPart: string, wanted: string, role: SheetRole, ledger: OwnershipLedger, expected?: PlanSheet,
): PlacedSheet {
  let wb = pkg.text(wbPart);
  const sheets = listSheets(wb);
  const owned = ledger.ownedSheet(role, sheets, expected);
  const previous = owned && sheets.find((s) => s.name === owned.name);
  const previousRel = previous && pkg.rels(wbPart).find((r) => r.id === previous.relId && relKind(r.type) === "worksheet");
  const taken = (name: string) => sheets.some((s) => s !== previous && s.name.toLowerCase() === name.toLowerCase());
  let name = wanted;
  for (let n = 2; taken(name); n++) name = `${wanted}（${n}）`;

  let part: string;
  let index: number;
  if (previous && previousRel) {
    part = pkg.entryName(resolveTarget(wbPart, previousRel.target));
    if (previous.name !== name) wb = renameSheet(wb, previous, name);
    index = sheets.indexOf(previous);
  } else {
    part = freePartName(pkg.names(), "xl/worksheets/sheet", ".xml");
    pkg.set(part, "");
    const relId = pkg.addRel(wbPart, REL_WORKSHEET, part);
    pkg.set(CONTENT_TYPES, ensureOverride(pkg.text(CONTENT_TYPES), part, CT_WORKSHEET));
    wb = appendSheet(wb, name, maxOf(sheets.map((s) => s.sheetId), 0) + 1, relId);
    index = sheets.length;
  }
  pkg.set(wbPart, wb);
  ledger.claim(role, name, part);
  return { name, part, index };
}

/**
 * The part of this kind that `source` pointed at in an earlier run (the n-th of its kind), so a re-run
 * rewrites it; else a new part under a free name, created empty so the next free name differs.
 */
function partFor(pkg: PackageParts, source: string, kind: Kind, n: number): string {
  const relsPath = relsPathOf(source);
  if (pkg.has(relsPath) && pkg.text(relsPath) !== "") {
    const earlier = pkg.rels(source).filter((r) => !r.external && relKind(r.type) === kind)[n];
    if (earlier) {
      const part = resolveTarget(source, earlier.target);
      if (pkg.has(part)) return pkg.entryName(part);
    }
  }
  const part = freePartName(pkg.names(), KINDS[kind].prefix, ".xml");
  pkg.set(part, "");
  pkg.set(CONTENT_TYPES, ensureOverride(pkg.text(CONTENT_TYPES), part, KINDS[kind].ct));
  return part;
}

/** The relationships of one of our parts, written whole: rId1, rId2, … in the order given. */
function writeSheetRels(pkg: PackageParts, source: string, targets: readonly { kind: Kind; part: string }[]): void {
  const path = relsPathOf(source);
  if (targets.length === 0 && !pkg.has(path)) return;
  let xml = emptyRels();
  targets.forEach((t, i) => {
    xml = addRelationship(xml, path, { id: `rId${i + 1}`, type: KINDS[t.kind].rel, target: relativeTarget(source, t.part) });
  });
  pkg.set(path, xml);
}

/** The workbook's relationship to `part`, added if there is none. */
function workbookRelTo(pkg: PackageParts, wbPart: string, part: string, type: string): string {
  const existing = pkg.rels(wbPart).find((r) => !r.external && pkg.has(resolveTarget(wbPart, r.target)) && pkg.entryName(resolveTarget(wbPart, r.target)) === part);
  return existing ? existing.id : pkg.addRel(wbPart, type, part);
}

/**
 * Our table's id (the one it had, else one more than any table of the workbook has) and its name: the
 * product's name, or with 2, 3 … after it when another table or a defined name of the workbook already has
 * it. Excel holds table names and defined names in one namespace, compared without case, and repairs a
 * workbook where two collide.
 */
function tableIdentity(pkg: PackageParts, wbPart: string, ours: string): { id: number; name: string } {
  let max = 0;
  let id: number | undefined;
  const taken = definedNames(pkg.text(wbPart), wbPart);
  for (const name of pkg.names()) {
    if (!/\.xml$/i.test(name) || !/(^|\/)tables\//i.test(name)) continue;
    const xml = pkg.text(name);
    if (xml === "") continue;
    const attrs = attributes(xml, rootElement(xml, name));
    const n = Number(attrs.get("id"));
    if (name === ours) {
      if (Number.isInteger(n) && n > 0) id = n;
      continue;
    }
    if (Number.isFinite(n)) max = Math.max(max, n);
    for (const key of ["name", "displayName"]) {
      const v = attrs.get(key);
      if (v !== undefined) taken.add(v.toLowerCase());
    }
  }
  let name = DETAIL_TABLE_NAME;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${DETAIL_TABLE_NAME}${n}`;
  return { id: id ?? max + 1, name };
}

/** The workbook's defined names, lower-cased. */
function definedNames(xml: string, part: string): Set<string> {
  const out = new Set<string>();
  const s = new XmlScanner(xml, part);
  for (let ev = s.next(); ev !== END; ev = s.next()) {
    if (ev !== OPEN || !s.is("definedName")) continue;
    const name = s.attr("name");
    if (name !== undefined) out.add(name.toLowerCase());
  }
  return out;
}

/** The sheet's first `rows` rows, and its first `columns` columns when given, repeated on every printed page. */
function printTitles(pkg: PackageParts, wbPart: string, sheet: PlacedSheet, rows: number, columns = 0): void {
  pkg.set(wbPart, setSheetScopedName(pkg.text(wbPart), "_xlnm.Print_Titles", sheet.index, printTitlesRef(sheet.name, 1, rows, columns), { keep: true }));
}
