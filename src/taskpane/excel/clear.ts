/**
 * 清除审核结果 through Office.js: deletes the product's marks, notes and sheets and empties its result
 * columns, in one request after the read. It touches nothing else: the applicant's cells, formats, notes and
 * conditional formats stay as they are.
 */
import type { ClearPlan } from "../session/clearPlan";
import { rangeAddress } from "./address";
import { estimateBytes, RequestBudget } from "./budget";
import type { WorkbookRead } from "./read";

const GENERAL = "General";

/** Queues the removals and syncs; returns the number of syncs (0 when there was nothing to remove). */
export async function clearResults(context: Excel.RequestContext, read: WorkbookRead, plan: ClearPlan): Promise<number> {
  const { ourMarks, ourNotes, ownershipParts } = read.handles;
  if (ourMarks.length + ourNotes.length + plan.sheets.length + plan.columns.length + ownershipParts.length === 0) return 0;
  const budget = new RequestBudget(context);
  context.application.suspendApiCalculationUntilNextSync();
  for (const cf of ourMarks) cf.delete();
  for (const note of ourNotes) note.delete();
  // The record of what the check wrote goes with it: nothing is the check's any more.
  for (const part of ownershipParts) part.delete();

  // Excel refuses to delete a workbook's last sheet; a workbook of nothing but ours keeps its first.
  const remaining = read.data.sheets.length - plan.sheets.length;
  const deletable = remaining > 0 ? plan.sheets : plan.sheets.slice(1);
  for (const name of deletable) context.workbook.worksheets.getItem(name).delete();

  for (const c of plan.columns) {
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    const right = c.col + c.width - 1;
    const area = sheet.getRange(rangeAddress({ top: c.headerRow, bottom: c.lastRow, left: c.col, right }));
    // The number formats, the wrapping, the bold header and the widths are the product's own: a check set them
    // on cells and columns it found empty.
    const formats = Array.from({ length: c.lastRow - c.headerRow + 1 }, () => Array<string>(c.width).fill(GENERAL));
    await budget.reserve(estimateBytes(formats));
    area.clear("Contents");
    area.numberFormat = formats;
    area.format.wrapText = false;
    // 审核结论's fill by verdict is the product's too (the first column of either set of headers).
    sheet.getRange(rangeAddress({ top: c.headerRow, bottom: c.lastRow, left: c.col, right: c.col })).format.fill.clear();
    sheet.getRange(rangeAddress({ top: c.headerRow, bottom: c.headerRow, left: c.col, right })).format.font.bold = false;
    // The columns were empty before the first check; they go back to the sheet's standard width.
    sheet.getRange(rangeAddress({ top: c.headerRow, bottom: c.headerRow, left: c.col, right })).format.useStandardWidth = true;
  }
  await budget.finish();
  return budget.syncCount;
}
