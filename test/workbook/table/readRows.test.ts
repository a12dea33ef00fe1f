import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import { findTable } from "../../../src/workbook/table/findTable";
import { readRows, S, SLOTS } from "../../../src/workbook/table/readRows";
import type { RawCell, SheetGrid } from "../../../src/workbook/types";
import { bad, e, grid, n, s, type Plain } from "./helpers";
import { sampled } from "../../support/sampled";

const TWELVE = { zeros: 12, before: "", after: "" };

const FULL_HEAD = [
  "序号", "单位名称", "统一社会信用代码", "所属县区", "申报年度", "支持事项", "级别", "数量", "计算基数（元）",
  "贷款期限（月）", "评估等服务费（元）", "补助比例", "结果/状态", "事项日期", "任职起始日期", "证书/合同/案件编号",
  "人员证件号", "申请金额（元）", "备注",
];

function read(rows: (readonly Plain[] | null)[], extra: Parameters<typeof grid>[2] = {}) {
  const g = grid("申报表", rows, extra);
  const found = findTable([g]);
  if (!found.ok) throw new Error(JSON.stringify(found.issue));
  return readRows(g, found.layout, 0);
}

describe("readRows: every column read by its type", () => {
  it("a complete row", () => {
    const [row] = read([
      FULL_HEAD,
      [1, "连云港某某科技有限公司", "91320706MA1N2B3C4M", "海州区", "2026年", "PLEDGE_LOAN", "", "", n("180000"), "18", "20,000.00",
        "30%", "", n("45809", { date: true }), "", "HT-2025-001", "", "42000", "备注不读"],
    ]);
    expect(row.ref).toEqual({ file: 0, row: 2 });
    expect(row.unit).toBe("连云港某某科技有限公司");
    expect(row.creditCode).toBe("91320706MA1N2B3C4M");
    expect(row.district).toBe("海州区");
    expect(row.year).toBe(2026);
    expect(row.item).toBe("PLEDGE_LOAN");
    expect(row.level).toBeNull();
    expect(row.quantity).toBeNull();
    expect(row.base!.toFixed(2)).toBe("180000.00");
    expect(row.months).toBe(18);
    expect(row.fees!.toFixed(2)).toBe("20000.00");
    expect(row.rate!.toString()).toBe("0.3");
    expect(row.outcome).toBeNull();
    expect(row.eventDate).toBe("2025-06-01");
    expect(row.startDate).toBeNull();
    expect(row.refNo).toBe("HT-2025-001");
    expect(row.personId).toBeNull();
    expect(row.claimed!.toFixed(2)).toBe("42000.00");
    expect(row.cellIssues).toEqual([]);
    expect(row.unreadable.size).toBe(0);
    expect(row.fromFormula?.size).toBe(0);
  });

  it("money is also handed over in whole 分, as typed: with separators, in 万, to the 分, blank", () => {
    const head = ["单位名称", "申报年度", "支持事项", "计算基数（元）", "评估等服务费（元）", "申请金额（元）"];
    const [a, b, c] = read([
      head,
      ["A", 2026, "PLEDGE_LOAN", "1,234,567.89", n("0.01"), "1.5万"],
      ["B", 2026, "PLEDGE_LOAN", n("9999999999999.99"), "", "(500)"],
      ["C", 2026, "PLEDGE_LOAN", "0.00", "￥20,000.10", n("180000")],
    ]);
    expect([a.baseCents, a.feesCents, a.claimedCents]).toEqual([123456789, 1, 1500000]);
    // The largest amount a cell holds to the 分 (13 integer digits): still a whole number of 分.
    expect([b.baseCents, b.feesCents]).toEqual([999999999999999, null]);
    // (500) is negative money: refused, so no 分 either.
    expect(b.claimed).toBeNull();
    expect(b.claimedCents).toBeNull();
    expect([c.baseCents, c.feesCents, c.claimedCents]).toEqual([0, 2000010, 18000000]);
  });

  it("the file's index in the batch is carried on every row", () => {
    const g = grid("申报表", [["单位名称", "申报年度", "支持事项"], ["A", 2026, "GI"]]);
    const found = findTable([g]);
    expect(found.ok && readRows(g, found.layout, 3)[0].ref).toEqual({ file: 3, row: 2 });
  });

  it("row numbers are the worksheet's, blank rows and a 合计 row skipped", () => {
    const rows = read([
      ["单位名称", "申报年度", "支持事项", "申请金额（元）"],
      ["A", 2026, "GI", 100000],
      null,
      ["B", 2026, "GI", 100000],
      ["合计", null, null, 200000],
    ]);
    expect(rows.map((r) => r.ref.row)).toEqual([2, 4]);
  });
});

