/**
 * 审核明细 as REPORT.md "For managers" lists it: one clean, typed row per application row, whatever the
 * applicant typed, and the pivot figures over it summed to the 分.
 */
import { checkBatch, Decimal, formatCents, type RowResult } from "../../src/engine";
import { ITEMS } from "../../src/policy";
import { clauseSortKey, DETAIL_COLUMNS, detailRows, detailValues, districtName, districtOrder } from "../../src/output/detail";
import { neutralise } from "../../src/output/neutralise";
import type { Issue } from "../../src/engine/issues";
import { detailPivots, VERDICT_SUM_KEYS } from "../../src/output/pivots";
import { claim } from "../support/claims";
import { result } from "./fixtures";

describe("审核明细 columns and rows", () => {
  test("columns come in REPORT.md's order", () => {
    expect(DETAIL_COLUMNS.map((c) => c.header)).toEqual([
      "文件", "行号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "事项代码", "事项名称", "条款", "审核结论",
      "申请金额", "可核定金额", "待核实金额", "核减金额", "问题代码", "级别",
    ]);
  });

  test("级别 is the level the row was read at, by its own name; empty on an item not paid by level", () => {
    const [rows] = checkBatch([[
      claim({ row: 2, item: "OPS_CENTER", level: "江苏省", eventDate: "2026-03-01" }),
      claim({ row: 3, item: "PLEDGE_LOAN", base: "100000", months: 12 }),
    ]]);
    const detail = detailRows(rows, ["申报表.xlsx"]);
    expect(detail.map((d) => d.level)).toEqual(["省级", ""]);
    expect(detailValues(detail[0]).at(-1)).toBe("省级");
  });

  test("高新区 and its full name are one district; 2026 is the number 2026 however the cell was typed", () => {
    const [rows] = checkBatch([[
      claim({ row: 2, district: "高新区", item: "知识产权质押融资贴息", base: "100000", months: 12 }),
      claim({ row: 3, district: "连云港高新技术产业开发区", item: "PLEDGE_LOAN", base: "100000", months: 12 }),
    ]]);
    const detail = detailRows(rows, ["申报表.xlsx"]);
    expect(detail.map((d) => d.district)).toEqual(["连云港高新技术产业开发区", "连云港高新技术产业开发区"]);
    expect(detail.map((d) => d.year)).toEqual([2026, 2026]);
    expect(detail.map((d) => [d.itemCode, d.itemName])).toEqual([
      ["PLEDGE_LOAN", "知识产权质押融资贷款利息及评估等服务费用补助"],
      ["PLEDGE_LOAN", "知识产权质押融资贷款利息及评估等服务费用补助"],
    ]);
  });

  test("every row leads back to its file and row, and requested = approvable + pending + excess to the 分", () => {
    const [a, b] = checkBatch([
      [claim({ row: 5, item: "PLEDGE_LOAN", base: "100000", months: 12, claimed: "999999.99" })],
      [claim({ file: 1, row: 9, item: "PLEDGE_LOAN", base: "100000", months: 12 })],
    ]);
    const detail = detailRows([...a, ...b], ["甲.xlsx", "乙.xlsx"]);
    expect(detail.map((d) => [d.file, d.row])).toEqual([["甲.xlsx", 5], ["乙.xlsx", 9]]);
    for (const d of detail) expect(d.requested === d.approvable + d.pending + d.excess).toBe(true);
    expect(formatCents(detail[0].requested)).toBe("999999.99");
    // An over-claim keeps its capped amount: 核减, not 不予支持 (decision 23).
    expect(detail[0].verdict).toBe("核减");
    expect(detail[0].codes).toContain("OVER_ELIGIBLE");
  });

  test("cells are typed: row, year and money are numbers, money the nearest double to its 分", () => {
    const [rows] = checkBatch([[claim({ row: 7, item: "PLEDGE_LOAN", base: "123456.78", months: 12, claimed: "1234.57" })]]);
    const values = detailValues(detailRows(rows, ["f.xlsx"])[0]);
    const at = (header: string) => values[DETAIL_COLUMNS.findIndex((c) => c.header === header)];
    expect(at("行号")).toBe(7);
    expect(at("申报年度")).toBe(2026);
    expect(at("申请金额")).toBe(1234.57);
    expect(typeof at("可核定金额")).toBe("number");
    expect(at("条款")).toBe("07 （七）");
  });

  test("a district lygip does not know (连云港市区, 外地) is not listed as a district: every one under 「（未识别县区）」", () => {
    const detail = detailRows([
      result({ row: 2, item: "GI", district: "连云港市区" }),
      result({ row: 3, item: "GI", district: "外地" }),
      result({ row: 4, item: "GI", district: "海州" }),
    ], ["f"]);
    expect(detail.map((d) => d.district)).toEqual(["（未识别县区）", "（未识别县区）", "海州区"]);
    expect(districtOrder(detail.map((d) => d.district))).toEqual(["海州区", "（未识别县区）"]);
  });

  test("each district text is named as districtName names it, however often and among however many others it comes", () => {
    // More different texts than are remembered, each coming back after the others, some with spaces or control characters.
    const texts = [...Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? ` 海州${i % 2 ? "区" : ""} ` : i % 3 === 1 ? `外地${i}` : "赣榆\u0001区")), null, ""];
    const rows = [...texts, ...texts.slice().reverse(), ...texts].map((district, i) => result({ row: i + 2, item: "GI", district }));
    expect(detailRows(rows, ["f"]).map((d) => d.district)).toEqual(rows.map((r) => neutralise(districtName(r.input.district))));
  });

  test("a row's codes are its messages' codes, each once, in the order they first come", () => {
    const issue = (code: string) => ({ code, params: {} }) as unknown as Issue;
    const codes = (issues: Issue[]) => detailRows([result({ row: 2, item: "GI", issues })], ["f"])[0]!.codes;
    expect(codes([])).toBe("");
    expect(codes([issue("NO_EVENT_DATE")])).toBe("NO_EVENT_DATE");
    expect(codes([issue("OVER_ELIGIBLE"), issue("NO_EVENT_DATE"), issue("OVER_ELIGIBLE")])).toBe("OVER_ELIGIBLE, NO_EVENT_DATE");
  });

  test("an empty year stays an empty cell, an unknown item and an empty district have their own labels", () => {
    const detail = detailRows([result({ row: 2, year: null, item: null, typedItem: "不存在的事项", district: null })], ["f"]);
    expect(detail[0]).toMatchObject({ year: null, itemCode: "", itemName: "（未识别）", clause: "", district: "（未填写）" });
    expect(detailValues(detail[0])[DETAIL_COLUMNS.findIndex((c) => c.key === "year")]).toBeNull();
  });

  test("a unit name that looks like a formula is kept as text, characters XML cannot hold are dropped", () => {
    const [d] = detailRows([result({ row: 2, unit: "=HYPERLINK(\"x\")\u0001公司" })], ["f"]);
    expect(d.unit).toBe("=HYPERLINK(\"x\")公司");
  });
});

