/**
 * Rows inside a table's extent that a reviewer does not read as claims (APPLICATION-TABLE.md "Finding the
 * table"): the signature and contact lines below it (落款: 填表人：…, 单位（盖章）：), its header row repeated
 * (a form pasted twice, a header repeated for printing) and section titles (赣榆区, 一、专利类). Checked as
 * claims, each would be one more 不予支持 row of 0 元 for someone to look at. The rules are narrow on purpose:
 * a row holding an item or an amount is always a claim, however odd, so nothing that could be one is lost.
 */
import type { FieldKey } from "../../engine/columns";
import { resolveDistrict } from "../../policy/lookup";
import type { MappedColumn, RawCell } from "../types";
import { displayText, isEmptyCell } from "./cells/common";
import { headerKey } from "./headers";

/** Why a row is not a claim. */
export type NotClaimReason = "footer" | "repeatedHeader" | "sectionTitle";

/**
 * A label of a form's signature and contact lines, followed by ： or : (after normalising: spaces removed,
 * full-width forms folded): who filled the form in, signed or checked it, a telephone, the date, the seal.
 * Without the colon these words may start a unit's name (联系人科技有限公司), so the colon is required.
 */
const FOOTER_LABEL =
  /^(?:(?:填表人|填报人|制表人|审核人|复核人|审批人|经办人|联系人|单位负责人|负责人|法定代表人)(?:\(?(?:签字|签名|签章|盖章)\)?)?|联系电话|电话|手机|填报日期|填表日期|制表日期|日期|(?:申报|填报)?单位(?:名称)?\(盖章\)|盖章):/;

/** What stands alone on a signature block's last lines: the seal's place (（单位盖章）) or the date (年　月　日). */
const SEAL_MARK = /^\(?(?:(?:申报|填报)?单位)?(?:盖章|公章|签章|签字|签名)\)?$/;
const DATE_TEXT = /^(?:\d{4})?年(?:\d{1,2})?月(?:\d{1,2})?日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

/** A numbered section heading: 一、专利类, （二）商标类 (after normalising, （ is "("). */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;

const MONEY_FIELDS: readonly FieldKey[] = ["base", "fees", "claimed"];

export interface TableShape {
  readonly columns: ReadonlyMap<FieldKey, MappedColumn>;
  /** The header row, and its second row where it has one (names or units below it). */
  readonly headerRows: readonly (readonly (RawCell | undefined)[])[];
  /** The table's first and last columns (0-based). */
  readonly left: number;
  readonly lastCol: number;
  /** The result columns of an earlier run: not the applicant's, and not repeated by a repeated header. */
  readonly isResult: (col: number) => boolean;
}

/**
 * The test for one table: given a row that holds something in a recognised column, why it is not a claim,
 * or null when it is one. It is asked of those rows in order, top to bottom, once each: below a signature
 * line, a line holding only the seal's place or a date is part of the signature block, until a claim row.
 * The header's words are read once; an item cell's text is normalised once per distinct text (a table
 * repeats a few dozen items over its rows).
 */
export function notClaimRowTest(shape: TableShape): (cells: readonly (RawCell | undefined)[]) => NotClaimReason | null {
  const unitCol = shape.columns.get("unit")!.index;
  const itemCol = shape.columns.get("item")!.index;
  const moneyCols = MONEY_FIELDS.flatMap((k) => {
    const col = shape.columns.get(k);
    return col === undefined ? [] : [col.index];
  });
  const compared: number[] = [];
  for (let c = shape.left; c <= shape.lastCol; c++) if (!shape.isResult(c)) compared.push(c);
  const headerWords = shape.headerRows.map((row) => compared.map((c) => keyOf(row[c])));
  const itemAt = compared.indexOf(itemCol);
  const itemHeaderWords = new Set(headerWords.map((words) => words[itemAt]!));
  const itemKeys = new Map<string, string>();

  const isLabel = (cell: RawCell | undefined): boolean =>
    cell !== undefined && cell.t === "s" && (cell.v.includes(":") || cell.v.includes("：")) && FOOTER_LABEL.test(headerKey(cell.v));
  const blankOrLabel = (cell: RawCell | undefined): boolean => isEmptyCell(cell) || isLabel(cell);

  let inSignatureBlock = false;
  return (cells) => {
    const reason = classify(cells) ?? (inSignatureBlock && isSealOrDateLine(cells) ? "footer" : null);
    if (reason === "footer") inSignatureBlock = true;
    else if (reason === null) inSignatureBlock = false;
    return reason;
  };

  function classify(cells: readonly (RawCell | undefined)[]): NotClaimReason | null {
    const item = cells[itemCol];
    const blankItem = isEmptyCell(item);
    if (blankItem && moneyCols.every((c) => isEmptyCell(cells[c])) && isSectionTitle(cells)) return "sectionTitle";
    // The item cell first: it differs from the header's on almost every row.
    let itemWord: string | undefined = blankItem ? "" : undefined;
    if (!blankItem && item!.t === "s") {
      itemWord = itemKeys.get(item!.v);
      if (itemWord === undefined) itemKeys.set(item!.v, (itemWord = headerKey(item!.v)));
    }
    if (itemWord !== undefined && itemHeaderWords.has(itemWord) && headerWords.some((words) => sameWords(cells, words))) {
      return "repeatedHeader";
    }
    if (isLabel(firstFilled(cells)) && blankOrLabel(item) && moneyCols.every((c) => blankOrLabel(cells[c]))) return "footer";
    return null;
  }

  /** No item, no amount, and every non-blank cell the seal's place or a date (an earlier run's results aside). */
  function isSealOrDateLine(cells: readonly (RawCell | undefined)[]): boolean {
    if (!isEmptyCell(cells[itemCol]) || !moneyCols.every((c) => isEmptyCell(cells[c]))) return false;
    return cells.every((cell, c) => isEmptyCell(cell) || shape.isResult(c) || isSealOrDate(cell!));
  }

  function sameWords(cells: readonly (RawCell | undefined)[], words: readonly string[]): boolean {
    for (let i = 0; i < compared.length; i++) if (keyOf(cells[compared[i]!]) !== words[i]) return false;
    return true;
  }

  /**
   * Its only non-blank cell is in the unit column or the table's first column, and names a district or a
   * numbered heading. An earlier run's results on the row (a copy checked again) are not the applicant's.
   */
  function isSectionTitle(cells: readonly (RawCell | undefined)[]): boolean {
    let only = -1;
    for (let c = 0; c < cells.length; c++) {
      if (isEmptyCell(cells[c]) || shape.isResult(c)) continue;
      if (only >= 0) return false;
      only = c;
    }
    if (only !== unitCol && (only !== shape.left || moneyCols.includes(only))) return false;
    const cell = cells[only]!;
    if (cell.t !== "s") return false;
    return NUMBERED_HEADING.test(headerKey(cell.v)) || resolveDistrict(cell.v) !== undefined;
  }
}

function keyOf(cell: RawCell | undefined): string {
  if (cell === undefined || cell.t === "e" || cell.t === "bad") return "";
  return headerKey(displayText(cell));
}

function isSealOrDate(cell: RawCell): boolean {
  if (cell.t === "d" || (cell.t === "n" && cell.date === true)) return true;
  if (cell.t !== "s") return false;
  const key = headerKey(cell.v);
  return SEAL_MARK.test(key) || DATE_TEXT.test(key);
}

function firstFilled(cells: readonly (RawCell | undefined)[]): RawCell | undefined {
  for (const cell of cells) if (!isEmptyCell(cell)) return cell;
  return undefined;
}
