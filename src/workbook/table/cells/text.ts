/**
 * Text cells: trimmed and otherwise kept as typed (matching normalises elsewhere, never in the user's cell).
 * A number in a text column is taken as Excel shows it; an error value cannot be text and is reported.
 */
import type { CellFault } from "../../../engine/issues";
import type { RawCell } from "../../types";
import { displayText } from "./common";

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