describe("条款 sorts in clause order as text", () => {
  test.each([
    ["（一）", "01 （一）"],
    ["（七）", "07 （七）"],
    ["（十）", "10 （十）"],
    ["（十一）", "11 （十一）"],
    ["（二十）", "20 （二十）"],
    ["（二十二）", "22 （二十二）"],
  ])("%s → %s", (clause, key) => expect(clauseSortKey(clause)).toBe(key));

  test("every item's clause key sorts in the policy's order", () => {
    const keys = ITEMS.map((i) => clauseSortKey(i.clause));
    expect([...keys].sort()).toEqual(keys);
    for (const k of keys) expect(k).toMatch(/^\d\d （[一二三四五六七八九十]+）$/);
  });

  test("text that is not a bracketed numeral is left as it is", () => {
    expect(clauseSortKey("附则")).toBe("附则");
    expect(clauseSortKey("（）")).toBe("（）");
  });
});

describe("pivot figures over 审核明细", () => {
  const results: RowResult[] = [
    result({ row: 2, item: "PLEDGE_LOAN", district: "高新区", year: 2026, approvable: "0.10" }),
    result({ row: 3, item: "PLEDGE_LOAN", district: "连云港高新技术产业开发区", year: 2026, approvable: "0.20" }),
    result({ row: 4, item: "GI", district: "海州", year: 2025, approvable: "100000.01" }),
    result({ row: 5, item: null, typedItem: "？", district: "", year: null, approvable: "0", status: "error" }),
    result({ row: 6, item: "GI", district: "新浦区", year: 2026, approvable: "300000.00", status: "warning" }),
  ];
  const pivots = detailPivots(detailRows(results, ["f"]));

  test("事项 × 年度: items in clause order, years ascending with an empty year last, 0.1 + 0.2 = 0.30 exactly", () => {
    const t = pivots.byItem;
    expect(t.rowLabels).toEqual(["地理标志保护产品、地理标志商标", "知识产权质押融资贷款利息及评估等服务费用补助", "（未识别）"]);
    expect(t.years).toEqual([2025, 2026, null]);
    expect(t.cells.map((r) => r.map((c) => c?.toFixed(2) ?? null))).toEqual([
      ["100000.01", "300000.00", null],
      [null, "0.30", null],
      [null, null, "0.00"],
    ]);
    expect(t.rowTotals.map((m) => m.toFixed(2))).toEqual(["400000.01", "0.30", "0.00"]);
    expect(t.yearTotals.map((m) => m.toFixed(2))).toEqual(["100000.01", "300000.30", "0.00"]);
    expect(t.total.toFixed(2)).toBe("400000.31");
  });

  test("县区 × 年度: 新浦区 counts under 海州区, 高新区 under its full name, an empty district last", () => {
    const t = pivots.byDistrict;
    expect(t.rowLabels).toEqual(["海州区", "连云港高新技术产业开发区", "（未填写）"]);
    expect(t.rowTotals.map((m) => m.toFixed(2))).toEqual(["400000.01", "0.30", "0.00"]);
    expect(t.total.eq(new Decimal("400000.31"))).toBe(true);
  });

  test("事项 × 县区 adds every year (the page field offers each), an empty district last", () => {
    const t = pivots.byItemDistrict;
    expect(t.colLabels).toEqual(["海州区", "连云港高新技术产业开发区", "（未填写）"]);
    expect(t.years).toEqual([2025, 2026, null]);
    // GI: 100,000.01 in 2025 and 300,000.00 in 2026, both 海州区 (海州, 新浦区): one cell of both years.
    expect(t.cells[0].map((c) => c?.toFixed(2) ?? null)).toEqual(["400000.01", null, null]);
    expect(t.colTotals.map((m) => m.toFixed(2))).toEqual(["400000.01", "0.30", "0.00"]);
    expect(t.total.toFixed(2)).toBe("400000.31");
  });
});

