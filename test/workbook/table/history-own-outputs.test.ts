/**
 * The product's own outputs as earlier approvals (README `--history`: a reviewer gives last year's checked copy or
 * its --summary workbook). The 审核明细 table both write names the item 事项代码 and 事项名称 rather than 支持事项
 * (REPORT.md, the copy's 审核明细), and its approved amount is 可核定金额 (an accepted 核定金额 header).
 */
import { checkBatch, historyIssueText } from "../../../src/engine";
import { DETAIL_COLUMNS, detailRows, detailValues } from "../../../src/output/detail";
import { claim } from "../../support/claims";
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

  // Decision 23: a 待核实 row's pending amount may yet be approved; it reserves its part of the cap "so no later
  // row is approved beyond the cap whichever way the reviewer decides". Read as its 可核定金额 alone (0), last
  // year's pending claim would leave the whole cap to this year's rows: such a row is not an approval to count.
  it("a 待核实 row (待核实金额 above 0) is not read as its 可核定金额: it is an issue naming its row and the pending amount", () => {
    const g = grid("审核明细", [
      DETAIL,
      ["y2025.xlsx", 5, "丙公司", "91320706MAQ000004Y", "海州区", 2025, "ENFORCEMENT_DOMESTIC", "国内知识产权维权", "10 （十）", "待核实", 30000, 0, 30000, 0, "CONDITION_UNSTATED"],
      ["y2025.xlsx", 6, "丁公司", "91320707MAT00000X7", "赣榆区", 2025, "IP_COURSE", "高校开设知识产权课程", "20 （二十）", "不予支持", 100000, 0, 0, 100000, "OUT_OF_PERIOD"],
    ]);
    const { entries, issues } = readHistory(g);
    expect(issues.map((i) => i.row)).toEqual([2]);
    expect(historyIssueText(issues[0].issue, "zh")).toContain("待核实金额 30,000.00 元");
    expect(historyIssueText(issues[0].issue, "en")).toContain("30,000.00 yuan");
    // The 不予支持 row approved nothing: an entry of 0, which counts as nothing received (decisions 6 and 9).
    expect(entries.map((x) => [x.item, x.approved.toFixed(2)])).toEqual([["IP_COURSE", "0.00"]]);
  });

  it("the copy's result column 待核实金额（元） is read the same, and 0 there is no issue", () => {
    const head = ["单位名称", "申报年度", "支持事项", "申请金额（元）", "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）"];
    const g = grid("申报表", [head, ["丙公司", 2025, "IP_RESEARCH", 50000, "待核实", 0, 50000, 0], ["乙公司", 2025, "DATA_IP", 10000, "核减", 5000, 0, 5000]]);
    const { entries, issues } = readHistory(g);
    expect(issues.map((i) => i.row)).toEqual([2]);
    expect(entries.map((x) => [x.unit, x.approved.toFixed(2)])).toEqual([["乙公司", "5000.00"]]);
  });
  // Last year's 不予支持 rows are refused because something in them could not be read or named: an item the
  // policy does not have (事项代码 left blank in 审核明细), a date that does not exist. They approved nothing, and
  // an approval of 0 counts toward no cap, one-time or two-year rule (decisions 6 and 9), so what they hold need
  // not be readable: given as history, last year's copy must not stop this year's check on them.
  it("a row that approved nothing (可核定 0, nothing pending) is passed over, however unreadable its other cells", () => {
    const detail = grid("审核明细", [
      DETAIL,
      ["y2025.xlsx", 50, "戊公司", "91320706MA6000008U", "海州区", 2025, null, null, null, "不予支持", 80000, 0, 0, 80000, "UNKNOWN_ITEM"],
      ["y2025.xlsx", 51, "甲公司", "91320706MA6000008U", "海州区", 2025, "DATA_IP", "数据知识产权登记", "03 （三）", "通过", 5000, 5000, 0, 0, null],
    ]);
    const fromDetail = readHistory(detail);
    expect(fromDetail.issues).toEqual([]);
    expect(fromDetail.entries.map((x) => [x.unit, x.item, x.approved.toFixed(2)])).toEqual([["甲公司", "DATA_IP", "5000.00"]]);

    const head = ["单位名称", "申报年度", "支持事项", "申请金额（元）", "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）"];
    const copy = grid("申报表", [head, ["戊公司", "二〇二五", "知识产权质押融资补贴", 80000, "不予支持", 0, 0, 80000]]);
    expect(readHistory(copy)).toEqual({ entries: [], issues: [], skipped: [] });
  });

  it("a row of 0 approved with an amount pending is still an issue, and so is a blank approved amount", () => {
    const head = ["单位名称", "申报年度", "支持事项", "申请金额（元）", "审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）"];
    const g = grid("申报表", [
      head,
      ["丙公司", 2025, "知识产权质押融资补贴", 50000, "待核实", 0, 50000, 0],
      ["丁公司", 2025, "知识产权质押融资补贴", 50000, "通过", null, 0, 0],
    ]);
    const { entries, issues } = readHistory(g);
    expect(entries).toEqual([]);
    expect([...new Set(issues.map((i) => i.row))]).toEqual([2, 3]);
  });
  // （五）「对获批建设国家级、省级知识产权运营中心的，给予 20 万元资金支持」: once per unit and level (decision 10).
  // Both levels are paid 20 万元, so the amount cannot tell which one a unit had (decision 27): the 审核明细 a
  // reviewer gives as last year's approvals carries the level, and the award at that level is not paid again.
  it("last year's 审核明细 carries the level, so an award paid per level is told apart from the other level's", () => {
    const unit = { unit: "连云港港信运营有限公司", creditCode: "91320706MA6000008U" };
    const [last] = checkBatch([[claim({ ...unit, row: 2, year: 2025, item: "OPS_CENTER", level: "省级", eventDate: "2025-07-01" })]]);
    expect(last[0].verdict).toBe("approved");
    const detail = detailRows(last, ["2025.xlsx"]);
    const history = readHistory(grid("审核明细", [DETAIL_COLUMNS.map((c) => c.header), ...detail.map((d) => detailValues(d) as (string | number | null)[])]));
    expect(history.issues).toEqual([]);
    expect(history.entries.map((h) => [h.item, h.level, h.approved.toFixed(2)])).toEqual([["OPS_CENTER", "省级", "200000.00"]]);

    const [now] = checkBatch([[
      claim({ ...unit, row: 2, item: "OPS_CENTER", level: "省级", eventDate: "2026-03-01", claimed: "200000" }),
      claim({ ...unit, row: 3, item: "OPS_CENTER", level: "国家级", eventDate: "2026-03-01", claimed: "200000" }),
    ]], { history: history.entries });
    expect(now.map((r) => [r.verdict, r.issues.map((i) => i.code)])).toEqual([["rejected", ["DUPLICATE"]], ["approved", []]]);
  });
});

