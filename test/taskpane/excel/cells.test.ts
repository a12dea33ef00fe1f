/** Office.js values and number formats → the cells the table reader sees, as the xlsx reader gives them. */
import { toRawCell } from "../../../src/taskpane/excel/cells";

describe("toRawCell", () => {
  it("a number with a date format is a date; one whose format shows only the year says so", () => {
    expect(toRawCell(46023, "Double", "yyyy-mm-dd", "")).toEqual({ t: "n", v: "46023", date: true });
    expect(toRawCell(46023, "Double", 'yyyy"年"', "")).toEqual({ t: "n", v: "46023", date: true, yearOnly: true });
    expect(toRawCell(46023, "Double", "yyyy", "=DATE(2026,1,1)")).toEqual({ t: "n", v: "46023", date: true, yearOnly: true, formula: true });
    expect(toRawCell(2026, "Double", "General", "")).toEqual({ t: "n", v: "2026" });
  });

  it("a whole number whose format pads it with zeros carries that format's shape, as the xlsx reader does", () => {
    expect(toRawCell(12345678901, "Double", "000000000000", "")).toEqual({ t: "n", v: "12345678901", padded: { zeros: 12, before: "", after: "" } });
    expect(toRawCell(12, "Double", '"LYG"0000', "")).toEqual({ t: "n", v: "12", padded: { zeros: 4, before: "LYG", after: "" } });
    expect(toRawCell(12, "Double", "0", "")).toEqual({ t: "n", v: "12" });
  });

  it("a number whose format shows it in 万元 says so, as the xlsx reader does", () => {
    expect(toRawCell(10, "Double", '0.00"万元"', "")).toEqual({ t: "n", v: "10", tenThousand: true });
    expect(toRawCell(10, "Double", '#,##0.00"元"', "")).toEqual({ t: "n", v: "10" });
    expect(toRawCell(123456, "Double", '0!.0000"万元"', "")).toEqual({ t: "n", v: "123456" });
  });
});
