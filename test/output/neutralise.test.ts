import { isFormulaLike, neutralise, neutraliseForOffice, toOfficeValue } from "../../src/output/neutralise";
import { xmlChars } from "../../src/workbook/xml/escape";

describe("isFormulaLike: what Excel would read as the start of a formula", () => {
  it.each([
    ["=1+1"], ["+86 518"], ["-5"], ["@SUM(A1)"], ["\t=cmd"], ["\r=cmd"],
    ["＝１＋１"], ["＋８６"], ["－５"], ["＠SUM"], ["  =leading spaces"],
  ])("%j is formula-like", (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });

  it.each([["连云港某某科技有限公司"], ["a=b"], [""], ["（七）"], ["'=quoted"]])("%j is not", (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});

describe("neutralise: display text for the plan (the xlsx writer writes it as a string cell)", () => {
  it("keeps a formula-like text exactly as typed: a string cell is never evaluated", () => {
    for (const t of ["=HYPERLINK(\"http://x\")", "+1", "-1", "@x", "\t1", "＝1", "＋1", "－1", "＠1"]) {
      expect(neutralise(t)).toBe(t);
    }
  });

  it("drops characters XML cannot hold, so the part stays readable", () => {
    expect(neutralise("a\u0000b\u0007c\u001Fd\uFFFEe\uD800f")).toBe("abcdef");
  });

  it("keeps tab, line breaks and characters outside the basic plane", () => {
    expect(neutralise("a\tb\nc\rd𠀀")).toBe("a\tb\nc\rd𠀀");
  });
});

describe("neutraliseForOffice: text for range.values, where Excel re-reads what it is given", () => {
  it.each([["=1+1"], ["+1"], ["-1"], ["@x"], ["\t=x"], ["\r=x"], ["＝1"], ["＋1"], ["－1"], ["＠1"]])(
    "prefixes the text mark to formula-like %j",
    (text) => {
      expect(neutraliseForOffice(text)).toBe(`'${text}`);
    },
  );

  it("keeps a leading apostrophe the applicant typed (Excel would swallow it otherwise)", () => {
    expect(neutraliseForOffice("'abc")).toBe("''abc");
  });

  it("keeps number-, date-, boolean- and error-like text as text", () => {
    for (const t of ["001", "2025-06-01", "30%", "TRUE", "#N/A", "（七）"]) expect(neutraliseForOffice(t)).toBe(`'${t}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseForOffice("有错误")).toBe("有错误");
    expect(neutraliseForOffice("")).toBe("");
  });

  it("toOfficeValue: numbers as they are, null as an empty cell, text prefixed where needed", () => {
    expect(toOfficeValue(42000)).toBe(42000);
    expect(toOfficeValue(null)).toBe("");
    expect(toOfficeValue("=A1")).toBe("'=A1");
  });
});

describe("neutralise drops exactly what XML cannot carry", () => {
  test("every character below U+0100, every surrogate and the last code units, alone and between others", () => {
    const units: number[] = [];
    for (let c = 0; c < 0x100; c++) units.push(c);
    for (let c = 0xd7f0; c <= 0xe010; c++) units.push(c);
    units.push(0x3000, 0x4e2d, 0xfeff, 0xfffd, 0xfffe, 0xffff);
    for (const c of units) {
      for (const text of [String.fromCharCode(c), `甲${String.fromCharCode(c)}乙`, `${String.fromCharCode(c)}\uDC00`, `\uD800${String.fromCharCode(c)}`]) {
        // jest's expect() only for a text whose two readings differ (its message then): some 9,000 texts.
        const [got, want] = [neutralise(text), xmlChars(text, "")];
        if (got !== want) expect([c, got]).toEqual([c, want]);
      }
    }
  });

  test("a text XML carries comes back as it is; a pair stays, a lone half goes", () => {
    expect(neutralise("连云港\t甲\r\n乙 𠀀 ok")).toBe("连云港\t甲\r\n乙 𠀀 ok");
    expect(neutralise("a\u0001b\uD800c\uDC00d\uFFFEe")).toBe("abcde");
  });
});