describe("readRows: required values", () => {
  it("empty unit, year or item is MISSING_VALUE for each", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项", "数量"], [null, null, null, 3]]);
    expect(row.cellIssues).toEqual([
      { code: "MISSING_VALUE", field: "unit" },
      { code: "MISSING_VALUE", field: "year" },
      { code: "MISSING_VALUE", field: "item" },
    ]);
    expect(row.unit).toBeNull();
    expect(row.quantity).toBe(3);
  });

  it("a blank optional cell is simply null, never zero", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项", "申请金额（元）", "数量"], ["A", 2026, "GI", "  ", null]]);
    expect(row.claimed).toBeNull();
    expect(row.quantity).toBeNull();
    expect(row.cellIssues).toEqual([]);
  });
});

describe("readRows: cells that cannot be read", () => {
  it("each bad cell gives its issue, a null value and an unreadable field; the rest of the row is read", () => {
    const [row] = read([
      ["单位名称", "申报年度", "支持事项", "数量", "申请金额（元）", "事项日期", "贷款期限（月）"],
      ["A公司", "2024", "GI", "2.5", "(500)", "2025-02-30", e("#N/A")],
    ]);
    expect(row.unit).toBe("A公司");
    expect(row.item).toBe("GI");
    expect(row.year).toBeNull();
    expect(row.quantity).toBeNull();
    expect(row.claimed).toBeNull();
    expect(row.eventDate).toBeNull();
    expect(row.months).toBeNull();
    expect(row.cellIssues).toEqual([
      { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2024" },
      { code: "BAD_NUMBER", field: "quantity", expected: "integer", problem: "fraction", found: "2.5" },
      { code: "BAD_NUMBER", field: "claimed", expected: "money", problem: "negative", found: "(500)" },
      { code: "BAD_DATE", field: "eventDate", problem: "impossible", found: "2025-02-30" },
      { code: "BAD_NUMBER", field: "months", expected: "positive-integer", problem: "error-value", found: "#N/A" },
    ]);
    expect([...row.unreadable].sort()).toEqual(["claimed", "eventDate", "months", "quantity", "year"]);
  });

  it("a cell the reader could not read becomes the column type's bad cell with its fault", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项", "计算基数（元）"], ["A", 2026, "GI", bad("99")]]);
    expect(row.cellIssues).toEqual([
      { code: "BAD_NUMBER", field: "base", expected: "money", problem: "unreadable", found: "", fault: { fault: "string-index-out-of-range", found: "99" } },
    ]);
  });

  it("an error value in any text column is unreadable and said so, naming the value found", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项", "级别"], [e("#N/A"), 2026, e("#REF!"), e("#VALUE!")]]);
    expect(row.unit).toBeNull();
    expect(row.item).toBeNull();
    expect(row.level).toBeNull();
    expect([...row.unreadable].sort()).toEqual(["item", "level", "unit"]);
    expect(row.cellIssues).toEqual([
      { code: "MISSING_VALUE", field: "unit", found: "#N/A" },
      { code: "MISSING_VALUE", field: "item", found: "#REF!" },
      { code: "MISSING_VALUE", field: "level", found: "#VALUE!" },
    ]);
  });

  it("an ID or reference typed as a number of more than 15 digits is unreadable: Excel kept only 15", () => {
    // 身份证号 320706199001011234 typed into a General cell is stored as 3.20706199001011E+17: its last
    // digits are gone, so two people's numbers can become one. Such a number identifies no one.
    const [row] = read([
      ["单位名称", "申报年度", "支持事项", "证书/合同/案件编号", "人员证件号"],
      ["A", 2026, "知识产权师", n("1.23456789012345E+18"), n("3.20706199001011E+17")],
    ]);
    expect(row.personId).toBeNull();
    expect(row.refNo).toBeNull();
    expect([...row.unreadable].sort()).toEqual(["personId", "ref"]);
    expect(row.cellIssues).toEqual([
      { code: "MISSING_VALUE", field: "ref", found: "1234567890123450000", fault: { fault: "digits-lost", found: "1234567890123450000" } },
      { code: "MISSING_VALUE", field: "personId", found: "320706199001011000", fault: { fault: "digits-lost", found: "320706199001011000" } },
    ]);
  });

  it("a number in a text column is read as its format shows it: a 申请编号 formatted 000000000000 keeps its leading 0", () => {
    const [row] = read([
      ["单位名称", "申报年度", "支持事项", "证书/合同/案件编号", "人员证件号"],
      ["A", 2026, "知识产权师", n("12345678901", { padded: TWELVE }), n("3.20706199001011E+17", { padded: { zeros: 18, before: "", after: "" } })],
    ]);
    expect(row.refNo).toBe("012345678901");
    const [lyg, fraction] = read([
      ["单位名称", "申报年度", "支持事项", "证书/合同/案件编号"],
      ["A", 2026, "GI", n("12", { padded: { zeros: 4, before: "LYG", after: "号" } })],
      ["A", 2026, "GI", n("12.5", { padded: TWELVE })],
    ]);
    expect(lyg!.refNo).toBe("LYG0012号");
    // Such a format would show a fraction rounded: it is named as the number it is.
    expect(fraction!.refNo).toBe("12.5");
    // Shown in full by its format, an 18-digit ID typed as a number has still lost its last digits.
    expect(row.personId).toBeNull();
    expect(row.cellIssues).toEqual([
      { code: "MISSING_VALUE", field: "personId", found: "320706199001011000", fault: { fault: "digits-lost", found: "320706199001011000" } },
    ]);
    // A 16-place format on a small number pads it: nothing was lost.
    const [padded] = read([["单位名称", "申报年度", "支持事项", "人员证件号"], ["A", 2026, "知识产权师", n("123", { padded: { zeros: 16, before: "", after: "" } })]]);
    expect(padded.personId).toBe("0000000000000123");
    expect(padded.cellIssues).toEqual([]);
  });

  it("a number of 15 digits or fewer in an ID or reference column is read as Excel shows it", () => {
    // A first-generation 身份证号 has 15 digits, a patent number 13 and a dot: Excel holds them exactly.
    const [row] = read([
      ["单位名称", "申报年度", "支持事项", "证书/合同/案件编号", "人员证件号"],
      ["A", 2026, "知识产权师", n("2023101234567.8"), n("320706900101123")],
    ]);
    expect(row.refNo).toBe("2023101234567.8");
    expect(row.personId).toBe("320706900101123");
    expect(row.cellIssues).toEqual([]);
  });

  it("an empty required text cell is MISSING_VALUE without a value found", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项"], [null, 2026, "GI"]]);
    expect(row.cellIssues).toEqual([{ code: "MISSING_VALUE", field: "unit" }]);
  });
});

