/**
 * How large the checked copy will be once inflated, known before it is built: the copy must read again
 * within the reader's total (`maxTotalInflatedBytes`), and what it adds grows with the messages of each row
 * (a row's 审核说明, its notes, a 问题清单 line each), which quote what the applicant typed: no limit on rows
 * alone can admit every table's copy. So the copy's size is reckoned from the plan first, and a table whose
 * copy could not be read again is refused before anything is built, saying what to do (split the table),
 * rather than built and thrown away.
 *
 * The figure is the input's parts plus, for each place the check writes, the markup around it (generous per
 * cell, note and row: the markup is ours and short) and its text, once for each different text as the
 * shared strings hold it. It errs high, so a copy
 * reckoned to fit is never refused after it is built; test/hostile/copy-size.test.ts holds it above what the
 * writer writes, and within a quarter more, for a table with many warnings and for one with none.
 */
import { utf8Length } from "../workbook/bytes/text";
import { DETAIL_COLUMNS, type DetailRow } from "../output/detail";
import type { AnnotationPlan, ManagerOutput, PlanRow, PlanRowStream, PlanSheet, PlanValue, TablePlan } from "../output/types";

/**
 * Markup around one cell, as the writer makes it for a table of up to a million rows with our styles: a
 * text refers to the shared strings (`<c r="ABC" s="123" t="s"><v></v></c>`, 36 bytes, and the digits of
 * its row and of its entry's index), a number (`<c r="ABC" s="123"><v></v></c>`, 27, and the digits of its
 * row and its own), a blank ruled cell (`<c r="ABC123456" s="123"/>`, 24).
 */
const PER_TEXT = 36;
/** A text's entry in the shared strings, once for each different text (`<si><t xml:space="preserve"></t></si>`, 38). */
const PER_ENTRY = 38;
const PER_NUMBER = 27;
const NUMBER_DIGITS = 16;
const PER_BLANK = 24;
/** 审核明细's text columns (its others are numbers): the nine CopySize.detail counts one by one. */
const DETAIL_TEXTS = DETAIL_COLUMNS.filter((c) => c.kind === "text").length;
/** A row's own tag and attributes, for the rows of our sheets (`<row r="123456" ht="45"></row>`, 32 and spans). */
const PER_ROW = 48;
/**
 * A note: its comment (ref, author, run properties: about 80 bytes beside its text), its VML box (anchor,
 * fill, shadow: about 600) and its line in the record (24).
 */
const PER_NOTE = 800;
/** The parts the check adds whatever the table (styles, pivots, charts, relationships): about 40 KB. */
const FIXED = 48 * 1024;

/** A text as written once: its bytes, escaped (`&` is five bytes). */
const textBytes = (v: string): number => utf8Length(v) + (/[&<>]/.test(v) ? v.length * 4 : 0);

/**
 * String(v).length without the string: a whole number or an amount's whole 分 below 10^15 (the sign, the
 * whole digits, and ".5" or ".25" where it has 分) counted from its digits; anything else through String.
 * Every amount of the result columns and of 审核意见表 is counted, some 700,000 at 100,000 rows.
 */
export function numberLength(v: number): number {
  const cents = Math.round(v * 100);
  if (cents / 100 !== v || cents >= 1e15 || cents <= -1e15) return String(v).length;
  const abs = cents < 0 ? -cents : cents;
  const fraction = abs % 100;
  let digits = 1;
  for (let n = (abs - fraction) / 100; n >= 10; n = Math.floor(n / 10)) digits++;
  return (cents < 0 ? 1 : 0) + digits + (fraction === 0 ? 0 : fraction % 10 === 0 ? 2 : 3);
}

/**
 * The reckoning, a part at a time: the writer makes each part of the plan only as it comes to it
 * (StagedPlan), and counts it then, so no part needs to know the parts still to come. A cell's markup is
 * counted with the digits of its sheet's last row and of the last index the shared strings have reached (the
 * input's table has at most one entry for every five of its bytes, `<si/>`); each different text is counted
 * once, as the shared strings hold it (notes are not shared).
 */
export class CopySize {
  total: number;
  private readonly entries = new Set<string>();
  private readonly inputEntries: number;
  private rowDigits = 1;
  /** The digits of the last index the shared strings have reached, and the first index with one more. */
  private indexDigits: number;
  private nextDigitAt: number;

  /** `inputBytes`: the input's parts inflated, as declared. */
  constructor(inputBytes: number) {
    this.total = inputBytes + FIXED;
    this.inputEntries = Math.ceil(inputBytes / 5);
    this.indexDigits = String(this.inputEntries).length;
    this.nextDigitAt = 10 ** this.indexDigits;
  }

