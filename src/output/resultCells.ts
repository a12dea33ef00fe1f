/**
 * Whose the cells are where the result columns go: the one rule every host applies before it writes them
 * (REPORT.md "In the workbook", "Ownership"). The xlsx writer asks it of the cells it splices, the task pane
 * of the cells Office.js loaded; each gives the cells as values and the evidence it has, and gets the same
 * verdict.
 *
 * The places the results take are the header row and the rows the check writes, across its columns. A cell
 * there that holds something is the check's own only when
 * - the ownership record names a block over the same columns (or the five a version before the verdicts
 *   wrote from the same column) and the digest of that block's cells now matches what was written; or
 * - there is no record at all, the workbook has 审核信息 laid out as a check writes it (the record was lost
 *   when another program saved the copy), the header row holds exactly one set of result headers, and every
 *   cell under them holds only what a check writes there.
 * Anything else — a header typed by hand, a reviewer's words in a cell the check wrote, a column of the
 * applicant's that happens to carry our header — is the user's: nothing is written and the cells are named.
 * Rows outside those (a note typed below the table) are not the check's places and are never looked at.
 */
import { RESULT_HEADER_SETS, LEGACY_RESULT_HEADERS } from "../engine/columns";
import { verdictOpenings } from "../engine/catalog/rowText";
import { VERDICT_WORDS } from "../engine/catalog/verdict";
import { ITEMS } from "../policy";
import { CellDigest, canonicalValue, type CellValueKey } from "./cellDigest";
import { cellAddress } from "./cellRef";
import { neutralise } from "./neutralise";
import type { AnnotationPlan, PlanValue } from "./types";

/** Where the results go: the plan's header row, first column, headers, and the rows it writes. */
export type ResultArea = Pick<AnnotationPlan, "sheet" | "headerRow" | "resultCol" | "resultHeaders" | "resultRows">;

/** The cells of the result columns as a host has them. */
export interface ResultCellLookup {
  /** The cell holds something: a value, an inline string, a formula. */
  has(row: number, col: number): boolean;
  /** Its value as a digest sees it (undefined when it holds nothing). */
  value(row: number, col: number): CellValueKey | undefined;
}

/** A block of result cells: columns firstCol..lastCol (0-based) on the rows listed (ascending). */
export interface ResultBlock {
  readonly firstCol: number;
  readonly lastCol: number;
  readonly rows: readonly number[];
}

/** What a host knows of an earlier check. */
export interface ResultsEvidence {
  /** The block the workbook's ownership record names on this sheet, with the digest of what was written. */
  readonly recorded?: ResultBlock & { readonly sha256: string };
  /** No record at all, and a sheet 审核信息 laid out as a check writes it. */
  readonly recordLost?: boolean;
}

export type ResultCellsVerdict =
  /** `owned`: the earlier check's cells, to be rewritten or cleared. */
  | { readonly ok: true; readonly owned?: ResultBlock }
  /** A cell holds the user's content; `record` says when the header row looks like an earlier check's. */
  | { readonly ok: false; readonly code: "cell-occupied"; readonly cells: readonly string[]; readonly record?: "missing" | "changed" }
  /** Without a record: an earlier check's block in which a reviewer wrote. */
  | { readonly ok: false; readonly code: "cell-reviewed"; readonly cells: readonly string[] };

