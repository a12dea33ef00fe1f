/**
 * The result columns in the table's sheet: headers and one row of results per data row. On a re-run they
 * are found by their headers and rewritten; on a first run they go only into cells that hold nothing, so
 * nothing the applicant wrote is ever replaced.
 */
import type { AnnotationPlan } from "../../output/types";
import { EXPLANATION_COLUMN, resultColumnWidths, resultRowHeights } from "../../output/widths";
import { AnnotateError } from "./annotateError";
import { cellAddress } from "../../output/cellRef";
import { editSheetCells, storedText, type CellValue, type SheetCell, type SheetCellEdit, type SheetCells } from "./sheetCells";
import type { AnnotationStyles } from "./stylesPart";

/** How the sheet's cells read as text (shared strings are looked up by the caller). */
export type SharedStrings = (index: number) => string | undefined;

export function writeResultColumns(xml: string, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings): string {
  return editSheetCells(xml, part, (cells) => resultEdit(cells, part, plan, styles, sst));
}

function resultEdit(cells: SheetCells, part: string, plan: AnnotationPlan, styles: AnnotationStyles, sst: SharedStrings): SheetCellEdit {
  const width = plan.resultHeaders.length;
  const first = plan.resultCol;
  const inResult = (col: number) => col >= first && col < first + width;
  const at = (row: number, col: number) => cells.get(row)?.find((c) => c.col === col);

  const header = plan.resultHeaders.map((_, i) => at(plan.headerRow, first + i));
  const ours = plan.resultHeaders.every((h, i) => header[i] !== undefined && cellText(header[i]!, part, sst) === h);

  const writes = new Map<number, Map<number, CellValue>>();
  const headerStyle = at(plan.headerRow, first - 1)?.style;
  writes.set(
    plan.headerRow,
    new Map(plan.resultHeaders.map((h, i) => [first + i, { kind: "text", text: h, style: header[i]?.style ?? headerStyle }])),
  );
  const money = new Set(plan.moneyColumns);
  for (const r of plan.resultRows) {
    const row = new Map<number, CellValue>();
    r.values.forEach((value, i) => {
      if (value === null || value === "") return;
      const col = first + i;
      if (typeof value === "number") row.set(col, { kind: "number", value, style: money.has(i) ? String(styles.money) : at(r.row, col)?.style });
      else row.set(col, { kind: "text", text: value, style: i === EXPLANATION_COLUMN ? String(styles.wrap) : at(r.row, col)?.style });
    });
    if (row.size) writes.set(r.row, row);
  }

  if (!ours) {
    const taken: string[] = [];
    const check = (row: number, col: number) => {
      const c = at(row, col);
      if (c?.hasContent) taken.push(cellAddress(row, col));
    };
    for (let i = 0; i < width; i++) check(plan.headerRow, first + i);
    for (const r of plan.resultRows) for (let i = 0; i < width; i++) check(r.row, first + i);
    if (taken.length) {
      const list = taken.slice(0, 5).join("、") + (taken.length > 5 ? ` 等 ${taken.length} 个单元格` : "");
      throw new AnnotateError(
        "cell-occupied",
        `工作表「${plan.sheet}」中审核结果要写入的单元格已有内容：${list}；未写出审核副本，以免覆盖申报人填写的内容。请把这些内容移开后重试`,
        `sheet "${plan.sheet}": the cells for the results already hold content (${taken.slice(0, 5).join(", ")}); no checked copy was written, so nothing the applicant wrote is overwritten`,
      );
    }
  }

  // On a re-run every earlier result below the header goes, so rows no longer in the table keep none.
  const clears = ours ? (row: number, col: number) => row > plan.headerRow && inResult(col) : undefined;
  return { writes, clears, heights: resultRowHeights(plan, resultColumnWidths(plan)) };
}

function cellText(cell: SheetCell, part: string, sst: SharedStrings): string | undefined {
  const stored = storedText(cell, part);
  if (cell.type === "s") return stored === undefined ? undefined : sst(Number(stored));
  return stored;
}