describe("readRows: 万元 columns", () => {
  it("numbers under a 万元 header are converted to 元", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项", "申请金额（万元）", "计算基数（元）"], ["A", 2026, "GI", 1.5, 1.5]]);
    expect(row.claimed!.toFixed(2)).toBe("15000.00");
    expect(row.base!.toFixed(2)).toBe("1.50");
  });
});

describe("readRows: merged cells", () => {
  it("a value merged down over several rows belongs to each of them", () => {
    // 单位名称 (col 0) merged over rows 2–4; each row its own item.
    const rows = read(
      [
        ["单位名称", "申报年度", "支持事项", "数量"],
        ["A公司", 2026, "DATA_IP", 3],
        [null, 2026, "GI", 1],
        [null, 2027, "MEDIATION", 12],
        ["B公司", 2026, "GI", 1],
      ],
      { merges: [{ top: 2, bottom: 4, left: 0, right: 0 }] },
    );
    expect(rows.map((r) => r.unit)).toEqual(["A公司", "A公司", "A公司", "B公司"]);
    expect(rows.every((r) => r.cellIssues.length === 0)).toBe(true);
  });

  it("a merge across columns belongs to its first column only", () => {
    const [row] = read(
      [["单位名称", "统一社会信用代码", "申报年度", "支持事项"], ["A公司", null, 2026, "GI"]],
      { merges: [{ top: 2, bottom: 2, left: 0, right: 1 }] },
    );
    expect(row.creditCode).toBeNull();
  });

  it("a header merged down does not fill the data below it", () => {
    const rows = read(
      [["单位名称", "申报年度", "支持事项"], [null, null, null], ["A公司", 2026, "GI"], [null, 2026, "GI"]],
      { merges: [{ top: 1, bottom: 2, left: 0, right: 0 }] },
    );
    expect(rows.map((r) => [r.ref.row, r.unit])).toEqual([[3, "A公司"], [4, null]]);
  });

  it("a merged block that is a whole row of the previous claim is not a second claim", () => {
    const rows = read(
      [["单位名称", "申报年度", "支持事项"], ["A公司", 2026, "GI"], [null, null, null]],
      { merges: [{ top: 2, bottom: 3, left: 0, right: 0 }, { top: 2, bottom: 3, left: 2, right: 2 }] },
    );
    expect(rows).toHaveLength(1);
  });
});

