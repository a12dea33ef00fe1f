/**
 * Point 7: reading is bounded by what a table may hold, not by what the file holds. A sheet of 999,000 rows
 * is refused at the first row past LIMITS.maxSheetRows, naming it; a styles part of 240,000 cell formats is
 * refused once past Excel's own 65,490.
 */
import { LIMITS } from "../../src/workbook/limits";
import { ReadError } from "../../src/workbook/readError";
import type { ByteSource } from "../../src/workbook/xml";
import { openWorkbook } from "../../src/workbook/xlsx";
import { parseSheet } from "../../src/workbook/xlsx/sheet";
import { inflateChunks, readZip } from "../../src/workbook/zip";
import { manyStyles, millionRows } from "./generate";
import { detailOf } from "../support/readErrorOf";

function refusal(bytes: Uint8Array | (() => unknown)): ReadError | undefined {
  try {
    if (typeof bytes === "function") bytes();
    else openWorkbook(bytes).readSheet("Sheet1");
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return undefined;
}

describe("point 7: bounded reading", () => {
  it("the sheet's rows are a table's at most: the header, the data rows and the 20 rows the header is looked for in", () => {
    expect(LIMITS.maxSheetRows).toBe(LIMITS.maxTableRows + 21);
  });

  it("999,000 rows are refused at row 150,022, the first past the bound, with what to do", () => {
    const e = refusal(millionRows());
    expect(e?.reason).toBe("limits");
    expect(detailOf(e)).toBe("工作表「Sheet1」到第 150,022 行已有超过 150,021 行内容，超过申报表的上限（150,000 行数据）；请分成几个文件一起审核");
  });

  it("999,000 rows are refused having inflated less than a third of the sheet part: the rest is never inflated", () => {
    const entry = readZip(millionRows()).entry("xl/worksheets/sheet1.xml")!;
    const inflate = inflateChunks(entry);
    let given = 0;
    const counted: ByteSource = () => {
      const piece = inflate();
      given += piece?.length ?? 0;
      return piece;
    };
    const ctx = { name: "Sheet1", part: entry.name, sharedStrings: ["单位名称", "申请金额（元）", "甲"], dateStyles: [], date1904: false, limits: LIMITS };
    expect(refusal(() => parseSheet(counted, ctx))?.reason).toBe("limits");
    expect(given).toBeLessThan(entry.uncompressedSize / 3);
  });

  it("240,000 cell formats are refused, naming Excel's limit", () => {
    const e = refusal(manyStyles());
    expect(e?.reason).toBe("limits");
    expect(detailOf(e)).toContain("xl/styles.xml");
    expect(detailOf(e)).toContain("65,490");
  });
});
