import { FakeContext } from "./api";
import { workbookOf } from "./model";

const ctxOf = () => new FakeContext(workbookOf({ 申报表: [["单位名称", "金额"], ["甲公司", 100]] }));

describe("the strict fake Excel", () => {
  it("throws when a property is read before load and sync", async () => {
    const ctx = ctxOf();
    const range = ctx.workbook.worksheets.getItem("申报表").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values).toEqual([["单位名称", "金额"], ["甲公司", 100]]);
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
  });

  it("applies writes only at sync, as Excel does", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1").values = [["x"]];
    expect(ctx.model.sheets[0].cells.get("1:2")).toBeUndefined();
    await ctx.sync();
    expect(ctx.model.sheets[0].cells.get("1:2")).toEqual({ value: "x", numberFormat: undefined });
  });

  it("turns an unprefixed '=…' into a formula and '001' into a number, as Excel does", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1:E1").values = [["=1+1", "001", "'=1+1"]];
    await ctx.sync();
    const cells = ctx.model.sheets[0].cells;
    expect(cells.get("1:2")?.formula).toBe("=1+1");
    expect(cells.get("1:3")?.value).toBe(1);
    expect(cells.get("1:4")).toMatchObject({ value: "=1+1", textPrefix: true });
  });

  it("refuses a values array of the wrong shape and a request over 5 MB", async () => {
    const ctx = ctxOf();
    ctx.workbook.worksheets.getItem("申报表").getRange("C1:D1").values = [["only one"]];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    const big = "长".repeat(2_000_000);
    ctx.workbook.worksheets.getItem("申报表").getRange("C1").values = [[big]];
    await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("refuses a second note on a cell and a sheet name already taken", async () => {
    const ctx = ctxOf();
    ctx.model.notes.push({ sheet: "申报表", row: 2, col: 0, content: "申请人的批注" });
    ctx.workbook.worksheets.getItem("申报表").notes.add("A2", "x");
    await expect(ctx.sync()).rejects.toThrow(/already has a note/);
    ctx.workbook.worksheets.add("申报表");
    await expect(ctx.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });
});
