/**
 * A row's r read in place when written as Excel writes it: the walk gives the same number and the same text
 * as written, however it is spelt, and the reader refuses what it refused, naming it as written.
 */
import { ROW_OPEN, CellWalker, DONE } from "../../../src/workbook/xlsx/cellWalker";
import { parseSheet } from "../../../src/workbook/xlsx/sheet";
import { LIMITS } from "../../../src/workbook/limits";
import { ReadError } from "../../../src/workbook/readError";
import { XmlScanner } from "../../../src/workbook/xml/scanner";
import { worksheetXml } from "../../hostile/minimalXlsx";
import { detailOf } from "../../support/readErrorOf";

function rows(xml: string): string[] {
  const w = CellWalker.sheet(new XmlScanner(worksheetXml(xml), "sheet.xml"));
  const seen: string[] = [];
  for (let ev = w.next(); ev !== DONE; ev = w.next()) if (ev === ROW_OPEN) seen.push(`${w.hasRowRef} ${JSON.stringify(w.rowRef)} ${w.row}`);
  return seen;
}

function refusal(xml: string): string | undefined {
  try {
    parseSheet(worksheetXml(xml), { name: "S", part: "sheet.xml", sharedStrings: [], dateStyles: [], date1904: false, limits: LIMITS });
  } catch (e) {
    if (e instanceof ReadError) return `${e.reason}: ${detailOf(e)}`;
    throw e;
  }
  return undefined;
}

describe("a row's r", () => {
  it("gives its number and its text as written, read in place or not", () => {
    const refs = [`r="3"`, `r="07"`, `r=" 9 "`, `r="&#49;0"`, `r="123456789"`, ``, `r="1048577"`, `r="0"`, `r="x"`, `r="1234567890"`];
    expect(rows(refs.map((r) => `<row ${r}/>`).join(""))).toEqual([
      `true "3" 3`, `true "07" 7`, `true " 9 " 9`, `true "10" 10`, `true "123456789" 123456789`, `false undefined 123456790`,
      `true "1048577" 1048577`, `true "0" 0`, `true "x" NaN`, `true "1234567890" 1234567890`,
    ]);
  });

  it("is refused as before, named as written", () => {
    expect(refusal(`<row r="0"><c><v>1</v></c></row>`)).toMatch(/^bad-xml: .*「0」/);
    expect(refusal(`<row r="x1"><c><v>1</v></c></row>`)).toMatch(/^bad-xml: .*「x1」/);
    expect(refusal(`<row r="1048577"><c><v>1</v></c></row>`)).toMatch(/^limits: .*1048577/);
    expect(refusal(`<row r="01048577"><c><v>1</v></c></row>`)).toMatch(/^limits: .*01048577/);
    expect(refusal(`<row r="5"/><row r="5"/>`)).toMatch(/^bad-xml: /);
  });
});
