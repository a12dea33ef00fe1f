/**
 * The table's unit as a form states it above the header (金额单位：万元 under the title): the reviewer reads
 * every amount whose header gives no unit of its own in it, so the readers do too (APPLICATION-TABLE.md
 * "Finding the table"). Both the application table and the history read it.
 */
import type { SheetGrid } from "../types";
import { headerKey } from "./headers";

/** A cell's whole text: 金额单位：万元, 单位：人民币万元, （单位：万元）. */
const TABLE_UNIT_WAN = /^\(?(?:金额|货币)?单位:(?:人民币)?万元\)?$/;

/** Whether a cell above the header row says the table's amounts are in 万元. */
export function amountsInTenThousand(grid: SheetGrid, headerRow: number): boolean {
  for (let r = 1; r < headerRow; r++) {
    for (const cell of grid.rows.get(r) ?? []) {
      if (cell?.t === "s" && TABLE_UNIT_WAN.test(headerKey(cell.v))) return true;
    }
  }
  return false;
}
