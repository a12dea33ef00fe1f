/** Application workbooks for the pane's tests, written from APPLICATION-TABLE.md and MEASURES.md. */
import { CellDigest } from "../../../src/output/cellDigest";
import { writtenKey } from "../../../src/output/resultCells";
import { recordXml } from "../../../src/output/ownershipRecord";
import { key, namespaceOf, sheetOf, workbookOf, type FakeWorkbook } from "../fake-excel/model";

export const HEADERS = ["单位名称", "申报年度", "支持事项", "数量", "申请金额（元）", "事项日期"];

/**
 * Row 2: DATA_IP, 10 certificates, 10,000 claimed (up to 1,000 each: eligible).
 * Row 3: GI claimed 150,000 where the clause gives 100,000: an overrun (decision 1), error on 申请金额.
 * Row 4: an item the policy does not have: error on 支持事项.
 */
export function application(): FakeWorkbook {
  return workbookOf({
    申报表: [
      HEADERS,
      ["连云港甲科技有限公司", 2026, "DATA_IP", 10, 10000, "2026-03-01"],
      ["连云港乙食品有限公司", 2026, "GI", 1, 150000, "2026-03-01"],
      ["连云港丙公司", 2026, "不存在的事项", 1, 1000, "2026-03-01"],
    ],
  });
}

/**
 * The ownership record an earlier check left beside the result cells it wrote (REPORT.md "Ownership"): the
 * block columns firstCol..lastCol on `rows` of `sheet`, with the digest of what the cells hold now.
 */
export function recordEarlierCheck(wb: FakeWorkbook, sheet: string, firstCol: number, lastCol: number, rows: readonly number[]): void {
  const s = sheetOf(wb, sheet);
  const digest = new CellDigest();
  for (const row of rows) {
    for (let col = firstCol; col <= lastCol; col++) {
      const v = s.cells.get(key(row, col))?.value;
      if (v !== undefined && v !== null && v !== "") digest.add(writtenKey(row, col, v as string | number));
    }
  }
  const xml = recordXml({ results: { sheet, firstCol, lastCol, rows, sha256: digest.hex() }, sheets: [] });
  wb.customXml.push({ id: `{record-${wb.nextId++}}`, namespaceUri: namespaceOf(xml), xml });
}