describe("the pivot by 审核结论", () => {
  const rows = detailRows([
    result({ row: 2, item: "GI", claimed: "100000", approvable: "100000" }),
    result({ row: 3, item: "GI", claimed: "150000", approvable: "100000", excess: "50000" }),
    result({ row: 4, item: "GI", claimed: "80000", approvable: "80000" }),
    result({ row: 5, item: null, typedItem: "？", claimed: "1000", approvable: "0", excess: "1000", issues: [{ code: "UNKNOWN_ITEM", typed: "？", closest: [] } as never] }),
    result({ row: 6, item: "GI", claimed: "60000", approvable: "0", pending: "60000", verdict: "review" }),
  ], ["f"]);
  const tab = detailPivots(rows).byVerdict;

  test("the pivot counts rows by 审核结论, in the order 通过, 核减, 不予支持, 待核实", () => {
    expect(tab.labels).toEqual(["通过", "核减", "不予支持", "待核实"]);
    expect(tab.counts).toEqual([2, 1, 1, 1]);
    expect(tab.total).toBe(5);
  });

  test("the pivot sums 申请, 可核定, 待核实 and 核减 by 审核结论, and 申请 = 可核定 + 待核实 + 核减 on every line", () => {
    expect(VERDICT_SUM_KEYS).toEqual(["requested", "approvable", "pending", "excess"]);
    expect(tab.sums.map((line) => line.map((m) => m.toFixed(2)))).toEqual([
      ["180000.00", "180000.00", "0.00", "0.00"],
      ["150000.00", "100000.00", "0.00", "50000.00"],
      ["1000.00", "0.00", "0.00", "1000.00"],
      ["60000.00", "0.00", "60000.00", "0.00"],
    ]);
    for (const [requested, approvable, pending, excess] of [...tab.sums, tab.totalSums]) {
      expect(requested.eq(approvable.plus(pending).plus(excess))).toBe(true);
    }
    expect(tab.totalSums.map((m) => m.toFixed(2))).toEqual(["391000.00", "280000.00", "60000.00", "51000.00"]);
  });

  test("a verdict no row has is left out", () => {
    expect(detailPivots(rows.slice(0, 1)).byVerdict.labels).toEqual(["通过"]);
  });

  test("审核明细 heads its columns 审核结论, 待核实金额 and 核减金额, never 审核结果 or 超出", () => {
    const headers = DETAIL_COLUMNS.map((c) => c.header);
    expect(headers.slice(headers.indexOf("审核结论"), headers.indexOf("核减金额") + 1)).toEqual(["审核结论", "申请金额", "可核定金额", "待核实金额", "核减金额"]);
    expect(headers.join("|")).not.toMatch(/审核结果|超出/);
  });
});
