/**
 * Point 9: a file that is no xlsx says what it is and what to do, recognised by its content whatever its
 * name: an Excel binary workbook (.xlsb), an OpenDocument spreadsheet (.ods), an Apple Numbers document
 * (.numbers), a Word document or a PowerPoint presentation, an empty file.
 */
import { render } from "../../src/engine";
import { ReadError } from "../../src/workbook/readError";
import { openWorkbook } from "../../src/workbook/xlsx";
import { numbersDocument, ods, otherOfficeDocument, xlsb } from "./generate";

function reasonOf(bytes: Uint8Array): ReadError | undefined {
  try {
    openWorkbook(bytes);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return undefined;
}

describe("point 9: what the file is, and what to do", () => {
  it("an .xlsb is named as an Excel binary workbook, to save as .xlsx", () => {
    const e = reasonOf(xlsb());
    expect(e?.reason).toBe("xlsb");
    expect(render({ code: "UNREADABLE_FILE", reason: "xlsb" }, "zh")).toBe("这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查");
    expect(render({ code: "UNREADABLE_FILE", reason: "xlsb" }, "en")).toBe("this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and check it again");
  });

  it("an .ods is named as an OpenDocument spreadsheet, to save as .xlsx", () => {
    const e = reasonOf(ods());
    expect(e?.reason).toBe("ods");
    expect(render({ code: "UNREADABLE_FILE", reason: "ods" }, "zh")).toBe("这是 OpenDocument 电子表格（.ods，如 WPS 或 LibreOffice 所存），请另存为 Excel 工作簿（.xlsx）后再检查");
    expect(render({ code: "UNREADABLE_FILE", reason: "ods" }, "en")).toBe("this is an OpenDocument spreadsheet (.ods, as WPS or LibreOffice save it); save it as an Excel workbook (.xlsx) and check it again");
  });

  it("an Apple Numbers document is named as such, to export to Excel from Numbers", () => {
    const e = reasonOf(numbersDocument());
    expect(e?.reason).toBe("numbers");
    expect(render({ code: "UNREADABLE_FILE", reason: "numbers" }, "zh")).toBe("这是 Apple Numbers 表格（.numbers），请在 Numbers 中用「文件 › 导出为 › Excel」存为 .xlsx 后再检查");
    expect(render({ code: "UNREADABLE_FILE", reason: "numbers" }, "en")).toBe("this is an Apple Numbers spreadsheet (.numbers); export it from Numbers (File › Export To › Excel) as .xlsx and check it again");
  });

  it("a Word document or a PowerPoint presentation is named as such, not as a workbook without sheets", () => {
    expect(reasonOf(otherOfficeDocument("docx"))?.reason).toBe("docx");
    expect(reasonOf(otherOfficeDocument("pptx"))?.reason).toBe("pptx");
    expect(render({ code: "UNREADABLE_FILE", reason: "docx" }, "zh")).toBe("这是 Word 文档（.docx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "docx" }, "en")).toBe("this is a Word document (.docx), not an Excel workbook; choose the application table's .xlsx file");
    expect(render({ code: "UNREADABLE_FILE", reason: "pptx" }, "zh")).toBe("这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "pptx" }, "en")).toBe("this is a PowerPoint presentation (.pptx), not an Excel workbook; choose the application table's .xlsx file");
  });

  it("a zero-byte file is named empty, to get the file again", () => {
    expect(reasonOf(new Uint8Array(0))?.reason).toBe("empty");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "zh")).toBe("文件是空的（0 字节），可能未保存完或传输中断；请重新获取原文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "en")).toBe("the file is empty (0 bytes), perhaps not fully saved or copied; get the original file again");
  });
});
