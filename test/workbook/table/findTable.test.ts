import { findTable, mapHeader, parseRef } from "../../../src/workbook/table/findTable";
import { mapHeader as mapHeaderDirect } from "../../../src/workbook/table/headers";
import type { TableLayout } from "../../../src/workbook/types";
import { e, grid, n, s } from "./helpers";

const HEAD = ["序号", "单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）"];
const ROW = (i: number) => [i, `连云港某${i}公司`, "", 2026, "DATA_IP", 3, 3000];

function layoutOf(result: ReturnType<typeof findTable>): TableLayout {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.issue)}`);
  return result.layout;
}
const colIndex = (l: TableLayout) => Object.fromEntries([...l.columns].map(([k, c]) => [k, c.index]));

describe("mapHeader", () => {
  it("is exported from findTable too (the task pane's column drop-downs use it)", () => {
    expect(mapHeader).toBe(mapHeaderDirect);
  });
  it.each([
    ["单位名称", "unit"], ["申报单位", "unit"], ["企业名称", "unit"], ["专利权人", "unit"], ["调解组织", "unit"],
    ["统一社会信用代码", "creditCode"], ["组织机构代码", "creditCode"],
    ["所属县区", "district"], ["板块", "district"],
    ["申报年度", "year"], ["年度", "year"], ["申报年份", "year"],
    ["支持事项", "item"], ["项目代码", "item"], ["政策条款", "item"],
    ["级别", "level"], ["等级", "level"],
    ["数量", "quantity"], ["人数", "quantity"], ["案件数", "quantity"],
    ["计算基数（元）", "base"], ["计算基数(元)", "base"], ["基数", "base"], ["利息", "base"], ["代理费", "base"],
    ["贷款期限（月）", "months"], ["期限(月)", "months"], ["利息月数", "months"],
    ["评估等服务费（元）", "fees"], ["服务费", "fees"],
    ["补助比例", "rate"], ["比例(%)", "rate"],
    ["结果/状态", "outcome"], ["验收情况", "outcome"],
    ["事项日期", "eventDate"], ["判决日期", "eventDate"], ["日期", "eventDate"],
    ["任职起始日期", "startDate"], ["入职日期", "startDate"],
    ["证书/合同/案件编号", "ref"], ["专利号", "ref"], ["编号", "ref"],
    ["人员证件号", "personId"], ["身份证号", "personId"],
    ["申请金额（元）", "claimed"], ["申报金额", "claimed"], ["金额", "claimed"],
    ["序号", "seq"], ["No.", "seq"], ["编号序号", "seq"],
  ])("%s is the %s column", (header, key) => {
    expect(mapHeader(header)).toEqual({ key, tenThousand: false });
  });

  it.each([
    ["  单 位 名 称 ", "unit"], ["申请金额(元)", "claimed"], ["申请金额 （ 元 ）", "claimed"], ["ｎｏ．", "seq"], ["NO.", "seq"],
    ["*单位名称", "unit"], ["支持事项※", "item"], ["申请金额\n（元）", "claimed"], ["金额（人民币元）", "claimed"],
  ])("%j matches after normalising", (header, key) => {
    expect(mapHeader(header)).toMatchObject({ key });
  });

  it("a money header in 万元 is remembered", () => {
    expect(mapHeader("申请金额（万元）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("计算基数(万元)")).toEqual({ key: "base", tenThousand: true });
    expect(mapHeader("金额（万元）")).toEqual({ key: "claimed", tenThousand: true });
  });
  it("a unit suffix written as （单位：元） or （单位：万元）, or in 人民币万元, is a unit suffix too", () => {
    expect(mapHeader("申请金额（单位：万元）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("申请金额(单位:元)")).toEqual({ key: "claimed", tenThousand: false });
    expect(mapHeader("计算基数（单位：元）")).toEqual({ key: "base", tenThousand: false });
    expect(mapHeader("金额（人民币万元）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("贷款期限（单位：月）")).toEqual({ key: "months", tenThousand: false });
  });
  it("a count's unit (件, 项, 人, 个) is a unit suffix: 数量（件） is the quantity column", () => {
    for (const h of ["数量（件）", "数量(项)", "人数（人）", "案件数（件）", "数量（单位：个）"]) {
      expect(mapHeader(h)).toEqual({ key: "quantity", tenThousand: false });
    }
  });
  it("万元 on a column that is not money changes nothing", () => {
    expect(mapHeader("数量（万元）")).toEqual({ key: "quantity", tenThousand: false });
  });
  it("the product's own result headers are recognised as results, not data", () => {
    for (const h of ["审核结果", "可核定金额（元）", "超出金额(元)", "审核说明", "条款"]) expect(mapHeader(h)).toBe("result");
    for (const h of ["审核结论", "待核实金额（元）", "核减金额(元)"]) expect(mapHeader(h)).toBe("result");
  });
  it("unknown headers and blanks are null", () => {
    expect(mapHeader("备注")).toBeNull();
    expect(mapHeader("联系电话")).toBeNull();
    expect(mapHeader("")).toBeNull();
    expect(mapHeader("单位名称（元）(元)")).toBeNull();
  });
});

describe("findTable: the header search", () => {
  it("finds the header row below a title and notes, within the first 20 rows", () => {
    const g = grid("申报表", [["连云港市知识产权资助申报表"], ["填报单位：（盖章）"], null, HEAD, ROW(1), ROW(2)]);
    const l = layoutOf(findTable([g]));
    expect(l.sheet).toBe("申报表");
    expect(l.headerRow).toBe(4);
    expect(l.dataRows).toEqual([5, 6]);
    expect(colIndex(l)).toEqual({ seq: 0, unit: 1, creditCode: 2, year: 3, item: 4, quantity: 5, claimed: 6 });
    expect(l.columns.get("claimed")).toEqual({ index: 6, header: "申请金额（元）", tenThousand: false });
    expect(l.lastCol).toBe(6);
    expect(l.resultCol).toBe(7);
    expect(l.resultFound).toBe(false);
    expect(l.tableName).toBeUndefined();
  });

  it("a note above the header giving the table's unit as 万元 makes its money columns without a unit 万元", () => {
    const head = ["单位名称", "申报年度", "支持事项", "数量", "计算基数", "评估等服务费（元）", "申请金额"];
    for (const note of ["金额单位：万元", "单位：万元", "（单位：万元）", "单位: 人民币万元", "货币单位：万元"]) {
      const g = grid("申报表", [["2026年度申报汇总表"], [null, null, null, null, null, null, note], head, ["A公司", 2026, "GI", 1, null, null, 10]]);
      const l = layoutOf(findTable([g]));
      expect([note, l.columns.get("claimed")?.tenThousand, l.columns.get("base")?.tenThousand]).toEqual([note, true, true]);
      // A header that gives its own unit keeps it; a column that is not money has none.
      expect([note, l.columns.get("fees")?.tenThousand, l.columns.get("quantity")?.tenThousand]).toEqual([note, false, false]);
    }
  });

  it("a unit note of 元, a 填报单位 line, or a note below the header changes no column", () => {
    const head = ["单位名称", "申报年度", "支持事项", "申请金额"];
    for (const above of [["单位：元"], ["填报单位：海州区市场监管局"], ["填报单位：万元"], ["说明：单位：万元的请换算"]]) {
      const l = layoutOf(findTable([grid("申报表", [above, head, ["A公司", 2026, "GI", 10]])]));
      expect([above[0], l.columns.get("claimed")?.tenThousand]).toEqual([above[0], false]);
    }
    const below = layoutOf(findTable([grid("申报表", [head, ["A公司", 2026, "GI", 10], ["单位：万元"]])]));
    expect(below.columns.get("claimed")?.tenThousand).toBe(false);
  });

  it("a header on row 21 is not looked for", () => {
    const rows = Array.from({ length: 20 }, () => null) as (null | (string | number)[])[];
    const g = grid("Sheet1", [...rows, HEAD, ROW(1)]);
    expect(findTable([g])).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
  });

  it("a row with only two recognised headers is not the header row", () => {
    const g = grid("Sheet1", [["单位名称", "支持事项", "备注"], ["A公司", "DATA_IP", "x"]]);
    expect(findTable([g])).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
  });

  it("two headers for the same column count once", () => {
    const g = grid("Sheet1", [["单位名称", "企业名称", "单位", "备注"]]);
    expect(findTable([g])).toMatchObject({ ok: false, issue: { reason: "no-table" } });
  });

  it("passes over an instructions sheet that names some columns but not every required one", () => {
    const notes = grid("填表说明", [["填表说明"], ["单位名称", "统一社会信用代码", "申请金额（元）", "备注"], ["填写营业执照上的全称", "18 位", "元"]]);
    const a = grid("申报表", [HEAD, ROW(1)]);
    const l = layoutOf(findTable([notes, a]));
    expect(l.sheet).toBe("申报表");
  });

  it("where no sheet has every required header, MISSING_COLUMN names what the closest sheet lacks", () => {
    const notes = grid("填表说明", [["单位名称", "统一社会信用代码", "申请金额（元）"]]);
    const near = grid("申报表", [["单位名称", "申报年度", "数量", "申请金额（元）"]]);
    expect(findTable([notes, near])).toEqual({
      ok: false, issue: { code: "MISSING_COLUMN", columns: ["支持事项"] }, sheet: "申报表", headerRow: 1,
    });
  });

  it("takes the first sheet that has a header row", () => {
    const notes = grid("说明", [["填表说明"], ["1. 每行一项申请"]]);
    const a = grid("申报表", [HEAD, ROW(1)]);
    const b = grid("另一表", [HEAD, ROW(1), ROW(2)]);
    expect(layoutOf(findTable([notes, a, b])).sheet).toBe("申报表");
  });

  it("a missing required column is one file-level error naming it by the template's header", () => {
    const g = grid("申报表", [["序号", "单位名称", "数量", "申请金额（元）", "级别"], [1, "A公司", 3, 3000, "国家级"]]);
    expect(findTable([g])).toEqual({
      ok: false,
      issue: { code: "MISSING_COLUMN", columns: ["申报年度", "支持事项"] },
      sheet: "申报表",
      headerRow: 1,
    });
  });

  it("unrecognised columns are kept and count toward the table's last column", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项", "联系人", "备注"], ["A公司", 2026, "GI", "张三", "无"]]);
    const l = layoutOf(findTable([g]));
    expect([...l.columns.keys()]).toEqual(["unit", "year", "item"]);
    expect(l.lastCol).toBe(4);
    expect(l.resultCol).toBe(5);
  });

  it("two columns naming one field are an error naming both: which one is meant cannot be guessed", () => {
    const g = grid("申报表", [["单位名称", "申报单位", "申报年度", "支持事项"], ["A公司", "B公司", 2026, "GI"]]);
    expect(findTable([g])).toEqual({
      ok: false, sheet: "申报表", headerRow: 1,
      issue: { code: "DUPLICATE_COLUMN", header: "单位名称", columns: ["A", "B"], hidden: [] },
    });
  });

  it("a header in 万元 is carried to the column", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项", "申请金额（万元）"], ["A公司", 2026, "GI", 10]]);
    expect(layoutOf(findTable([g])).columns.get("claimed")).toEqual({ index: 3, header: "申请金额（万元）", tenThousand: true });
  });

  it("a table that starts in a later column", () => {
    const g = grid("申报表", [[null, null, "单位名称", "申报年度", "支持事项"], [null, null, "A公司", 2026, "GI"]]);
    const l = layoutOf(findTable([g]));
    expect(colIndex(l)).toEqual({ unit: 2, year: 3, item: 4 });
    expect(l.resultCol).toBe(5);
  });
});

describe("findTable: a header of two rows", () => {
  // A group heading over some columns (申报内容 merged over F1:H1) and their names on the row below it, the
  // other headings merged down over both rows: the names on the second row are the reviewer's columns.
  const TOP = ["序号", "单位名称", "统一社会信用代码", "申报年度", "支持事项", "申报内容", null, null, "事项日期"];
  const SUB = [null, null, null, null, null, "数量", "计算基数（元）", "申请金额（万元）", null];
  const DATA = [1, "连云港甲科技有限公司", "", 2026, "DATA_IP", 30, null, 3, "2026-03-01"];
  const merges = [
    ...[0, 1, 2, 3, 4, 8].map((c) => ({ top: 1, bottom: 2, left: c, right: c })),
    { top: 1, bottom: 1, left: 5, right: 7 },
  ];

  it("names on the row below the header, under a group heading or a blank header cell, are the columns", () => {
    const l = layoutOf(findTable([grid("申报表", [TOP, SUB, DATA, DATA], { merges })]));
    expect(l.headerRow).toBe(1);
    expect(colIndex(l)).toMatchObject({ unit: 1, year: 3, item: 4, quantity: 5, base: 6, claimed: 7, eventDate: 8 });
    expect(l.columns.get("claimed")).toMatchObject({ header: "申请金额（万元）", tenThousand: true });
    expect(l.dataRows).toEqual([3, 4]);
    expect(l.secondHeaderRow).toBe(2);
    expect(l.lastCol).toBe(8);
  });

  it("the same without merges: a blank header cell above a name", () => {
    const top = ["单位名称", "申报年度", "支持事项", null, null];
    const sub = [null, null, null, "数量", "申请金额（元）"];
    const l = layoutOf(findTable([grid("申报表", [top, sub, ["A公司", 2026, "DATA_IP", 3, 3000]])]));
    expect(colIndex(l)).toMatchObject({ quantity: 3, claimed: 4 });
    expect(l.dataRows).toEqual([3]);
  });

  it("a row of units below the header (万元, 件, （元）) is header too: 万元 under a money column makes it 万元", () => {
    const top = ["单位名称", "申报年度", "支持事项", "数量", "计算基数", "申请金额", "备注"];
    const units = [null, null, null, "件", "（元）", "万元", null];
    const l = layoutOf(findTable([grid("申报表", [top, units, ["A公司", 2026, "GI", 1, null, 10, null]])]));
    expect(l.dataRows).toEqual([3]);
    expect(l.secondHeaderRow).toBe(2);
    expect(l.columns.get("claimed")).toMatchObject({ index: 5, tenThousand: true });
    expect(l.columns.get("base")).toMatchObject({ index: 4, tenThousand: false });
    expect(l.columns.get("quantity")).toMatchObject({ index: 3, tenThousand: false });
  });

  it("a unit word on a claim row does not make it a units row", () => {
    const top = ["单位名称", "申报年度", "支持事项", "申请金额"];
    const l = layoutOf(findTable([grid("申报表", [top, ["A公司", 2026, "GI", "万元"]])]));
    expect(l.dataRows).toEqual([2]);
    expect(l.columns.get("claimed")?.tenThousand).toBe(false);
  });

  it("a row below the header with something under a column the header names is data, not header", () => {
    const top = ["单位名称", "申报年度", "支持事项", null];
    const l = layoutOf(findTable([grid("申报表", [top, ["A公司", 2026, "GI", "申请金额"]])]));
    expect(l.columns.has("claimed")).toBe(false);
    expect(l.dataRows).toEqual([2]);
    expect(l.secondHeaderRow).toBeUndefined();
  });

  it("a row below the header that names no column is left to the data rows", () => {
    const l = layoutOf(findTable([grid("申报表", [[...HEAD, null], [null, null, null, null, null, null, null, "以上情况属实"], ROW(3)])]));
    expect(l.dataRows).toEqual([3]);
    expect(colIndex(l).claimed).toBe(6);
  });

  it("a name on the second row for a field the header row names already is DUPLICATE_COLUMN, naming both", () => {
    const top = ["单位名称", "申报年度", "支持事项", "申请金额（元）", "核定情况"];
    const sub = [null, null, null, null, "金额"];
    const r = findTable([grid("申报表", [top, sub, ["A公司", 2026, "GI", 1, 2]])]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toMatchObject({ code: "DUPLICATE_COLUMN", columns: ["D", "E"] });
  });
});

describe("findTable: data rows", () => {
  it("blank rows in between are skipped, not errors; data runs to the last non-empty row", () => {
    const g = grid("申报表", [HEAD, ROW(1), null, ["", "  ", null], ROW(4), null, null, ROW(8)]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2, 5, 8]);
  });

  it("a template numbered down the page is blank where only 序号 is filled", () => {
    const g = grid("申报表", [HEAD, ROW(1), [2], [3], [4]]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2]);
  });

  it("a closing total row is skipped: 合计 in the unit or first text cell, item empty", () => {
    const g = grid("申报表", [HEAD, ROW(1), ROW(2), [null, "合计", null, null, null, 6, 6000]]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2, 3]);
    const g2 = grid("申报表", [HEAD, ROW(1), ["合 计", null, null, null, null, 3, 3000]]);
    expect(layoutOf(findTable([g2])).dataRows).toEqual([2]);
    const g3 = grid("申报表", [HEAD, ROW(1), ["总计：", null, null, null, null, 3, 3000]]);
    expect(layoutOf(findTable([g3])).dataRows).toEqual([2]);
    const g4 = grid("申报表", [HEAD, ROW(1), [null, "小计", null, null, null, null, 3000], ROW(3)]);
    expect(layoutOf(findTable([g4])).dataRows).toEqual([2, 4]);
  });

  it("a 合计 row with an item filled is a claim row, left for the checks to judge", () => {
    const g = grid("申报表", [HEAD, ROW(1), [null, "合计", null, 2026, "GI", 1, 100000]]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2, 3]);
  });

  it("a company whose name merely contains 合计 is not a total row", () => {
    const g = grid("申报表", [HEAD, [null, "合计科技有限公司", null, 2026, null, 1, 1]]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2]);
  });

  it("a note only in an unrecognised column is not a claim", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项", "备注"], ["A公司", 2026, "GI", ""], [null, null, null, "以上情况属实"]]);
    expect(layoutOf(findTable([g])).dataRows).toEqual([2]);
  });

  it("a header cell merged down over data rows does not swallow them (decision 22)", () => {
    const g = grid("申报表", [HEAD, ROW(1), ROW(2), ROW(3)], {
      merges: [{ top: 1, bottom: 3, left: 1, right: 1 }],
    });
    expect(layoutOf(findTable([g])).dataRows).toEqual([2, 3, 4]);
  });

  it("an Excel table's totals row, the last of its range, is no data row whatever it holds; rows below it still are", () => {
    const g = grid("申报表", [HEAD, ROW(1), ROW(2), [3, null, null, null, null, null, 300000], null, ROW(5)]);
    const l = layoutOf(findTable([g], { sheet: "申报表", ref: "A1:G4", totalsRows: 1 }));
    expect(l.dataRows).toEqual([2, 3, 6]);
    expect(l.tableEnd).toBe(4);
    // Without a totals row the same row is read, as any row is.
    expect(layoutOf(findTable([g], { sheet: "申报表", ref: "A1:G4" })).dataRows).toEqual([2, 3, 4, 6]);
  });

  it("rows inside an Excel table's range leave tableEnd unset", () => {
    const g = grid("申报表", [HEAD, ROW(1), ROW(2)]);
    expect(layoutOf(findTable([g], { sheet: "申报表", ref: "A1:G3" })).tableEnd).toBeUndefined();
  });

  it("a table with no data rows is still a table", () => {
    expect(layoutOf(findTable([grid("申报表", [HEAD])])).dataRows).toEqual([]);
  });

  it("an error value in the header row is no header", () => {
    const g = grid("申报表", [[e("#REF!"), "单位名称", "申报年度", "支持事项"], [1, "A", 2026, "GI"]]);
    expect(layoutOf(findTable([g])).lastCol).toBe(3);
  });
});

describe.each([
  ["the six of now", ["审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"]],
  ["the five a copy written before the verdict columns has", ["审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"]],
])("findTable: result columns on a re-run, %s", (_, RESULTS) => {
  it("are found by header where they are and are not data columns", () => {
    const g = grid("申报表", [[...HEAD, ...RESULTS], [...ROW(1), "通过", 3000, 0, "", "（三）"]]);
    const l = layoutOf(findTable([g]));
    expect(l.resultFound).toBe(true);
    expect(l.resultWidth).toBe(RESULTS.length);
    expect(l.resultCol).toBe(7);
    expect(l.lastCol).toBe(6);
    expect(l.columns.has("claimed")).toBe(true);
    expect([...l.columns.values()].every((c) => c.index < 7)).toBe(true);
  });

  it("a user column added after the results is kept and the results stay where they are", () => {
    const g = grid("申报表", [[...HEAD, ...RESULTS, "复核意见"], ROW(1)]);
    const l = layoutOf(findTable([g]));
    expect(l.resultCol).toBe(7);
    expect(l.lastCol).toBe(7 + RESULTS.length);
  });

  it("result headers that are not a whole set side by side in order are not taken as results", () => {
    const g = grid("申报表", [[...HEAD, RESULTS[0], "审核说明"], ROW(1)]);
    const l = layoutOf(findTable([g]));
    expect(l.resultFound).toBe(false);
    expect(l.lastCol).toBe(8);
    expect(l.resultCol).toBe(9);
  });

  it("result headers do not count toward the three a header row needs", () => {
    const g = grid("Sheet1", [["单位名称", "支持事项", ...RESULTS]]);
    expect(findTable([g])).toMatchObject({ ok: false, issue: { reason: "no-table" } });
  });
});

describe("findTable: an Excel table wins", () => {
  it("its header row and columns are used, its name kept; rows that go on below its range are data too (decision 22)", () => {
    const g = grid("申报表", [
      ["单位名称", "申报年度", "支持事项", "数量"],
      ["A", 2026, "DATA_IP", 1],
      null,
      ["序号", "单位名称", "申报年度", "支持事项", "备注"],
      [1, "B公司", 2026, "GI", ""],
      [2, "C公司", 2026, "GI", ""],
      ["说明：以上由单位填写", null, null],
      [null, "D公司", 2027, "GI"],
    ]);
    const l = layoutOf(findTable([g], { sheet: "申报表", ref: "A4:E6", name: "申报" }));
    expect(l.headerRow).toBe(4);
    // Row 7 holds a note in 序号 only; row 8 holds a claim below the table's end: checked, and said so.
    expect(l.dataRows).toEqual([5, 6, 8]);
    expect(l.tableEnd).toBe(6);
    expect(l.tableName).toBe("申报");
    expect(l.lastCol).toBe(4);
    expect(l.resultCol).toBe(5);
  });

  it("the table's last column counts even when its header is blank", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项", null], ["A", 2026, "GI", "x"]]);
    expect(layoutOf(findTable([g], { sheet: "申报表", ref: "$A$1:$D$2" })).lastCol).toBe(3);
  });

  it("result columns written just outside the table on the last run are found", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项", "审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"], ["A", 2026, "GI"]]);
    const l = layoutOf(findTable([g], { sheet: "申报表", ref: "A1:C2" }));
    expect(l.resultFound).toBe(true);
    expect(l.resultCol).toBe(3);
    expect(l.lastCol).toBe(2);
  });

  it("an Excel table without the required columns is a MISSING_COLUMN error", () => {
    const g = grid("申报表", [["单位名称", "数量"], ["A", 1]]);
    expect(findTable([g], { sheet: "申报表", ref: "A1:B2" })).toMatchObject({
      ok: false,
      issue: { code: "MISSING_COLUMN", columns: ["申报年度", "支持事项"] },
    });
  });

  it("an unknown sheet or unreadable range falls back to the header search", () => {
    const g = grid("申报表", [HEAD, ROW(1)]);
    expect(layoutOf(findTable([g], { sheet: "别的表", ref: "A1:C3" })).headerRow).toBe(1);
    expect(layoutOf(findTable([g], { sheet: "申报表", ref: "not a range" })).headerRow).toBe(1);
  });
});

describe("parseRef", () => {
  it("reads A1 ranges as 1-based rows and 0-based columns", () => {
    expect(parseRef("A1:F20")).toEqual({ top: 1, left: 0, bottom: 20, right: 5 });
    expect(parseRef("'申报表'!$B$3:$AA$10")).toEqual({ top: 3, left: 1, bottom: 10, right: 26 });
    expect(parseRef("C5")).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
    expect(parseRef("F20:A1")).toBeNull();
    expect(parseRef("A0:B2")).toBeNull();
  });
});

describe("findTable: numbers in header cells", () => {
  it("a numeric header cell is no header and does not crash", () => {
    const g = grid("申报表", [[n("2026"), "单位名称", "申报年度", "支持事项"], [1, "A", s("2026"), "GI"]]);
    expect(layoutOf(findTable([g])).lastCol).toBe(3);
  });
});
