/** A stable, comparable picture of a fake workbook: what a test asserts "identical" against. */
import type { FakeWorkbook } from "./model";

export function dump(wb: FakeWorkbook): unknown {
  return {
    active: wb.active,
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      formats: s.formats.map((f) => ({ type: f.type, areas: f.areas, formula: f.formula, fill: f.fill, font: f.font })),
      hyperlinks: [...s.hyperlinks.entries()].sort(([a], [b]) => a.localeCompare(b)),
      bold: [...s.bold].sort(),
      widths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
      validations: s.validations,
      frozenRows: s.frozenRows,
      wrap: [...s.wrap].sort(),
      fills: Object.fromEntries([...s.fills].sort(([a], [b]) => a.localeCompare(b))),
      page: s.page,
    })),
    notes: [...wb.notes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col),
    tables: wb.tables,
    pivots: wb.pivots,
    charts: wb.charts.map(({ id: _id, ...c }) => c),
    slicers: wb.slicers.map(({ id: _id, ...c }) => c),
    customXml: wb.customXml.map(({ id: _id, ...p }) => p),
  };
}

/** The cells of one rectangle, for "nothing the applicant typed changed". */
export function cellsIn(wb: FakeWorkbook, sheet: string, rows: [number, number], cols: [number, number]): unknown {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const out: unknown[] = [];
  for (let r = rows[0]; r <= rows[1]; r++) for (let c = cols[0]; c <= cols[1]; c++) out.push([r, c, s.cells.get(`${r}:${c}`)]);
  return out;
}
