/**
 * A 申报年度 cell that cannot be read says what was found and what is expected, as a money, count or date
 * cell does (「…」填写为「…」：…；应为…): the reviewer is told what to type, not only that it is wrong.
 */
import { render } from "../../src/engine";
import { EDITION } from "../../src/policy/edition";

const years = `${EDITION.firstYear}–${EDITION.lastYear}`;

describe("a year cell that cannot be read names the year expected", () => {
  it("text or a date that is no year", () => {
    const issue = { code: "BAD_YEAR", field: "year", problem: "unreadable", found: "2025-01-01" } as const;
    expect(render(issue, "zh")).toBe(`「申报年度」填写为「2025-01-01」：无法识别为年份；应为 ${years} 中的年份，如 ${EDITION.firstYear}`);
    expect(render(issue, "en")).toBe(`Application year "2025-01-01": not a year; expected a year ${years}, such as ${EDITION.firstYear}`);
  });

  it("an error value", () => {
    const issue = { code: "BAD_YEAR", field: "year", problem: "error-value", found: "#N/A" } as const;
    expect(render(issue, "zh")).toBe(`「申报年度」填写为「#N/A」：单元格是错误值；应为 ${years} 中的年份，如 ${EDITION.firstYear}`);
    expect(render(issue, "en")).toBe(`Application year "#N/A": an error value; expected a year ${years}, such as ${EDITION.firstYear}`);
  });

  it("a year outside the policy's years already names them, once", () => {
    const issue = { code: "BAD_YEAR", field: "year", problem: "out-of-range", found: "2031" } as const;
    expect(render(issue, "zh")).toBe(`「申报年度」填写为「2031」：不在政策年度 ${years} 之内`);
    expect(render(issue, "en")).toBe(`Application year "2031": outside the policy years ${years}`);
  });
});