export function resultCellsVerdict(area: ResultArea, cells: ResultCellLookup, evidence: ResultsEvidence): ResultCellsVerdict {
  const width = area.resultHeaders.length;
  const first = area.resultCol;
  const earlier = evidence.recorded;
  const sameColumns = !!earlier && earlier.firstCol === first &&
    (earlier.lastCol === first + width - 1 || earlier.lastCol === first + LEGACY_RESULT_HEADERS.length - 1);
  let vouched: ResultBlock | undefined = sameColumns && blockDigest(cells, earlier!) === earlier!.sha256 ? earlier : undefined;
  if (!vouched && !earlier && evidence.recordLost) {
    const found = unrecordedBlock(area, cells);
    if (found && "reviewed" in found) return { ok: false, code: "cell-reviewed", cells: found.reviewed };
    vouched = found;
  }
  const ownedRows = vouched && new Set(vouched.rows);
  const owned = (row: number, col: number) => !!ownedRows && ownedRows.has(row) && col >= vouched!.firstCol && col <= vouched!.lastCol;

  const taken: string[] = [];
  const check = (row: number, col: number) => {
    if (cells.has(row, col) && !owned(row, col)) taken.push(cellAddress(row, col));
  };
  for (let i = 0; i < width; i++) check(area.headerRow, first + i);
  for (const r of area.resultRows) for (let i = 0; i < width; i++) check(r.row, first + i);
  if (taken.length === 0) return vouched ? { ok: true, owned: vouched } : { ok: true };
  const looksOurs = area.resultHeaders.every((h, i) => {
    const c = cells.value(area.headerRow, first + i);
    return c !== undefined && c.value === h;
  });
  if (!looksOurs) return { ok: false, code: "cell-occupied", cells: taken };
  if (!earlier) return { ok: false, code: "cell-occupied", cells: taken, record: "missing" };
  // The record's block no longer matches: name the cells a person changed, not every cell of the block.
  const changed = sameColumns ? changedCells(area, cells, earlier) : [];
  return { ok: false, code: "cell-occupied", cells: changed.length ? changed : taken, record: "changed" };
}

/**
 * The cells of a recorded block that no longer hold what this check writes there (the header, or the row's
 * value; nothing where it writes nothing). The same table checked again writes what the earlier check wrote,
 * so these are the cells a person changed since; none where the change happens to equal the new value.
 */
function changedCells(area: ResultArea, cells: ResultCellLookup, block: ResultBlock): string[] {
  const width = block.lastCol - block.firstCol + 1;
  const written = new Map<number, readonly PlanValue[]>();
  written.set(area.headerRow, area.resultHeaders);
  for (const r of area.resultRows) if (r.row !== area.headerRow) written.set(r.row, r.values);
  const changed: string[] = [];
  for (const row of block.rows) {
    const values = written.get(row);
    for (let i = 0; i < width; i++) {
      const col = block.firstCol + i;
      const now = cells.value(row, col);
      const v = values?.[i];
      const expected = v === null || v === undefined || v === "" ? undefined : writtenKey(row, col, v);
      const same = now === undefined || expected === undefined
        ? now === expected
        : now.kind === expected.kind && now.formula === undefined &&
          canonicalValue(now.kind, now.value) === canonicalValue(expected.kind, expected.value);
      if (!same) changed.push(cellAddress(row, col));
    }
  }
  return changed;
}

/** The digest of a block's cells as they are now, in row then column order. */
export function blockDigest(cells: ResultCellLookup, block: ResultBlock): string {
  const digest = new CellDigest();
  for (const row of block.rows) {
    for (let col = block.firstCol; col <= block.lastCol; col++) {
      const key = cells.value(row, col);
      if (key) digest.add(key);
    }
  }
  return digest.hex();
}

/** The key of a value a check writes, as a digest reads it back from the cell. */
export function writtenKey(row: number, col: number, value: number | string): CellValueKey {
  return typeof value === "number" ? { row, col, kind: "n", value: String(value) } : { row, col, kind: "s", value };
}

/**
 * The record of the result cells a check writes by `area`: the header row and every row with a value, each
 * value keyed as it reads back. The xlsx writer and the task pane record the same block for the same plan.
 */
export function writtenBlock(area: ResultArea): ResultBlock & { readonly sha256: string } {
  const first = area.resultCol;
  const digest = new CellDigest();
  area.resultHeaders.forEach((h, i) => digest.add(writtenKey(area.headerRow, first + i, h)));
  const { rows, values } = rowsWritten(area);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const cells = values[k]!;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]!;
      if (v === null || v === "") continue;
      // The digest's own lines for a number and a text: the lines `add` makes of their keys, no key made.
      if (typeof v === "string") digest.text(first + i, row, v);
      else if (Number.isFinite(v)) digest.number(first + i, row, v);
      else digest.add(writtenKey(row, first + i, v));
    }
  }
  return { firstCol: first, lastCol: first + area.resultHeaders.length - 1, rows: [area.headerRow, ...rows], sha256: digest.hex() };
}

/**
 * The rows with a value to write, ascending, each with its values (a row listed twice: its last values). The
 * plan lists its rows ascending, and is then taken as it is; any other order is sorted.
 */
