/**
 * The copy of a sheet of a million empty rows is bounded: rows no write can reach pass through as they are,
 * never read as cells (sheetCells.test.ts has the same splice on small sheets).
 */
import { prepareSheetCells, type CellValue, type SheetCells } from "../../src/writer/sheetCells";

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string, s = "") => `<c r="${ref}"${s} t="inlineStr"><is><t>${text}</t></is></c>`;
const value = (text: string): CellValue => ({ kind: "text", text, style: "5" });

describe("rows no write can reach pass through as they are (the copy of a sheet of a million empty rows is bounded)", () => {
  it("a million empty <row> elements after the table come out byte for byte, the result rows written", () => {
    const table = `<row r="1">${inline("A1", "单位")}</row><row r="2">${inline("A2", "甲")}</row>`;
    const empty: string[] = [];
    for (let r = 3; r <= 1_000_002; r++) empty.push(`<row r="${r}"/>`);
    const input = sheet(table + empty.join(""));
    const seen: number[] = [];
    const prepared = prepareSheetCells(input, "sheet1.xml", (cells: SheetCells) => {
      seen.push(...cells.keys());
      return { writes: new Map([[1, new Map([[1, value("审核结论")]])], [2, new Map([[1, value("通过")]])]]) };
    }, [1, 6], undefined, false, (row) => row <= 2);
    const pieces: string[] = [prepared.head];
    prepared.writeRows({ write: (t) => void pieces.push(t) });
    pieces.push(prepared.tail);
    const out = pieces.join("");
    expect(seen).toEqual([]);
    expect(out).toBe(sheet(
      `<row r="1">${inline("A1", "单位")}${inline("B1", "审核结论", ' s="5"')}</row><row r="2">${inline("A2", "甲")}${inline("B2", "通过", ' s="5"')}</row>` + empty.join(""),
    ));
  });
});
