/**
 * 清除审核结果 through Office.js: deletes the product's marks, notes and sheets and empties its result
 * columns, as the plan (session/clearPlan.ts) names them, in one request after the read. It touches nothing
 * else: the applicant's cells, formats, notes and conditional formats, and whatever the plan left as the
 * user's, stay as they are.
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
  // The record of what the check wrote goes with it: what it vouched for is gone, and what it no longer
  // vouches for (a sheet or a block edited since) is the user's.
  for (const part of ownershipParts) part.delete();

  // Excel refuses to delete a workbook's last sheet; a workbook of nothing but ours keeps its first.
  const remaining = read.data.sheets.length - plan.sheets.length;
  const deletable = remaining > 0 ? plan.sheets : plan.sheets.slice(1);
  for (const name of deletable) context.workbook.worksheets.getItem(name).delete();

  for (const c of plan.columns) {
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    const right = c.col + c.width - 1;
    // Only the rows the check wrote: a note typed between or below them in these columns is someone's.
    for (const run of runsOf(c.rows)) {
      const area = sheet.getRange(rangeAddress({ top: run.top, bottom: run.bottom, left: c.col, right }));
      // The number formats, the wrapping and the fills are the product's own: a check set them on cells it
      // found empty. 审核结论's fill by verdict is on the first column of either set of headers.
      const formats = Array.from({ length: run.bottom - run.top + 1 }, () => Array<string>(c.width).fill(GENERAL));
      await budget.reserve(estimateBytes(formats));
      area.clear("Contents");
      area.numberFormat = formats;
      area.format.wrapText = false;
      sheet.getRange(rangeAddress({ top: run.top, bottom: run.bottom, left: c.col, right: c.col })).format.fill.clear();
    }
    const header = sheet.getRange(rangeAddress({ top: c.headerRow, bottom: c.headerRow, left: c.col, right }));
    header.format.font.bold = false;
    // The columns were empty before the first check; they go back to the sheet's standard width.
    header.format.useStandardWidth = true;
  }
  await budget.finish();
  return budget.syncCount;
}

/** Ascending rows as runs of consecutive ones. */
function runsOf(rows: readonly number[]): { top: number; bottom: number }[] {
  const runs: { top: number; bottom: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  return runs;
}