function rowsWritten(area: ResultArea): { rows: number[]; values: (readonly PlanValue[])[] } {
  const hasValue = (r: ResultArea["resultRows"][number]) => r.row !== area.headerRow && r.values.some((v) => v !== null && v !== "");
  const rows: number[] = [];
  const values: (readonly PlanValue[])[] = [];
  for (const r of area.resultRows) {
    if (!hasValue(r)) continue;
    if (rows.length > 0 && r.row <= rows[rows.length - 1]!) return rowsSorted(area, hasValue);
    rows.push(r.row);
    values.push(r.values);
  }
  return { rows, values };
}

function rowsSorted(
  area: ResultArea, hasValue: (r: ResultArea["resultRows"][number]) => boolean,
): { rows: number[]; values: (readonly PlanValue[])[] } {
  const written = new Map<number, readonly PlanValue[]>();
  for (const r of area.resultRows) if (hasValue(r)) written.set(r.row, r.values);
  const rows = [...written.keys()].sort((a, b) => a - b);
  return { rows, values: rows.map((row) => written.get(row)!) };
}

/**
 * The block of a copy whose record was lost: under a header row holding exactly one set of result headers,
 * the header row and the rows the check writes, if every cell of theirs in those columns holds only what a
 * check writes there; else the cells that hold a reviewer's words.
 */
function unrecordedBlock(area: ResultArea, cells: ResultCellLookup): ResultBlock | { reviewed: string[] } | undefined {
  const first = area.resultCol;
  const valueAt = (row: number, col: number) => (cells.has(row, col) ? cells.value(row, col) : undefined);
  const width = RESULT_HEADER_SETS.reduce((m, h) => Math.max(m, h.length), 0);
  const headers = resultHeaderSet(Array.from({ length: width }, (_, i) => valueAt(area.headerRow, first + i)).map((c) => c && c.formula === undefined ? c.value : undefined));
  if (!headers) return undefined;
  const same = headers === area.resultHeaders || headers.every((h, j) => h === area.resultHeaders[j]);
  const reviewed: string[] = [];
  for (const r of area.resultRows) {
    headers.forEach((header, i) => {
      const c = valueAt(r.row, first + i);
      if (c && !isCheckValue(header, c, same ? r.values[i] ?? undefined : undefined)) reviewed.push(cellAddress(r.row, first + i));
    });
  }
  if (reviewed.length) return { reviewed };
  return { firstCol: first, lastCol: first + headers.length - 1, rows: [area.headerRow, ...area.resultRows.map((r) => r.row)] };
}

/** The set of result headers the cells of a header row hold exactly (the current or the earlier set). */
export function resultHeaderSet(header: readonly (string | undefined)[]): readonly string[] | undefined {
  return RESULT_HEADER_SETS.find((set) => set.every((h, i) => header[i] === h) && header.slice(set.length).every((h) => h === undefined));
}

const VERDICTS: ReadonlySet<string> = new Set(Object.values(VERDICT_WORDS).flatMap((w) => Object.values(w)));
const OPENINGS = [...verdictOpenings("zh"), ...verdictOpenings("en")];
const CLAUSES: ReadonlySet<string> = new Set(ITEMS.map((i) => neutralise(i.clause)));

const isText = (c: CellValueKey) => c.formula === undefined && (c.kind === "s" || c.kind === "str");

/**
 * Whether a cell under a result header holds only what a check writes there: `ours` is what this check
 * writes into it. Never a formula. A verdict word under 审核结论; a number under an amount; a clause of the
 * policy under 条款; under 审核说明 a text that begins as a check's text begins (a verdict and its amounts)
 * and is not this check's text with words added to it (a reviewer's 复核意见 after ours).
 */
export function isCheckValue(header: string, cell: CellValueKey, ours: PlanValue | undefined): boolean {
  if (cell.formula !== undefined) return false;
  if (ours !== undefined && ours !== null && (typeof ours === "number" ? cell.kind === "n" && Number(cell.value) === ours : isText(cell) && cell.value === ours)) {
    return true;
  }
  if (header.endsWith("（元）")) return cell.kind === "n";
  if (!isText(cell)) return false;
  if (header === "审核说明") {
    const extends_ = typeof ours === "string" && ours !== "" && cell.value.startsWith(ours);
    return !extends_ && OPENINGS.some((o) => cell.value.startsWith(o));
  }
  if (header === "条款") return CLAUSES.has(cell.value);
  return VERDICTS.has(cell.value);
}
