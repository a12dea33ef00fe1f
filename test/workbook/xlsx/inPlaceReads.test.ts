/**
 * What the walk reads in place rather than as strings (a cell's address written as Excel writes it, a value
 * of plain digits) is exactly what the text as written says, however it is spelt.
 */
import { CELL_CLOSE, CELL_OPEN, CellWalker, DONE } from "../../../src/workbook/xlsx/cellWalker";
import { XmlScanner } from "../../../src/workbook/xml/scanner";
import { worksheetXml } from "../../hostile/minimalXlsx";

describe("an address and a value read in place are what they say as written", () => {
  it("a cell's r gives its text as written, however it is spelt, and the same cell as parsing that text", () => {
    const refs = ["B2", "$C$2", "d2", "AA2", "XFD2", "B02", "AAAA2", "Z9999999"];
    const w = CellWalker.sheet(new XmlScanner(worksheetXml(`<row r="2">${refs.map((r) => `<c r="${r}"/>`).join("")}<c/></row>`), "sheet.xml"));
    const seen: string[] = [];
    for (let ev = w.next(); ev !== DONE; ev = w.next()) {
      if (ev === CELL_OPEN) seen.push(`${w.hasRef} ${w.cellRef} ${w.refOk} ${w.cellRow}:${w.cellCol}`);
    }
    expect(seen).toEqual([
      "true B2 true 2:1", "true $C$2 true 2:2", "true d2 true 2:3", "true AA2 true 2:26", "true XFD2 true 2:16383",
      "true B02 true 2:1", "true AAAA2 true 2:18278", "true Z9999999 true 9999999:25", "false undefined false 2:26",
    ]);
  });

  it("a value of plain digits is also given as a number; any other value only as its text", () => {
    const values = ["18", "0", "018", "1234567890", "123456789", " 5", "1.5", "1<!--x-->8", "<![CDATA[42]]>", "&#49;2", ""];
    const w = CellWalker.sheet(new XmlScanner(worksheetXml(`<row r="1">${values.map((v) => `<c><v>${v}</v></c>`).join("")}</row>`), "sheet.xml"));
    const seen: string[] = [];
    for (let ev = w.next(); ev !== DONE; ev = w.next()) if (ev === CELL_CLOSE) seen.push(`${JSON.stringify(w.value)} ${w.valueDigits}`);
    expect(seen).toEqual([
      '"18" 18', '"0" 0', '"018" -1', '"1234567890" -1', '"123456789" 123456789', '" 5" -1', '"1.5" -1', '"18" -1',
      '"42" 42', '"12" -1', '"" -1',
    ]);
  });
});
