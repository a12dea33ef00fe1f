/**
 * The product's own outputs as earlier approvals (README `--history`: a reviewer gives last year's checked copy or
 * its --summary workbook). The 审核明细 table both write names the item 事项代码 and 事项名称 rather than 支持事项
 * (REPORT.md, the copy's 审核明细), and its approved amount is 可核定金额 (an accepted 核定金额 header).
 */
import { readHistory } from "../../../src/workbook/table/history";
import { grid } from "./helpers";

const DETAIL = [
  "文件", "行号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "事项代码", "事项名称", "条款", "审核结论",
  "申请金额", "可核定金额", "待核实金额", "核减金额", "问题代码",
];

describe("the 审核明细 table of a checked copy or a --summary workbook as history", () => {
  it("reads the item from 事项代码 and the approved amount from 可核定金额, not 申请金额", () => {
    const g = grid("审核明细", [
      DETAIL,
      ["y2025.xlsx", 2, "甲公司", "91320706MA6000008U", "海州区", 2025, "PLEDGE_LOAN", "知识产权质押融资贷款利息及评估等服务费用补助", "07 （七）", "通过", 150000, 150000, 0, 0, null],
      ["y2025.xlsx", 4, "乙公司", "91320703MAK000003H", "连云区", 2025, "DATA_IP", "数据知识产权登记", "03 （三）", "核减", 10000, 5000, 0, 5000, "OVER_ELIGIBLE"],
    ]);
    const { entries, issues } = readHistory(g);
    expect(issues).toEqual([]);
    expect(entries.map((x) => [x.unit, x.item, x.year, x.approved.toFixed(2)])).toEqual([
      ["甲公司", "PLEDGE_LOAN", 2025, "150000.00"],
      ["乙公司", "DATA_IP", 2025, "5000.00"],
    ]);
  });

  it("a ledger that names its item column 事项名称 is read by the item's name", () => {
    const g = grid("台账", [["企业名称", "年度", "事项名称", "核定金额（万元）"], ["甲公司", 2025, "数据知识产权登记", 0.5]]);
    const { entries, issues } = readHistory(g);
    expect(issues).toEqual([]);
    expect(entries.map((x) => [x.item, x.approved.toFixed(2)])).toEqual([["DATA_IP", "5000.00"]]);
  });
});
