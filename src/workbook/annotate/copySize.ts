/**
 * How large the checked copy will be once inflated, known before it is built: the copy must read again
 * within the reader's total (`maxTotalInflatedBytes`), and what it adds grows with the messages of each row
 * (a row's 审核说明, its notes, a 问题清单 line each), which quote what the applicant typed: no limit on rows
 * alone can admit every table's copy. So the copy's size is reckoned from the plan first, and a table whose
 * copy could not be read again is refused before anything is built, saying what to do (split the table),
 * rather than built and thrown away.
 *
 * The figure is the input's parts plus, for each place the check writes, the bytes of its text and the
 * markup around it (generous per cell, note and row: the markup is ours and short). It errs high, so a copy
 * reckoned to fit is never refused after it is built; test/hostile/copy-size.test.ts holds it above what the
 * writer writes, and within a quarter more, for a table with many warnings and for one with none.
 */
import { utf8Length } from "../bytes/text";
import { DETAIL_COLUMNS, type DetailRow } from "../../output/detail";
import type { AnnotationPlan, ManagerOutput, PlanSheet, PlanValue, TablePlan } from "../../output/types";

/**
 * Markup around one cell, as the writer makes it for a table of up to a million rows with our styles: a
 * text `<c r="ABC123456" s="123" t="inlineStr"><is><t></t></is></c>` (52 bytes), a number with its digits
 * (`<c r="ABC123456" s="123"><v>12345678.90</v></c>`, 44), a blank ruled cell (`<c r="ABC123456" s="123"/>`, 24).
 */
const PER_TEXT = 52;
const PER_NUMBER = 44;
const PER_BLANK = 24;
/** A row's own tag and attributes, for the rows of our sheets (`<row r="123456" ht="45"></row>`, 32 and spans). */
const PER_ROW = 48;
/**
 * A note: its comment (ref, author, run properties: about 80 bytes beside its text), its VML box (anchor,
 * fill, shadow: about 600) and its line in the record (24).
 */
const PER_NOTE = 800;
/** The parts the check adds whatever the table (styles, pivots, charts, relationships): about 40 KB. */
const FIXED = 64 * 1024;

/** A cell as written: its markup and its text (escaped: `&` is five bytes). */
const cellBytes = (v: PlanValue | undefined): number =>
  v === null || v === undefined || v === "" ? PER_BLANK : typeof v === "number" ? PER_NUMBER
    : PER_TEXT + utf8Length(v) + (/[&<>]/.test(v) ? v.length * 4 : 0);

/** One of our sheets written from its plan. */
export function sheetBytes(sheet: PlanSheet | undefined): number {
  if (!sheet) return 0;
  let total = 0;
  for (const row of sheet.rows) {
    total += PER_ROW;
    for (const v of row.values) total += cellBytes(v);
  }
  return total;
}

function detailBytes(rows: readonly DetailRow[]): number {
  let total = 0;
  for (const r of rows) {
    const texts = [r.file, r.unit, r.creditCode, r.district, r.itemCode, r.itemName, r.clause, r.verdict, r.codes];
    total += PER_ROW + (DETAIL_COLUMNS.length - texts.length) * PER_NUMBER;
    for (const v of texts) total += cellBytes(v);
  }
  return total;
}

/** The copy's inflated size, reckoned high: `inputBytes` is the input's parts inflated, as declared. */
export function copySizeEstimate(inputBytes: number, plan: AnnotationPlan): number {
  return copyBaseBytes(inputBytes) + tablePlanBytes(plan) + sheetBytes(plan.issueSheet)
    + (plan.managers ? managerBytes(plan.managers) : sheetBytes(plan.summarySheet));
}

/*
 * The same reckoning a part at a time, for a writer that makes each part of the plan as it comes to it
 * (StagedPlan): the sum of these is copySizeEstimate.
 */

/** The input's parts and what the check adds whatever the table. */
export function copyBaseBytes(inputBytes: number): number {
  return inputBytes + FIXED;
}

/** The result cells and the notes on the table's sheet. */
export function tablePlanBytes(plan: TablePlan): number {
  let total = 0;
  // Result cells go into the table's rows: no row of their own.
  for (const r of plan.resultRows) for (const v of r.values) total += cellBytes(v);
  for (const m of plan.marks) total += PER_NOTE + cellBytes(m.note);
  return total;
}

export function managerBytes(m: ManagerOutput): number {
  return detailBytes(m.detail) + sheetBytes(m.summary.sheet) + sheetBytes(m.info) + sheetBytes(m.form);
}
