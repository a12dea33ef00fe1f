/**
 * The task pane's side of the one rule for the cells where the result columns go (output/resultCells.ts):
 * the cells as Office.js loaded them, read as the values a digest sees, and the evidence of an earlier
 * check — the ownership record (a custom XML part Office.js reads and writes as the file does), or, when
 * another program dropped it, a sheet 审核信息 laid out as a check writes it. The xlsx writer applies the same
 * rule to the cells it splices (src/writer/resultColumns.ts), so a workbook gets the same verdict in either.
 */
import { INFO_SHEET_NAME, parseCellAddress, type AnnotationPlan } from "../output";
import { CellDigest, type CellValueKey } from "../output/cellDigest";
import {
  resultCellsVerdict, writtenBlock, type ResultArea, type ResultCellLookup, type ResultCellsVerdict, type ResultsEvidence,
} from "../output/resultCells";
import type { RawCell, SheetGrid } from "../workbook";
import { isCheckInfoCells } from "../output/checkInfoSheet";
import { parseRecord, type OwnedResults, type OwnershipRecord } from "../output/ownershipRecord";

export { OWNERSHIP_NS, ROLES, recordXml, type OwnedResults, type OwnedSheet, type OwnershipRecord, type SheetRole } from "../output/ownershipRecord";
export { rowsDigest } from "../output/rowsDigest";
export type { ResultBlock, ResultCellsVerdict, ResultsEvidence } from "../output/resultCells";
export { blockDigest, isCheckValue } from "../output/resultCells";
export { isCheckInfoCells } from "../output/checkInfoSheet";

/** A loaded cell as a digest reads it: a formula marked as such (Office gives its text, a file its own). */
export function cellValueKey(row: number, col: number, cell: RawCell): CellValueKey {
  const formula = cell.t !== "bad" && cell.formula ? { formula: "=" } : {};
  switch (cell.t) {
    case "n":
      return { row, col, kind: "n", value: cell.v, ...formula };
    case "s":
      return { row, col, kind: formula.formula ? "str" : "s", value: cell.v, ...formula };
    case "b":
      return { row, col, kind: "b", value: cell.v ? "1" : "0", ...formula };
    case "e":
      return { row, col, kind: "e", value: cell.v, ...formula };
    case "d":
      return { row, col, kind: "d", value: cell.v, ...formula };
    case "bad":
      return { row, col, kind: "bad", value: "" };
  }
}

/** A sheet's cells for the rule. */
export function gridResultCells(grid: SheetGrid): ResultCellLookup {
  const at = (row: number, col: number) => grid.rows.get(row)?.[col];
  return {
    has: (row, col) => at(row, col) !== undefined,
    value: (row, col) => {
      const cell = at(row, col);
      return cell === undefined ? undefined : cellValueKey(row, col, cell);
    },
  };
}

/** The record among the texts of the custom XML parts in its namespace: the first, as in the file. */
export function ownershipRecordOf(recordParts: readonly string[]): OwnershipRecord | undefined {
  return recordParts.map((xml) => parseRecord(xml, "customXml")).find((r) => r !== undefined);
}

/**
 * The digest of every cell of a sheet as Office.js loaded it, in row then column order: the one the file's
 * reader takes of the same sheet's part (writer/ownership.ts sheetDigest), so either host recognises a sheet
 * the other recorded.
 */
export function gridDigest(grid: SheetGrid): string {
  const digest = new CellDigest();
  for (const row of [...grid.rows.keys()].sort((a, b) => a - b)) {
    const line = grid.rows.get(row)!;
    for (let col = 0; col < line.length; col++) {
      const cell = line[col];
      if (cell === undefined) continue;
      // Text and finite numbers, most of a sheet of 审核明细's 100,000 rows, take the writer's lines (the same
      // bytes as `add` gives them) without a key made for each.
      if (cell.t === "s" && !cell.formula) digest.text(col, row, cell.v);
      else if (cell.t === "n" && !cell.formula && cell.v.trim() !== "" && Number.isFinite(Number(cell.v))) digest.number(col, row, Number(cell.v));
      else digest.add(cellValueKey(row, col, cell));
    }
  }
  return digest.hex();
}

/**
 * What the workbook says of an earlier check on `tableSheet`: the texts of its custom XML parts in the
 * record's namespace (the first record counts, as in the file), and its sheets.
 */
export function resultsEvidence(recordParts: readonly string[], sheets: readonly SheetGrid[], tableSheet: string): ResultsEvidence {
  const record = ownershipRecordOf(recordParts);
  if (record) return record.results && record.results.sheet === tableSheet ? { recorded: record.results } : {};
  const info = sheets.find((g) => g.name === INFO_SHEET_NAME);
  if (!info || info.name === tableSheet) return {};
  const cells: CellValueKey[] = [];
  for (const [row, line] of info.rows) line.forEach((cell, col) => cell !== undefined && cells.push(cellValueKey(row, col, cell)));
  return { recordLost: isCheckInfoCells(cells) };
}

/** The verdict for the plan's result cells on `grid`, the sheet it writes them on. */
export function resultCellsOf(plan: ResultArea, grid: SheetGrid, evidence: ResultsEvidence): ResultCellsVerdict {
  return resultCellsVerdict(plan, gridResultCells(grid), evidence);
}

/** The record of the result cells a host writes by `plan`: the block and its digest. */
export function writtenResults(plan: AnnotationPlan): OwnedResults {
  return { sheet: plan.sheet, ...writtenBlock(plan) };
}

/** The first cell the rule names, as a host shows it: the sheet, its address, what it holds. */
export interface OccupiedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly found: string;
  /**
   * The header row holds the result headers, but no record vouches for the cells ("missing": none, as in a
   * workbook an earlier version checked; "changed": edited since): a clear and a new check puts it right.
   */
  readonly record?: "missing" | "changed";
}

export function firstRefused(verdict: Extract<ResultCellsVerdict, { ok: false }>, plan: ResultArea, grid: SheetGrid): OccupiedCell {
  const cell = verdict.cells[0]!;
  const at = parseCellAddress(cell)!;
  const raw = grid.rows.get(at.row)?.[at.col];
  const found = raw === undefined || raw.t === "bad" ? "" : String(raw.v);
  return { sheet: plan.sheet, cell, found, ...(verdict.code === "cell-occupied" && verdict.record ? { record: verdict.record } : {}) };
}
