/**
 * Where every host finds the table (APPLICATION-TABLE.md "Finding the table", MEASURES.md decision 22): the
 * active sheet's Excel table first, then the first visible sheet with every required header; hidden sheets
 * never; sheets read one at a time until the table is found.
 */
import { gridSource, locateTable, type WorkbookSource } from "../../src/check";
import { ReadError, type RawCell, type SheetGrid } from "../../src/workbook";

const HEADERS = ["单位名称", "申报年度", "支持事项", "申请金额（元）"];
const ROW = ["连云港甲公司", 2026, "GI", 100000];

function grid(name: string, rows: (string | number)[][]): SheetGrid {
  const map = new Map<number, RawCell[]>();
  rows.forEach((r, i) => map.set(i + 1, r.map((v): RawCell => (typeof v === "number" ? { t: "n", v: String(v) } : { t: "s", v }))));
  return { name, rows: map, maxRow: rows.length, maxCol: Math.max(0, ...rows.map((r) => r.length - 1)), merges: [] };
}

/** The source, remembering which sheets were read. */
function counted(source: WorkbookSource) {
  const read: string[] = [];
  return { read, source: { ...source, readSheet: (name: string) => (read.push(name), source.readSheet(name)) } };
}

describe("locateTable", () => {
  test("a workbook whose every sheet is hidden has no readable worksheet", () => {
    const source = gridSource([grid("说明", [["请按模板填写"]])], { hidden: ["说明"] });
    expect(locateTable(source)).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-worksheet" } });
  });

  test("where the table is only on a hidden sheet, the refusal names that sheet (it is still not checked)", () => {
    const hiddenOnly = gridSource([grid("申报表", [HEADERS, ROW])], { hidden: ["申报表"] });
    expect(locateTable(hiddenOnly)).toEqual({
      ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-worksheet", found: { d: "table-on-hidden-sheet", sheet: "申报表" } },
    });
    const behindInstructions = gridSource([grid("说明", [["请在申报表中填写"]]), grid("申报表", [HEADERS, ROW])], { hidden: ["申报表"] });
    expect(locateTable(behindInstructions)).toEqual({
      ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table", found: { d: "table-on-hidden-sheet", sheet: "申报表" } },
    });
  });

  test("a hidden sheet that cannot be read names nothing, and the refusal stays the visible sheets' own", () => {
    const source = gridSource([grid("说明", [["请按模板填写"]]), grid("坏表", [HEADERS, ROW])], { hidden: ["坏表"] });
    const failing: WorkbookSource = {
      ...source,
      readSheet: (name) => {
        if (name === "坏表") throw new ReadError("limits", { d: "too-many-cells", maxCells: 1 });
        return source.readSheet(name);
      },
    };
    expect(locateTable(failing)).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
  });

  test("a hidden sheet without the table adds nothing to the refusal", () => {
    const source = gridSource([grid("说明", [["请按模板填写"]]), grid("旧表", [["单位名称", "备注"]])], { hidden: ["旧表"] });
    expect(locateTable(source)).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
  });

  test("visible sheets without a header row: no table (not 'no readable worksheet', as the command line said before)", () => {
    const source = gridSource([grid("说明", [["请按模板填写"]]), grid("Sheet2", [["a", "b"]])]);
    expect(locateTable(source)).toEqual({ ok: false, issue: { code: "UNREADABLE_FILE", reason: "no-table" } });
  });

  test("an instructions sheet that names a few columns is passed over; the first sheet with every header is the table", () => {
    const { read, source } = counted(gridSource([
      grid("填表说明", [["单位名称", "申报年度", "备注"]]), grid("申报表", [HEADERS, ROW]), grid("附件", [["附件清单"]]),
    ]));
    const found = locateTable(source);
    expect(found.ok && [found.layout.sheet, found.layout.dataRows]).toEqual(["申报表", [2]]);
    expect(found.ok && found.layout.otherTables).toBeUndefined();
    expect(read.slice(0, 2)).toEqual(["填表说明", "申报表"]);
  });

  describe("one table a file (decision 22): the other visible sheets that hold one are named, not checked", () => {
    test("a second and a third sheet with every header are named in tab order; the first is the table", () => {
      const found = locateTable(gridSource([
        grid("专利", [HEADERS, ROW]), grid("说明", [["请按模板填写"]]), grid("商标", [["商标类申报"], HEADERS, ROW]), grid("软件", [HEADERS]),
      ]));
      expect(found.ok && [found.layout.sheet, found.layout.otherTables]).toEqual(["专利", ["商标", "软件"]]);
    });

    test("the active sheet's Excel table is the table; an earlier sheet with a header row is named", () => {
      const found = locateTable(gridSource([grid("草稿", [HEADERS, ROW]), grid("申报表", [["标题"], HEADERS, ROW])], {
        activeSheet: "申报表", tables: [{ sheet: "申报表", name: "申报", ref: "A2:D3" }],
      }));
      expect(found.ok && [found.layout.sheet, found.layout.otherTables]).toEqual(["申报表", ["草稿"]]);
    });

    test("a hidden sheet with a table is neither read nor named", () => {
      const { read, source } = counted(gridSource([grid("申报表", [HEADERS, ROW]), grid("旧表", [HEADERS, ROW])], { hidden: ["旧表"] }));
      const found = locateTable(source);
      expect(found.ok && found.layout.otherTables).toBeUndefined();
      expect(read).not.toContain("旧表");
    });

    test("the product's own sheets (审核明细 has an application's columns), and theirs beside a user's as 名称（2）, are passed over unread", () => {
      const ours = ["审核明细", "问题清单", "汇总", "审核信息", "审核意见表", "审核明细（2）"];
      const { read, source } = counted(gridSource([grid("申报表", [HEADERS, ROW]), ...ours.map((n) => grid(n, [HEADERS, ROW])), grid("审核明细表", [HEADERS, ROW])]));
      const found = locateTable(source);
      // A sheet merely named like one of ours is the user's.
      expect(found.ok && found.layout.otherTables).toEqual(["审核明细表"]);
      expect(read.filter((n) => ours.includes(n))).toEqual([]);
    });

    test("another sheet that cannot be read names nothing, and the table is still checked", () => {
      const source = gridSource([grid("申报表", [HEADERS, ROW]), grid("坏表", [HEADERS, ROW])]);
      const failing: WorkbookSource = {
        ...source,
        readSheet: (name) => {
          if (name === "坏表") throw new ReadError("limits", { d: "too-many-cells", maxCells: 1 });
          return source.readSheet(name);
        },
      };
      const found = locateTable(failing);
      expect(found.ok && [found.layout.sheet, found.layout.otherTables]).toEqual(["申报表", undefined]);
    });

    test("a sheet whose header lacks a required column is no table and is not named", () => {
      const found = locateTable(gridSource([grid("申报表", [HEADERS, ROW]), grid("统计", [["单位名称", "申请金额（元）"], ["甲", 1]])]));
      expect(found.ok && found.layout.otherTables).toBeUndefined();
    });
  });

  test("a hidden sheet with a full table is never read; the visible one is the table", () => {
    const { read, source } = counted(gridSource([grid("旧表", [HEADERS, ROW]), grid("申报表", [HEADERS, ROW])], { hidden: ["旧表"] }));
    const found = locateTable(source);
    expect(found.ok && found.layout.sheet).toBe("申报表");
    expect(read).not.toContain("旧表");
  });

  test("the active sheet's Excel table wins over a header row on an earlier sheet", () => {
    const source = gridSource([grid("草稿", [HEADERS, ROW]), grid("申报表", [["标题"], HEADERS, ROW])], {
      activeSheet: "申报表", tables: [{ sheet: "申报表", name: "申报", ref: "A2:D3" }],
    });
    const found = locateTable(source);
    expect(found.ok && [found.layout.sheet, found.layout.headerRow, found.layout.tableName]).toEqual(["申报表", 2, "申报"]);
  });

  test("an Excel table on a hidden active sheet is passed over", () => {
    const source = gridSource([grid("申报表", [HEADERS, ROW]), grid("隐藏", [HEADERS, ROW])], {
      activeSheet: "隐藏", hidden: ["隐藏"], tables: [{ sheet: "隐藏", name: "申报", ref: "A1:D2" }],
    });
    const found = locateTable(source);
    expect(found.ok && found.layout.sheet).toBe("申报表");
  });

  test("an Excel table without 支持事项 gives way to a full header row elsewhere, and is the message where there is none", () => {
    const lacking = grid("申报表", [["单位名称", "申请金额（元）"], ["连云港甲公司", 1000]]);
    const table = { sheet: "申报表", name: "申报", ref: "A1:B2" };
    const elsewhere = locateTable(gridSource([lacking, grid("另表", [HEADERS, ROW])], { tables: [table] }));
    expect(elsewhere.ok && elsewhere.layout.sheet).toBe("另表");
    const alone = locateTable(gridSource([lacking], { tables: [table] }));
    expect(alone).toMatchObject({ ok: false, sheet: "申报表", headerRow: 1, issue: { code: "MISSING_COLUMN" } });
    expect(!alone.ok && alone.issue.code === "MISSING_COLUMN" && alone.issue.columns).toContain("支持事项");
  });

  test("no sheet has every header: MISSING_COLUMN for the sheet that lacks the fewest", () => {
    const source = gridSource([
      grid("甲", [["单位名称", "申报年度", "备注"]]),
      grid("乙", [["单位名称", "申报年度", "申请金额（元）", "备注"]]),
    ]);
    expect(locateTable(source)).toMatchObject({ ok: false, sheet: "乙", issue: { code: "MISSING_COLUMN", columns: ["支持事项"] } });
  });
});
