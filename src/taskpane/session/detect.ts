/**
 * Finding the table for the pane (APPLICATION-TABLE.md "Finding the table"): an Excel table on the active
 * sheet wins, otherwise the header search. A column the reviewer maps by hand is relabelled with its
 * field's template header before the search, so the table reader sees one mapping whoever made it.
 */
import { COLUMNS, templateHeader, type FieldKey } from "../../engine";
import {
  findTable, type FindTableResult, mapHeader, type RawCell, type SheetGrid, type TableLayout,
} from "../../workbook";
import { rangeAddress } from "../excel/address";
import type { WorkbookData } from "../excel/read";
import type { PaneProblem } from "./problems";

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
      readonly grid: SheetGrid;
      readonly columns: readonly ColumnView[];
    }
  | {
      readonly ok: false;
      readonly problem: PaneProblem;
      /** Present where a header row was found but a required column is missing: the pane offers drop-downs. */
      readonly columns?: readonly ColumnView[];
    };

/** Text no header matches: a column the reviewer set to "not read" keeps its place in the table. */
const NOT_READ = "\u2063lygip:not-read";

export function detectTable(data: WorkbookData, mapping: Mapping = new Map()): Detection {
  const active = data.tables.find((t) => t.sheet === data.activeSheet);
  const preferred = active ? { sheet: active.sheet, ref: rangeAddress(active.range), name: active.name } : undefined;
  const first = findTable(data.sheets, preferred);
  const place = placeOf(first);
  if (!place) return { ok: false, problem: { code: "NO_TABLE" } };

  const original = data.sheets.find((g) => g.name === place.sheet)!;
  const grid = mapping.size > 0 ? relabel(original, place.headerRow, mapping) : original;
  const found = mapping.size > 0 ? findTable(data.sheets.map((g) => (g === original ? grid : g)), preferred) : first;
  const columns = columnViews(original, place.headerRow, mapping);
  if (!found.ok) {
    if (found.issue.code === "MISSING_COLUMN") {
      return {
        ok: false,
        problem: { code: "MISSING_COLUMN", columns: found.issue.columns, sheet: place.sheet, headerRow: place.headerRow },
        columns,
      };
    }
    return { ok: false, problem: { code: "NO_TABLE" } };
  }
  // The grid read is the original one: relabelled headers only steer the search, never the data.
  return { ok: true, layout: found.layout, grid: original, columns: columns.filter((c) => c.index <= found.layout.lastCol) };
}

function placeOf(r: FindTableResult): { sheet: string; headerRow: number } | null {
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
