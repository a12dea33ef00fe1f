/**
 * Finding the table for the pane (APPLICATION-TABLE.md "Finding the table"): an Excel table on the active
 * sheet wins, otherwise the header search. A column the reviewer maps by hand is relabelled with its
 * field's template header before the search, so the table reader sees one mapping whoever made it.
 */
import { COLUMNS, templateHeader, type FieldKey } from "../../engine";
import { gridSource, locateTable, type Located, type WorkbookSource } from "../../check";
import { cellAddress } from "../../output";
import { mapHeader, type RawCell, type SheetGrid, type TableLayout } from "../../workbook";
import type { PaneProblem } from "./problems";
import type { WorkbookData } from "./ports";

/** A column of the header row as the pane shows it. */
export interface ColumnView {
  readonly index: number;
  readonly header: string;
  /** The field it is read as; null: not read (the applicant's own column). */
  readonly field: FieldKey | null;
  /** The header was recognised without help. */
  readonly recognised: boolean;
}

/** Column index → the field the reviewer chose (null: not read). */
export type Mapping = ReadonlyMap<number, FieldKey | null>;

export type Detection =
  | {
      readonly ok: true;
      readonly layout: TableLayout;
      readonly columns: readonly ColumnView[];
      /** The workbook and how its table's sheet is seen (the mapping applied), for reading the rows. */
      readonly source: WorkbookSource;
      readonly view: (grid: SheetGrid) => SheetGrid;
    }
  | {
      readonly ok: false;
      readonly problem: PaneProblem;
      /** Present where a header row was found but a required column is missing: the pane offers drop-downs. */
      readonly columns?: readonly ColumnView[];
    };

/** Text no header matches: a column the reviewer set to "not read" keeps its place in the table. */
const NOT_READ = "\u2063lygip:not-read";

/** The workbook as every host's check sees it (src/check): hidden sheets passed over, the active sheet's table first. */
export function sourceOf(data: WorkbookData): WorkbookSource {
  return gridSource(data.sheets, {
    activeSheet: data.activeSheet,
    hidden: data.hiddenSheets,
    tables: data.tables.map((t) => ({
      name: t.name, sheet: t.sheet, ref: `${cellAddress(t.range.top, t.range.left)}:${cellAddress(t.range.bottom, t.range.right)}`, totalsRows: t.showTotals === true ? 1 : 0,
    })),
  });
}

export function detectTable(data: WorkbookData, mapping: Mapping = new Map()): Detection {
  const source = sourceOf(data);
  const first = locateTable(source);
  const place = placeOf(first);
  if (!place) return { ok: false, problem: { code: "NO_TABLE" } };

  const original = source.readSheet(place.sheet);
  const view = (g: SheetGrid) => (mapping.size > 0 && g.name === place.sheet ? relabel(g, place.headerRow, mapping) : g);
  const found = mapping.size > 0 ? locateTable(source, view) : first;
  const columns = columnViews(original, place.headerRow, mapping);
  if (!found.ok) {
    if (found.issue.code === "MISSING_COLUMN") {
      return {
        ok: false,
        problem: { code: "MISSING_COLUMN", columns: found.issue.columns, sheet: place.sheet, headerRow: place.headerRow },
        columns,
      };
    }
    // Two columns for one field: the table is there but cannot be read; the pane says why, as the command line does.
    if (found.issue.code === "DUPLICATE_COLUMN") return { ok: false, problem: { code: "TABLE", issue: found.issue } };
    return { ok: false, problem: { code: "NO_TABLE" } };
  }
  return { ok: true, layout: found.layout, source, view, columns: columns.filter((c) => c.index <= found.layout.lastCol) };
}

function placeOf(r: Located): { sheet: string; headerRow: number } | null {
  if (r.ok) return { sheet: r.layout.sheet, headerRow: r.layout.headerRow };
  if (r.sheet !== undefined && r.headerRow !== undefined) return { sheet: r.sheet, headerRow: r.headerRow };
  return null;
}

function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.t === "bad" || cell.t === "e") return "";
  return String(cell.v).trim();
}

function columnViews(grid: SheetGrid, headerRow: number, mapping: Mapping): ColumnView[] {
  const header = grid.rows.get(headerRow) ?? [];
  const views: ColumnView[] = [];
  const taken = new Set<FieldKey>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === "") return;
    const m = mapHeader(text);
    if (m === "result") return;
    const auto = m && !taken.has(m.key) ? m.key : null;
    if (auto) taken.add(auto);
    const field = mapping.has(index) ? mapping.get(index)! : auto;
    views.push({ index, header: text, field, recognised: auto !== null });
  });
  return views;
}

function relabel(grid: SheetGrid, headerRow: number, mapping: Mapping): SheetGrid {
  const header = [...(grid.rows.get(headerRow) ?? [])];
  for (const [index, field] of mapping) {
    header[index] = { t: "s", v: field === null ? NOT_READ : templateHeader(field) };
  }
  // A field chosen for one column is no longer read from the column that had it by its header.
  const chosen = new Set([...mapping.values()].filter((f): f is FieldKey => f !== null));
  header.forEach((cell, index) => {
    if (mapping.has(index)) return;
    const m = mapHeader(cellText(cell));
    if (m && m !== "result" && chosen.has(m.key)) header[index] = { t: "s", v: NOT_READ };
  });
  const rows = new Map(grid.rows);
  rows.set(headerRow, header);
  return { ...grid, rows };
}

/** Every field, for the drop-downs: Chinese header and English name. */
export const FIELD_CHOICES = COLUMNS.map((c) => ({ key: c.key, zh: c.headers[0], en: c.en }));
