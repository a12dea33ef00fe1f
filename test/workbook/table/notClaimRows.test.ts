import { findTable } from "../../../src/workbook/table/findTable";
import { readRows } from "../../../src/workbook/table/readRows";
import type { TableLayout } from "../../../src/workbook/types";
import { grid, n, type Plain } from "./helpers";

// Rows a form holds that are not claims: the signature and contact lines below the table, a header row
// repeated inside it, a section title. Each is left out as a 合计 row is; anything holding an item or an
// amount stays a claim row, however odd (APPLICATION-TABLE.md "Finding the table").
const HEAD = ["序号", "单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）"];
const ROW = (i: number) => [i, `连云港某${i}公司`, "", 2026, "DATA_IP", 3, 3000];

function layoutOf(rows: readonly (readonly Plain[] | null)[], extra?: Parameters<typeof grid>[2]): TableLayout {
  const result = findTable([grid("申报表", rows, extra)]);
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.issue)}`);
  return result.layout;
}
const dataRows = (rows: readonly (readonly Plain[] | null)[], extra?: Parameters<typeof grid>[2]) => layoutOf(rows, extra).dataRows;

describe("signature and contact lines (落款) are not claims", () => {
  it("填表人：, 单位负责人：, 审核人：, 制表人：, 填报日期：, 单位（盖章）： below the table are left out", () => {
    expect(
      dataRows([
        HEAD, ROW(1), ROW(2),
        [null, "填表人：张三　联系电话：0518-85123456"],
        [null, "单位负责人：", null, null, "审核人：", null, null],
        [null, "制表人：李四"],
        [null, "填报日期：2026年3月1日"],
        [null, "单位（盖章）："],
      ]),
    ).toEqual([2, 3]);
  });

  it("a label with a half-width colon, spaces inside, or its value in the cells beside it", () => {
    expect(dataRows([HEAD, ROW(1), [null, "填 表 人: 张三"], [null, "联系人：", "王五", 13812345678, "联系电话：", null, null]])).toEqual([2]);
  });

  it("a line merged across the table, its text in the first cell", () => {
    const rows = [HEAD, ROW(1), [null, "单位负责人（签字）：　　　　填表人：　　　　联系电话："]];
    expect(dataRows(rows, { merges: [{ top: 3, bottom: 3, left: 1, right: 6 }] })).toEqual([2]);
  });

  it("a row with an amount or an item beside the label stays a claim row", () => {
    expect(dataRows([HEAD, ROW(1), [null, "填表人：张三", null, null, null, null, 3000]])).toEqual([2, 3]);
    expect(dataRows([HEAD, ROW(1), [null, "审核人：", null, null, "GI"]])).toEqual([2, 3]);
  });

  it("label words without a colon, or not at the start, are a unit's name: a claim row", () => {
    expect(dataRows([HEAD, [null, "联系人科技有限公司"], [null, "某公司（联系电话：0518-85123456）"]])).toEqual([2, 3]);
  });

  it("a claim row below the signature lines is still a claim", () => {
    expect(dataRows([HEAD, ROW(1), [null, "填表人：张三"], ROW(4)])).toEqual([2, 4]);
  });

  it("below them, a line of the seal or the date alone belongs to the signature lines", () => {
    expect(
      dataRows([
        HEAD, ROW(1),
        [null, "单位负责人（签字）："],
        [null, null, "（单位盖章）"],
        [null, "2026年3月1日"],
        [null, "年　月　日"],
        [null, null, n("46082", { date: true })],
      ]),
    ).toEqual([2]);
  });

  it("a seal or a date line not below signature lines, or after a claim row that follows them, is a claim row", () => {
    expect(dataRows([HEAD, ROW(1), [null, "（盖章）"], [null, "2026年3月1日"]])).toEqual([2, 3, 4]);
    expect(dataRows([HEAD, [null, "填表人：张三"], ROW(3), [null, "2026年3月1日"]])).toEqual([3, 4]);
  });

  it("a seal or a date line with an amount or an item stays a claim row", () => {
    expect(dataRows([HEAD, ROW(1), [null, "填表人：张三"], [null, "2026年3月1日", null, null, null, null, 3000]])).toEqual([2, 4]);
    expect(dataRows([HEAD, ROW(1), [null, "填表人：张三"], [null, null, null, null, "（盖章）"]])).toEqual([2, 4]);
    expect(dataRows([HEAD, ROW(1), [null, "填表人：张三"], [null, null, null, null, null, null, n("46082", { date: true })]])).toEqual([2, 4]);
  });
});

describe("a header row repeated inside the table is not a claim", () => {
  it("a row equal to the header row (a form pasted twice, a header repeated for printing) is left out", () => {
    expect(dataRows([HEAD, ROW(1), HEAD, ROW(3)])).toEqual([2, 4]);
  });

  it("equal as headers are compared: full-width and half-width, spaces", () => {
    const again = ["序 号", "单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额(元)"];
    expect(dataRows([HEAD, ROW(1), again, ROW(3)])).toEqual([2, 4]);
  });

  it("a row that repeats only some of the headers stays a claim row", () => {
    expect(dataRows([HEAD, ROW(1), [null, "单位名称", null, null, "支持事项"]])).toEqual([2, 3]);
  });

  it("a header of two rows repeated: both rows are left out", () => {
    const top = ["单位名称", "申报年度", "支持事项", "申报内容", null];
    const sub = [null, null, null, "数量", "申请金额（元）"];
    const claim = ["A公司", 2026, "DATA_IP", 3, 3000];
    expect(dataRows([top, sub, claim, top, sub, claim])).toEqual([3, 6]);
  });
});

describe("a section title is not a claim", () => {
  it("a district or a numbered heading alone in the unit column is left out", () => {
    expect(
      dataRows([HEAD, [null, "赣榆区"], ROW(2), [null, "一、专利类"], ROW(4), [null, "（二）商标类"], ROW(6), [null, "连云港市海州区"], ROW(8)]),
    ).toEqual([3, 5, 7, 9]);
  });

  it("alone in the first column when that column is the table's (所属县区 first)", () => {
    const head = ["所属县区", "单位名称", "申报年度", "支持事项", "申请金额（元）"];
    expect(dataRows([head, ["东海县"], ["东海县", "A公司", 2026, "GI", 100000]])).toEqual([3]);
  });

  it("a title merged across the table, its text in the first cell", () => {
    const head = ["单位名称", "所属县区", "申报年度", "支持事项", "申请金额（元）"];
    const rows = [head, ["灌云县"], ["A公司", "灌云县", 2026, "GI", 100000]];
    expect(dataRows(rows, { merges: [{ top: 2, bottom: 2, left: 0, right: 4 }] })).toEqual([3]);
  });

  it("a unit alone, or a district beside anything else, stays a claim row", () => {
    expect(dataRows([HEAD, [null, "A公司"], [null, "赣榆区", null, 2026]])).toEqual([2, 3]);
  });

  it("alone in another column (neither the unit column nor the first) it stays a claim row", () => {
    expect(dataRows([HEAD, [null, null, "赣榆区"], [null, null, null, "一、专利类"]])).toEqual([2, 3]);
  });

  it("a heading in the item column or an amount column stays a claim row", () => {
    expect(dataRows([HEAD, [null, null, null, null, "一、专利类"], [null, null, null, null, null, null, n("3000")]])).toEqual([2, 3]);
  });
});

describe("a copy checked again", () => {
  it("an earlier run's results on such rows do not make them claims", () => {
    const results = ["审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"];
    const verdict = ["不予支持", 0, 0, 0, "核定 0 元，不予支持：「申报年度」为必填项，但单元格为空", null];
    expect(
      dataRows([
        [...HEAD, ...results],
        [null, "赣榆区", null, null, null, null, null, ...verdict],
        [...ROW(2), "通过", 3000, 0, 0, "通过，核定 3,000.00 元", "（十五）"],
        [null, "填表人：张三", null, null, null, null, null, ...verdict],
        [null, null, "（单位盖章）", null, null, null, null, ...verdict],
      ]),
    ).toEqual([3]);
  });
});

describe("readRows reads only the claim rows", () => {
  it("a section title merged down over the claims below it is still their value, as before (decision 22)", () => {
    const head = ["所属县区", "单位名称", "申报年度", "支持事项", "申请金额（元）"];
    const rows = [head, ["赣榆区"], [null, "A公司", 2026, "GI", 100000], [null, "B公司", 2026, "GI", 100000]];
    const g = grid("申报表", rows, { merges: [{ top: 2, bottom: 4, left: 0, right: 0 }] });
    const found = findTable([g]);
    expect(found.ok && readRows(g, found.layout, 0).map((r) => [r.ref.row, r.district])).toEqual([[3, "赣榆区"], [4, "赣榆区"]]);
  });

  it("row numbers are the worksheet's, the rows that are not claims left out", () => {
    const rows = [HEAD, [null, "赣榆区"], ROW(2), HEAD, ROW(4), [null, "填表人：张三"]];
    const g = grid("申报表", rows);
    const found = findTable([g]);
    expect(found.ok && readRows(g, found.layout, 0).map((r) => r.ref.row)).toEqual([3, 5]);
  });
});