describe("readRows: formula cells", () => {
  it("are read by their cached value and marked as from a formula", () => {
    const [row] = read([
      ["单位名称", "申报年度", "支持事项", "计算基数（元）", "申请金额（元）"],
      ["A", 2026, "PLEDGE_LOAN", n("140000", { formula: true }), n("42000.000000000007", { formula: true })],
    ]);
    expect(row.base!.toFixed(2)).toBe("140000.00");
    expect(row.claimed!.toFixed(2)).toBe("42000.00");
    expect([...row.fromFormula!].sort()).toEqual(["base", "claimed"]);
  });

  it("a text formula result is read as text", () => {
    const [row] = read([["单位名称", "申报年度", "支持事项"], [s("A公司", { formula: true }), 2026, "GI"]]);
    expect(row.unit).toBe("A公司");
    expect([...row.fromFormula!]).toEqual(["unit"]);
  });
});

describe("readRows: the field places", () => {
  it("the written-out places match the list of fields, one to one", () => {
    expect(Object.entries(S).sort((a, b) => a[1] - b[1]).map(([k]) => k)).toEqual([...SLOTS]);
  });
});

describe("findTable and readRows: properties", () => {
  const cellArb = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...FULL_HEAD, "合计", "审核结果", "可核定金额（元）", "申请金额（万元）").map((v) => s(v)),
    fc.string({ unit: binaryUnit, maxLength: 12 }).map((v) => s(v)),
    fc.string({ maxLength: 12 }).map((v) => n(v)),
    fc.double().map((v) => n(String(v), { date: true })),
    fc.constantFrom("#N/A", "#VALUE!").map(e),
    fc.string({ maxLength: 6 }).map(bad),
    fc.boolean().map((v): RawCell => ({ t: "b", v })),
    fc.string({ maxLength: 24 }).map((v): RawCell => ({ t: "d", v })),
  );
  it("any grid of any cells, merges included, is read without throwing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 20 }), { maxLength: 25 }),
        fc.array(fc.record({ top: fc.integer({ min: 1, max: 25 }), left: fc.nat(20), h: fc.nat(4), w: fc.nat(3) }), { maxLength: 5 }),
        fc.boolean(),
        (rows, merges, date1904) => {
          const map = new Map<number, (RawCell | undefined)[]>();
          rows.forEach((r, i) => map.set(i + 1, r));
          const g: SheetGrid = {
            name: "x", rows: map, maxRow: Math.max(1, rows.length), maxCol: 20, date1904,
            merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
          };
          // Header cells seeded so that many grids do hold a table.
          map.set(1, FULL_HEAD.map((h) => s(h)));
          const found = findTable([g]);
          if (found.ok) {
            const claims = readRows(g, found.layout, 0);
            expect(claims).toHaveLength(found.layout.dataRows.length);
          }
        },
      ),
      sampled(300),
    );
  });
});

describe("readRows: the Money of an amount is the read's own", () => {
  const claimRow = (claimed: Plain): readonly Plain[] =>
    [1, "连云港某某科技有限公司", "91320706MA1N2B3C4M", "海州区", "2026", "PLEDGE_LOAN", "", "", "", "", "", "", "", "", "", "", "", claimed, ""];

  it("equal amounts of one table share one Money, whether typed as a number or as text", () => {
    const rows = read([FULL_HEAD, claimRow(n("42000")), claimRow("42,000.00"), claimRow(n("42000.5"))]);
    expect(rows.map((r) => r.claimedCents)).toEqual([4200000, 4200000, 4200050]);
    expect(rows[1].claimed).toBe(rows[0].claimed);
    expect(rows[2].claimed!.toFixed(2)).toBe("42000.50");
  });

  it("a second read makes its own: nothing is kept from one table to the next", () => {
    const [first] = read([FULL_HEAD, claimRow(n("42000"))]);
    const [second] = read([FULL_HEAD, claimRow(n("42000"))]);
    expect(second.claimed!.eq(first.claimed!)).toBe(true);
    expect(second.claimed).not.toBe(first.claimed);
  });
});
