/**
 * The state of a fake Excel workbook: plain data a test sets up and then inspects after the adapter ran.
 * Nothing here imports the product, so the fake can be bundled on its own for the browser test.
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** The value is an error such as "#N/A". */
  error?: boolean;
  /** Written with a leading apostrophe: text whatever it looks like. */
  textPrefix?: boolean;
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  areas: Rect[];
  formula?: string;
  fill?: string;
  font?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  formats: FakeConditionalFormat[];
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  bold: Set<string>;
  columnWidths: Map<number, number>;
  validations: { rect: Rect; source: string }[];
  merges: Rect[];
  visibility: string;
  /** Worksheet protection (worksheet.protection.protected); absent: not protected. */
  protected?: boolean;
  /** Rows frozen at the top (freezePanes.freezeRows). */
  frozenRows: number;
  /** Cells that wrap their text ("row:col"). */
  wrap: Set<string>;
  /** Cells with a fill of their own ("row:col" → "#RRGGBB"), as range.format.fill sets it. */
  fills: Map<string, string>;
  /** How the sheet prints (PageLayout); empty: Excel's defaults. */
  page: { orientation?: string; paperSize?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }; titleRows?: string };
}

export interface FakeNote {
  sheet: string;
  row: number;
  col: number;
  content: string;
}

export interface FakeTable {
  name: string;
  sheet: string;
  rect: Rect;
  style?: string;
  /** The table shows its totals row (汇总行), the last row of `rect`. */
  showTotals?: boolean;
}

/** A data hierarchy: the source field, how it is summarised, its own name and number format. */
export interface FakeDataHierarchy {
  field: string;
  name: string;
  summarizeBy: string;
  numberFormat: string;
}

export interface FakePivot {
  name: string;
  sheet: string;
  /** The top-left cell of the PivotTable. */
  anchor: { row: number; col: number };
  /** The source table's name. */
  source: string;
  rows: string[];
  columns: string[];
  /** Hierarchies on the filter axis (page fields); absent until one is added. */
  filters?: string[];
  data: FakeDataHierarchy[];
}

export interface FakeChart {
  id: number;
  sheet: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  position?: { from: string; to: string };
}

export interface FakeSlicer {
  id: number;
  sheet: string;
  /** The PivotTable (or table) it filters, and the field it filters by. */
  source: string;
  field: string;
  caption?: string;
  left?: number;
  top?: number;
  width?: number;
  height?: number;
}

export interface FakeWorkbook {
  /** The file's name (Workbook.name, ExcelApi 1.7). */
  name: string;
  sheets: FakeSheet[];
  tables: FakeTable[];
  pivots: FakePivot[];
  charts: FakeChart[];
  slicers: FakeSlicer[];
  notes: FakeNote[];
  active: string;
  selection: { sheet: string; address: string } | null;
  nextId: number;
  /** Custom XML data parts (ExcelApi 1.5), in the order added: the file's customXml/itemN.xml. */
  customXml: FakeCustomXml[];
}

export interface FakeCustomXml {
  readonly id: string;
  readonly namespaceUri: string;
  readonly xml: string;
}

/** The namespace of a custom XML part: its root element's default namespace, as Excel reads it. */
export function namespaceOf(xml: string): string {
  return /<(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\s[^>]*?xmlns="([^"]*)"/.exec(xml.replace(/<\?[^>]*\?>/g, ""))?.[1] ?? "";
}

export const key = (row: number, col: number) => `${row}:${col}`;

export function newSheet(name: string): FakeSheet {
  return {
    name, cells: new Map(), formats: [], hyperlinks: new Map(), bold: new Set(), columnWidths: new Map(),
    validations: [], merges: [], visibility: "Visible", frozenRows: 0, wrap: new Set(), fills: new Map(), page: {},
  };
}

/** A workbook from rows of values: `{ 申报表: [["单位名称", …], [...]] }`; row 1 is the first array. */
export function workbookOf(sheets: Record<string, (string | number | boolean | null)[][]>): FakeWorkbook {
  const wb: FakeWorkbook = {
    name: "申报.xlsx", sheets: [], tables: [], pivots: [], charts: [], slicers: [], notes: [], active: Object.keys(sheets)[0],
    selection: null, nextId: 1, customXml: [],
  };
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = newSheet(name);
    rows.forEach((line, i) => line.forEach((v, j) => {
      if (v !== null && v !== "") sheet.cells.set(key(i + 1, j), { value: v });
    }));
    wb.sheets.push(sheet);
  }
  return wb;
}

export function sheetOf(wb: FakeWorkbook, name: string): FakeSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

export function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${letters(col)}${row}`;
}

export function rectAddress(r: Rect): string {
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A local address ("C5", "A1:E9", "C5:C9,E2") of one sheet; a sheet prefix is refused. */
export function parseAreas(address: string): Rect[] {
  return address.split(",").map((part) => {
    if (part.includes("!")) throw new Error(`InvalidArgument: sheet-qualified address ${part}`);
    const [p, q = p] = part.trim().split(":");
    const a = parseCell(p);
    const b = parseCell(q);
    return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  });
}

function parseCell(text: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]+)$/.exec(text);
  if (!m) throw new Error(`InvalidArgument: bad cell address ${text}`);
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: n - 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
