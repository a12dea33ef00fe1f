/**
 * Headers as government forms write them (APPLICATION-TABLE.md "Finding the table"): a known header with an
 * annotation in brackets after it (单位名称（盖章）, 统一社会信用代码（18位）, 申请金额（小写）) is that column; a
 * header that brackets part of its own words (所属县（区）) is the header without the brackets. An annotation
 * that says the cell holds something else (申请金额（大写）: the amount in Chinese capitals) is not taken.
 */
import { checkWorkbooks, gridSource } from "../../../src/check";
import { findTable } from "../../../src/workbook/table/findTable";
import { mapHeader } from "../../../src/workbook/table/headers";
import type { TableLayout } from "../../../src/workbook/types";
import { grid } from "./helpers";

function layoutOf(result: ReturnType<typeof findTable>): TableLayout {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.issue)}`);
  return result.layout;
}

describe("annotated headers", () => {
  it.each([
    ["单位名称（盖章）", "unit"], ["申报单位（盖章）", "unit"], ["申请单位(签章)", "unit"], ["单位名称（公章）", "unit"],
    ["单位名称（全称）", "unit"], ["单位名称（必填）", "unit"], ["*单位名称（盖章）", "unit"],
    ["统一社会信用代码（18位）", "creditCode"], ["统一社会信用代码(18 位)", "creditCode"],
    ["所属县（区）", "district"], ["所属县(区)", "district"], ["县（区）", "district"],
    ["申请金额（小写）", "claimed"], ["申请补助金额", "claimed"], ["申请补助金额（元）", "claimed"],
    ["支持事项（必填）", "item"], ["申报年度（选填）", "year"],
  ])("%s is the %s column", (header, key) => {
    expect(mapHeader(header)).toEqual({ key, tenThousand: false });
  });

  it("a unit and an annotation together, in either order or in one bracket, keep the unit", () => {
    expect(mapHeader("申请金额（小写）（万元）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("申请金额（万元）（小写）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("申请金额（小写，万元）")).toEqual({ key: "claimed", tenThousand: true });
    expect(mapHeader("申请金额（元）（小写）")).toEqual({ key: "claimed", tenThousand: false });
  });

  it.each([
    ["申请金额（大写）"], ["申请金额(大写)"], ["金额（大写）"], ["申请金额（小写，大写）"], ["申请金额（元）（大写）"], ["申请金额（大写，元）"],
    // 项目名称 is a project's title, not the item claimed.
    ["项目名称"], ["项目名称（必填）"],
    // An annotation is read only after a header that is known by itself.
    ["（盖章）"], ["盖章"], ["名称（盖章）"],
    // A count's unit stays the quantity column's alone, annotated or not.
    ["单位名称（盖章）（件）"],
  ])("%s is no column", (header) => {
    expect(mapHeader(header)).toBeNull();
  });

  it("a unit among the annotations is the column's own: a 万元 note above the table does not override it", () => {
    const head = ["单位名称（盖章）", "申报年度", "支持事项", "申请金额（元）（小写）", "计算基数（小写）"];
    const layout = layoutOf(findTable([grid("申报表", [["金额单位：万元"], head, ["连云港某公司", 2026, "GI", 150000, 10]])]));
    expect(layout.columns.get("claimed")).toMatchObject({ index: 3, tenThousand: false });
    // An annotation gives no unit: the note's 万元 holds for 计算基数（小写）.
    expect(layout.columns.get("base")).toMatchObject({ index: 4, tenThousand: true });
  });

  it("a form with the amount in figures and in capitals takes the figures as the claim", () => {
    const head = ["序号", "单位名称（盖章）", "统一社会信用代码（18位）", "所属县（区）", "申报年度", "支持事项", "数量", "申请金额（大写）", "申请金额（小写）"];
    const row = [1, "连云港乙食品有限公司", "91320700MA1Y2K3L4X", "海州区", 2026, "GI", 1, "壹拾伍万元整", 150000];
    const layout = layoutOf(findTable([grid("申报表", [head, row])]));
    expect(Object.fromEntries([...layout.columns].map(([k, c]) => [k, c.index]))).toEqual({
      seq: 0, unit: 1, creditCode: 2, district: 3, year: 4, item: 5, quantity: 6, claimed: 8,
    });
  });

  it("the claim under 申请补助金额 is checked as the claim, not replaced by the eligible amount", () => {
    const head = ["申报单位（盖章）", "统一社会信用代码（18位）", "所属县(区)", "申报年度", "支持事项", "数量", "申请补助金额", "事项日期"];
    const row = ["连云港乙食品有限公司", "91320700MA1Y2K3L4X", "海州区", 2026, "GI", 1, 150000, "2026-03-01"];
    const [file] = checkWorkbooks([gridSource([grid("申报表", [head, row])])], { plan: false });
    const result = file!.results![0]!;
    // GI gives 100,000 (clause （二））: the 150,000 claimed is 核减, where an unread claim would be NO_CLAIM.
    expect(result.verdict).toBe("reduced");
    expect(result.issues.map((i) => i.code)).toContain("OVER_ELIGIBLE");
    expect(result.issues.map((i) => i.code)).not.toContain("NO_CLAIM");
  });
});
