import fc from "fast-check";
import { binaryUnit } from "../../support/binaryUnit";
import { parseCsv, readHistory } from "../../../src/workbook/table/history";
import { e, grid, n } from "./helpers";
import { sampled } from "../../support/sampled";

const HEAD = ["单位名称", "统一社会信用代码", "申报年度", "支持事项", "核定金额（元）"];

describe("readHistory", () => {
  it("reads approvals with the item resolved from a code, a name or an alias", () => {
    const g = grid("历史", [
      HEAD,
      ["A公司", "91320706MA1N2B3C4M", 2025, "PLEDGE_LOAN", 150000],
      ["B公司", null, "2026年", "知识产权质押融资贴息", "50,000.00"],
      [null, "913207006081234560", 2026, "TRAINING_BASE", "40万"],
    ]);
    const { entries, issues } = readHistory(g);
    expect(issues).toEqual([]);
    expect(entries.map((x) => ({ ...x, approved: x.approved.toFixed(2) }))).toEqual([
      { unit: "A公司", creditCode: "91320706MA1N2B3C4M", year: 2025, item: "PLEDGE_LOAN", approved: "150000.00", row: 2 },
      { unit: "B公司", creditCode: null, year: 2026, item: "PLEDGE_LOAN", approved: "50000.00", row: 3 },
      { unit: null, creditCode: "913207006081234560", year: 2026, item: "TRAINING_BASE", approved: "400000.00", row: 4 },
    ]);
  });

  it("finds the header below a title, and takes a 万元 header", () => {
    const g = grid("历史", [["2025年度资助核定名单"], null, ["企业名称", "年度", "项目", "核定金额（万元）"], ["A公司", 2025, "DATA_IP", 1.2]]);
    const { entries, issues } = readHistory(g);
    expect(issues).toEqual([]);
    expect(entries[0].approved.toFixed(2)).toBe("12000.00");
  });

  it("takes 万元 from a header written 核定金额（单位：万元）, or from a 金额单位：万元 note above a header without a unit", () => {
    const suffixed = grid("历史", [["单位名称", "申报年度", "支持事项", "核定金额（单位：万元）"], ["A公司", 2025, "DATA_IP", 1.2]]);
    expect(readHistory(suffixed).entries[0].approved.toFixed(2)).toBe("12000.00");
    const noted = grid("历史", [["核定名单"], [null, null, null, "金额单位：万元"], ["单位名称", "申报年度", "支持事项", "核定金额"], ["A公司", 2025, "DATA_IP", 1.2]]);
    expect(readHistory(noted).entries[0].approved.toFixed(2)).toBe("12000.00");
    const ownUnit = grid("历史", [["金额单位：万元"], ["单位名称", "申报年度", "支持事项", "核定金额（元）"], ["A公司", 2025, "DATA_IP", 1200]]);
    expect(readHistory(ownUnit).entries[0].approved.toFixed(2)).toBe("1200.00");
  });

  // MEASURES.md decision 27 (rev. 3): the history may carry a 级别 column; an entry without one has none.
  it("reads an optional 级别 column as the entry's level, and leaves it out where the cell is blank", () => {
    const g = grid("历史", [
      ["单位名称", "申报年度", "支持事项", "级别", "核定金额"],
      ["A公司", 2025, "IP_ENTERPRISE", "示范企业", 50000],
      ["B公司", 2025, "IP_ENTERPRISE", null, 20000],
    ]);
    const { entries, issues } = readHistory(g);
    expect(issues).toEqual([]);
    expect(entries.map((x) => x.level)).toEqual(["示范企业", undefined]);
    expect("level" in entries[1]).toBe(false);
  });

  it("a credit code column alone identifies the unit", () => {
    const g = grid("历史", [["信用代码", "申报年度", "支持事项", "核准金额"], ["91320706MA1N2B3C4M", 2025, "IP_COURSE", 100000]]);
    expect(readHistory(g).entries).toHaveLength(1);
  });

  it("every unreadable row is an issue naming its row, and gives no entry", () => {
    const g = grid("历史", [
      HEAD,
      [null, null, 2025, "GI", 100000],
      ["B公司", null, 2024, "GI", 100000],
      ["C公司", null, 2025, "不存在的事项", 100000],
      ["D公司", null, 2025, "GI", null],
      ["E公司", null, 2025, "GI", "-5"],
      ["F公司", null, e("#N/A"), "GI", 100000],
      ["G公司", null, 2025, null, 100000],
    ]);
    const { entries, issues, skipped } = readHistory(g);
    expect(entries).toEqual([]);
    // 2024 is before the policy: not an unreadable row but one left out, with a message on its row.
    expect(skipped).toEqual([{ row: 3, issue: { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2024" } }]);
    expect(issues.map((i) => [i.row, i.issue.code])).toEqual([
      [2, "MISSING_VALUE"],
      [4, "UNKNOWN_ITEM"],
      [5, "MISSING_VALUE"],
      [6, "BAD_NUMBER"],
      [7, "BAD_YEAR"],
      [8, "MISSING_VALUE"],
    ]);
    expect(issues[0].issue).toEqual({ code: "MISSING_VALUE", field: "unit" });
    expect(issues[1].issue).toMatchObject({ code: "UNKNOWN_ITEM", found: "不存在的事项" });
    // Nothing in the policy is like 「不存在的事项」: no item is suggested for being early in the list.
    expect((issues[1].issue as unknown as { closest: string[] }).closest).toEqual([]);
    expect(issues[3].issue).toMatchObject({ problem: "negative", found: "-5" });
  });

  it("blank rows and a closing total row are skipped", () => {
    const g = grid("历史", [HEAD, ["A公司", null, 2025, "GI", 100000], null, ["合计", null, null, null, 100000]]);
    const { entries, issues } = readHistory(g);
    expect(entries).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it("a missing column is one issue naming it", () => {
    const g = grid("历史", [["单位名称", "申报年度", "支持事项", "备注"], ["A公司", 2025, "GI", ""]]);
    expect(readHistory(g)).toEqual({ entries: [], issues: [{ row: 1, issue: { code: "MISSING_COLUMN", columns: ["核定金额"] } }], skipped: [] });
    const g2 = grid("历史", [["申报年度", "支持事项", "核定金额"], [2025, "GI", 1]]);
    expect(readHistory(g2).issues).toEqual([{ row: 1, issue: { code: "MISSING_COLUMN", columns: ["单位名称"] } }]);
  });

  it("a sheet without a header row is no table", () => {
    expect(readHistory(grid("历史", [["abc"], [1, 2, 3]]))).toEqual({
      entries: [],
      issues: [{ row: 0, issue: { code: "UNREADABLE_FILE", reason: "no-table" } }],
      skipped: [],
    });
  });

  it("a number cell with binary noise is read as Excel shows it", () => {
    const g = grid("历史", [HEAD, ["A公司", null, 2025, "DATA_IP", n("1234.5599999999999")]]);
    expect(readHistory(g).entries[0].approved.toFixed(2)).toBe("1234.56");
  });
});

describe("parseCsv", () => {
  it("reads plain fields into text cells with 1-based rows", () => {
    const g = parseCsv("a,b,c\n1,2,3\n", "h.csv");
    expect(g.name).toBe("h.csv");
    expect(g.rows.get(1)).toEqual([{ t: "s", v: "a" }, { t: "s", v: "b" }, { t: "s", v: "c" }]);
    expect(g.rows.get(2)).toEqual([{ t: "s", v: "1" }, { t: "s", v: "2" }, { t: "s", v: "3" }]);
    expect(g.maxRow).toBe(2);
    expect(g.maxCol).toBe(2);
    expect(g.merges).toEqual([]);
  });

  it("quoted fields hold commas, line breaks and doubled quotes (RFC 4180)", () => {
    const g = parseCsv('name,note\r\n"A, Inc.","line1\r\nline2 ""quoted"""\r\n', "x.csv");
    expect(g.rows.get(2)).toEqual([{ t: "s", v: "A, Inc." }, { t: "s", v: 'line1\r\nline2 "quoted"' }]);
    expect(g.maxRow).toBe(2);
  });

  it("drops a byte-order mark and accepts CRLF, LF and CR line ends", () => {
    const g = parseCsv("\ufeff单位名称,年度\r\nA,2025\nB,2026\rC,2027", "x.csv");
    expect(g.rows.get(1)![0]).toEqual({ t: "s", v: "单位名称" });
    expect([2, 3, 4].map((r) => g.rows.get(r)![0])).toEqual([{ t: "s", v: "A" }, { t: "s", v: "B" }, { t: "s", v: "C" }]);
  });

  it("empty fields are empty cells; blank lines keep the row numbering", () => {
    const g = parseCsv("a,,c\n\n,,\nd", "x.csv");
    expect(g.rows.get(1)).toEqual([{ t: "s", v: "a" }, undefined, { t: "s", v: "c" }]);
    expect(g.rows.has(2)).toBe(false);
    expect(g.rows.has(3)).toBe(false);
    expect(g.rows.get(4)).toEqual([{ t: "s", v: "d" }]);
  });

  it("a tab-separated file is read by its tabs", () => {
    const g = parseCsv("单位名称\t申报年度\nA公司\t2025\n", "x.txt");
    expect(g.rows.get(2)).toEqual([{ t: "s", v: "A公司" }, { t: "s", v: "2025" }]);
  });

  it("an unclosed quote reads nothing from its line on, and names those lines", () => {
    const g = parseCsv('h,i\na,"b\nc', "x.csv");
    expect(g.rows.get(1)).toEqual([{ t: "s", v: "h" }, { t: "s", v: "i" }]);
    expect(g.rows.has(2)).toBe(false);
    expect(g.unreadableLines).toEqual([2, 3]);
  });

  it("a CSV history reads the same as a workbook", () => {
    const csv = "\ufeff单位名称,统一社会信用代码,申报年度,支持事项,核定金额\r\n" +
      '"连云港某某科技有限公司",91320706MA1N2B3C4M,2025,PLEDGE_LOAN,"150,000.00"\r\n' +
      "合计,,,,150000\r\n";
    const { entries, issues } = readHistory(parseCsv(csv, "history.csv"));
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ unit: "连云港某某科技有限公司", creditCode: "91320706MA1N2B3C4M", year: 2025, item: "PLEDGE_LOAN" });
    expect(entries[0].approved.toFixed(2)).toBe("150000.00");
  });

  it("property: any table of fields, quoted as RFC 4180 says, reads back field for field", () => {
    const fieldArb = fc.string({ unit: fc.constantFrom("a", "元", ",", '"', "\n", "\r\n", " ", "1") , maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const csv = table.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        const g = parseCsv(csv, "p.csv");
        table.forEach((r, i) => {
          const got = g.rows.get(i + 1) ?? [];
          r.forEach((f, j) => expect(got[j]?.t === "s" ? got[j]!.v : "").toBe(f));
        });
      }),
      sampled(500),
    );
  });

  it("property: random text never throws", () => {
    fc.assert(fc.property(fc.string({ unit: binaryUnit }), (t) => {
      readHistory(parseCsv(t, "r.csv"));
    }), sampled(1000));
  });
});
