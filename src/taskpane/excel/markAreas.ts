/**
 * The cells of one severity as few multi-area addresses as possible: each column's consecutive rows become
 * one area ("C5:C9"), and areas are joined into addresses short enough for one RangeAreas each.
 */
import type { CellMark } from "../../output";
import { rangeAddress } from "./address";

/** Characters per multi-area address; Excel's limit on a reference is well above this. */
export const MAX_ADDRESS_LENGTH = 2000;

export function markAreas(marks: readonly Pick<CellMark, "row" | "col">[], maxLength = MAX_ADDRESS_LENGTH): string[] {
  const sorted = [...marks].sort((a, b) => a.col - b.col || a.row - b.row);
  const areas: string[] = [];
  let run: { col: number; top: number; bottom: number } | null = null;
  const close = () => {
    if (run) areas.push(rangeAddress({ top: run.top, bottom: run.bottom, left: run.col, right: run.col }));
  };
  for (const m of sorted) {
    if (run && run.col === m.col && m.row <= run.bottom + 1) {
      run.bottom = Math.max(run.bottom, m.row);
    } else {
      close();
      run = { col: m.col, top: m.row, bottom: m.row };
    }
  }
  close();

  const addresses: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > maxLength) {
      addresses.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") addresses.push(current);
  return addresses;
}
