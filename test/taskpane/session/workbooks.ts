/** Application workbooks for the pane's tests, written from APPLICATION-TABLE.md and MEASURES.md. */
import { workbookOf, type FakeWorkbook } from "../fake-excel/model";

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