  private cell(v: PlanValue | undefined): void {
    if (v === null || v === undefined || v === "") this.total += PER_BLANK;
    else if (typeof v === "number") this.total += PER_NUMBER + this.rowDigits + numberLength(v);
    else {
      this.total += PER_TEXT + this.rowDigits + this.indexDigits;
      if (this.entries.has(v)) return;
      this.entries.add(v);
      this.total += PER_ENTRY + textBytes(v);
      // The digits of the last index grow only as entries are added: counted then, not made a string for
      // each of a million cells.
      if (this.inputEntries + this.entries.size >= this.nextDigitAt) {
        this.indexDigits++;
        this.nextDigitAt *= 10;
      }
    }
  }

  /** Cells that follow are in a sheet whose last row is `lastRow`. */
  private rowsUpTo(lastRow: number): void {
    this.rowDigits = String(lastRow).length;
  }

  /** The result cells and the notes on the table's sheet. */
  table(plan: TablePlan): void {
    this.rowsUpTo(plan.resultRows.reduce((last, r) => Math.max(last, r.row), plan.headerRow));
    // Result cells go into the table's rows: no row of their own.
    for (const row of plan.resultRows) for (const v of row.values) this.cell(v);
    for (const m of plan.marks) this.total += PER_NOTE + textBytes(m.note);
  }

  /** One of our sheets written from its plan. */
  sheet(sheet: PlanSheet | undefined): void {
    if (!sheet) return;
    // A sheet made a row at a time is counted a row at a time, never held whole.
    const stream = sheet.stream?.();
    this.rowsUpTo((stream ? stream.rowCount : sheet.rows.length) + 1);
    const count = (row: PlanRow) => {
      this.total += PER_ROW;
      for (const v of row.values) this.cell(v);
    };
    if (stream) stream.forEachRow(count);
    else sheet.rows.forEach(count);
  }

  /** 审核明细, 汇总, 审核信息 and 审核意见表. */
  managers(m: ManagerOutput): void {
    this.detail(m.detail);
    this.sheet(m.summary.sheet);
    this.sheet(m.info);
    this.sheet(m.form);
  }

  /**
   * The same count with 审核意见表, a sheet made a line at a time, counted as the writer makes it: the
   * managers to hand to the writer are returned. Counting it beforehand made each of its lines (its opinion
   * rendered, its height wrapped) twice, once only to be counted. Nothing is counted between now and when
   * the writer comes to the form, so the sum is the one `managers` gives; the caller asks `total` after the
   * form is written, and before a byte of the copy leaves the package. `formToCome` is the form not yet
   * counted, for a caller that refuses the copy before it is written.
   */
  managersAsWritten(m: ManagerOutput): { managers: ManagerOutput; formToCome?: PlanSheet } {
    const form = m.form;
    const stream = form?.stream;
    if (!form || !stream) {
      this.managers(m);
      return { managers: m };
    }
    this.detail(m.detail);
    this.sheet(m.summary.sheet);
    this.sheet(m.info);
    let counted = false;
    const countedStream = (): PlanRowStream => {
      const made = stream();
      // Counted the first time it is made: a writer makes it once.
      if (counted) return made;
      counted = true;
      this.rowsUpTo(made.rowCount + 1);
      return {
        rowCount: made.rowCount,
        maxCol: made.maxCol,
        columnWidths: made.columnWidths,
        merges: () => made.merges(),
        forEachRow: (visit) => made.forEachRow((row) => {
          this.total += PER_ROW;
          for (const v of row.values) this.cell(v);
          visit(row);
        }),
      };
    };
    // The form's other members (its rows, made whole only if read) are its own, not copies: a prototype.
    const countedForm: PlanSheet = Object.create(form, { stream: { value: countedStream } }) as PlanSheet;
    return { managers: { ...m, form: countedForm }, formToCome: form };
  }

  private detail(rows: readonly DetailRow[]): void {
    this.rowsUpTo(rows.length + 1);
    // Its numbers (row, year, amounts) at most as long as an amount of a trillion yuan with its fen.
    const numbers = (DETAIL_COLUMNS.length - DETAIL_TEXTS) * (PER_NUMBER + this.rowDigits + NUMBER_DIGITS);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      this.total += PER_ROW + numbers;
      // Its texts one by one: no array of them made for each of 100,000 rows.
      this.cell(r.file);
      this.cell(r.unit);
      this.cell(r.creditCode);
      this.cell(r.district);
      this.cell(r.itemCode);
      this.cell(r.itemName);
      this.cell(r.clause);
      this.cell(r.verdict);
      this.cell(r.codes);
      // Empty on most rows (items not paid by level), and an empty text is no cell at all.
      if (r.level !== "") this.cell(r.level);
    }
  }
}

/** The copy's inflated size, reckoned high, for a whole plan: `inputBytes` is the input's parts inflated, as declared. */
export function copySizeEstimate(inputBytes: number, plan: AnnotationPlan): number {
  const size = new CopySize(inputBytes);
  size.table(plan);
  size.sheet(plan.issueSheet);
  if (plan.managers) size.managers(plan.managers);
  else size.sheet(plan.summarySheet);
  return size.total;
}
