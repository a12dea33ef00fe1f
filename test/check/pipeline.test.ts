/** The one entry every host calls: workbooks in, each one's table read, the batch checked, one plan each. */
import { checkWorkbooks, gridSource, resultCellsOf } from "../../src/check";
import type { RawCell, SheetGrid } from "../../src/workbook";

const HEADERS = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "数量", "申请金额（元）", "事项日期"];
const GI = ["连云港乙食品有限公司", "91320700MA1Y2K3L4X", 2026, "GI", 1, 150000, "2026-03-01"];

function grid(name: string, rows: (string | number)[][]): SheetGrid {
  const map = new Map<number, RawCell[]>();
  rows.forEach((r, i) => map.set(i + 1, r.map((v): RawCell => (typeof v === "number" ? { t: "n", v: String(v) } : { t: "s", v }))));
  return { name, rows: map, maxRow: rows.length, maxCol: Math.max(0, ...rows.map((r) => r.length - 1)), merges: [] };
}

describe("checkWorkbooks", () => {
  test("a file without a table keeps its issue; the others are checked and planned, each with its own file index", () => {
    const [a, b, c] = checkWorkbooks([
      gridSource([grid("申报表", [HEADERS, GI])]),
      gridSource([grid("说明", [["请按模板填写"]])]),
      gridSource([grid("表", [["标题"], HEADERS, GI])]),
    ], { plan: (file) => ({ fileLabel: `文件${file + 1}` }) });
    expect(b!.read).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
    expect(b!.checked).toBeUndefined();
    expect(a!.results!.map((r) => [r.ref.file, r.ref.row])).toEqual([[0, 2]]);
    expect(c!.results!.map((r) => [r.ref.file, r.ref.row])).toEqual([[2, 3]]);
    // GI gives 100,000 (clause （二）): 150,000 claimed is 核减 to 100,000, in the plan's result columns.
    expect(a!.checked!.plan.resultRows[0]!.values.slice(0, 4)).toEqual(["核减", 100000, 0, 50000]);
    expect(c!.checked!.plan.managers!.summary.sheet.rows[2]!.values[0]).toBe("申报文件：文件3");
    expect(a!.checked!.problems.find((p) => p.code === "OVER_ELIGIBLE")).toMatchObject({ sheet: "申报表", cell: "F2", clause: "（二）" });
  });

  test("a section title, a repeated header row and the signature lines are not checked: no verdict, no result cells", () => {
    const [only] = checkWorkbooks([
      gridSource([grid("申报表", [HEADERS, ["赣榆区"], GI, HEADERS, GI, ["填表人：张三　联系电话：0518-85123456"], ["单位（盖章）："]])]),
    ]);
    expect(only!.results!.map((r) => r.ref.row)).toEqual([3, 5]);
    expect(only!.checked!.plan.resultRows.map((r) => [r.row, r.verdict])).toEqual([[3, "reduced"], [5, "reduced"]]);
  });

  test("plan: false gives the results only (APPROVE)", () => {
    const [only] = checkWorkbooks([gridSource([grid("申报表", [HEADERS, GI])])], { plan: false });
    expect(only!.results!.map((r) => r.verdict)).toEqual(["reduced"]);
    expect(only!.checked).toBeUndefined();
  });

  test("the result cells are free, or the applicant's cells there are named", () => {
    const grids = [grid("申报表", [HEADERS, GI]), grid("申报表", [HEADERS, [...GI, "备注"]])];
    const [free, taken] = checkWorkbooks(grids.map((g) => gridSource([g])));
    expect(resultCellsOf(free!.checked!.plan, grids[0]!, {})).toEqual({ ok: true });
    expect(resultCellsOf(taken!.checked!.plan, grids[1]!, {})).toEqual({ ok: false, code: "cell-occupied", cells: ["H2"] });
  });
});

describe("checkWorkbooks: a credit code typed as a number", () => {
  // 123207004660007101 and 123207004660007235 are two units' codes; typed into General cells Excel keeps 15
  // significant digits, and both are stored as 1.23207004660007E+17 = 123207004660007000, itself a valid
  // code (GB 32100-2015 check character 0). Read as typed, the two units were one, sharing one cap.
  const code = { t: "n", v: "1.23207004660007E+17" } as const;
  const rowOf = (unit: string): RawCell[] =>
    [unit, code, 2026, "GI", 1, 100000, "2026-03-01"].map((v): RawCell => (typeof v === "object" ? v : typeof v === "number" ? { t: "n", v: String(v) } : { t: "s", v }));

  test("is not a code: each unit is known by its name, and the message says Excel lost the digits", () => {
    const g: SheetGrid = {
      name: "申报表",
      rows: new Map([[1, HEADERS.map((h): RawCell => ({ t: "s", v: h }))], [2, rowOf("连云港甲事业单位")], [3, rowOf("连云港乙事业单位")]]),
      maxRow: 3, maxCol: HEADERS.length - 1, merges: [],
    };
    const [only] = checkWorkbooks([gridSource([g])], { plan: false });
    const results = only!.results!;
    expect(results.map((r) => r.unitKey)).toEqual(["name:连云港甲事业单位", "name:连云港乙事业单位"]);
    for (const r of results) {
      // A warning, as any credit code that is no code is (decision 11), and not "未填写": the cell was filled.
      expect(r.issues.filter((i) => i.field === "creditCode")).toEqual([
        { code: "BAD_CREDIT_CODE", field: "creditCode", found: "123207004660007000", problem: "digits-lost" },
      ]);
      expect(r.verdict).toBe("approved");
    }
  });
});
