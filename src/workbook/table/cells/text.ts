/**
 * Text cells: trimmed and otherwise kept as typed (matching normalises elsewhere, never in the user's cell).
 * A number in a text column is taken as Excel shows it; an error value cannot be text and is reported.
 */
import type { CellFault } from "../../../engine/issues";
import type { RawCell } from "../../types";
import { Decimal } from "../../../engine/money";
import { displayText, EXCEL_DIGITS, excelNumber } from "./common";

/** A text cell: its text, or (for an error value or a cell the reader could not read) what it showed. */
export type TextRead =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly found: string; readonly fault?: CellFault }
  | null;

export function readText(cell: RawCell | undefined, date1904 = false): TextRead {
  if (cell === undefined) return null;
  if (cell.t === "e") return { ok: false, found: cell.v };
  if (cell.t === "bad") return { ok: false, found: "", fault: cell.fault };
  const value = displayText(cell, date1904);
  return value === "" ? null : { ok: true, value };
}

/** The smallest whole number of more digits than Excel keeps: from it on, the last digits Excel shows are 0s it put there. */
const TOO_MANY_DIGITS = new Decimal(10).pow(EXCEL_DIGITS);

/**
 * An identifier cell (证书/合同/案件编号, 人员证件号, 统一社会信用代码): read as text, except a number of more than 15
 * digits. Excel keeps 15 significant digits, so an 18-digit 身份证号 typed as a number is stored with its last
 * digits turned to 0 (320706199001011234 → 320706199001011000): it no longer names the person or document, and
 * two different ones can become equal. It is unreadable, as an error value is, and never compared for
 * duplicates. (A format padding a short number to 16 places or more loses nothing: the number decides.)
 */
export function readIdentifier(cell: RawCell | undefined, date1904 = false): TextRead {
  const read = readText(cell, date1904);
  if (read !== null && read.ok && cell!.t === "n") {
    const n = excelNumber(cell!.v);
    if (n !== null && n.abs().gte(TOO_MANY_DIGITS)) return { ok: false, found: n.toFixed(), fault: { fault: "digits-lost", found: n.toFixed() } };
  }
  return read;
}
