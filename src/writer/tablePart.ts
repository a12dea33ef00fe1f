/**
 * The Excel table object (ListObject) over 审核明细 (ECMA-376 Part 1, 18.5): a PivotTable and a manager's
 * filters find it by name, and it grows with the rows Excel adds to it.
 */
import { XML_DECLARATION, escapeAttr } from "./xmlScan";
import { MAIN_NS } from "../workbook/xlsx/ooxmlNames";


/** `id` is unique among the workbook's tables; `ref` covers the header row and at least one data row. */
export function tablePartXml(id: number, name: string, ref: string, headers: readonly string[]): string {
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(h)}"/>`).join("");
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}
