/**
 * Point 9: a file that is no xlsx says what it is and what to do, recognised by its content whatever its
 * name: an Excel binary workbook (.xlsb), an OpenDocument spreadsheet (.ods), an Apple Numbers document
 * (.numbers), a Word document or a PowerPoint presentation, a web-page table or an XML Spreadsheet 2003 saved
 * as .xls (as many systems export), an empty file.
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
  it.each([
    ["an .xlsb is named as an Excel binary workbook, to save as .xlsx", xlsb, "xlsb",
      "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查",
      "this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and check it again"],
    ["an .ods is named as an OpenDocument spreadsheet, to save as .xlsx", ods, "ods",
      "这是 OpenDocument 电子表格（.ods，如 WPS 或 LibreOffice 所存），请另存为 Excel 工作簿（.xlsx）后再检查",
      "this is an OpenDocument spreadsheet (.ods, as WPS or LibreOffice save it); save it as an Excel workbook (.xlsx) and check it again"],
    ["an Apple Numbers document is named as such, to export to Excel from Numbers", numbersDocument, "numbers",
      "这是 Apple Numbers 表格（.numbers），请在 Numbers 中用「文件 › 导出为 › Excel」存为 .xlsx 后再检查",
      "this is an Apple Numbers spreadsheet (.numbers); export it from Numbers (File › Export To › Excel) as .xlsx and check it again"],
  ] as const)("%s", (_name, make, reason, zh, en) => {
    expect(reasonOf(make())?.reason).toBe(reason);
    expect(render({ code: "UNREADABLE_FILE", reason }, "zh")).toBe(zh);
    expect(render({ code: "UNREADABLE_FILE", reason }, "en")).toBe(en);
  });

  it("a Word document or a PowerPoint presentation is named as such, not as a workbook without sheets", () => {
    expect(reasonOf(otherOfficeDocument("docx"))?.reason).toBe("docx");
    expect(reasonOf(otherOfficeDocument("pptx"))?.reason).toBe("pptx");
    expect(render({ code: "UNREADABLE_FILE", reason: "docx" }, "zh")).toBe("这是 Word 文档（.docx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "docx" }, "en")).toBe("this is a Word document (.docx), not an Excel workbook; choose the application table's .xlsx file");
    expect(render({ code: "UNREADABLE_FILE", reason: "pptx" }, "zh")).toBe("这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "pptx" }, "en")).toBe("this is a PowerPoint presentation (.pptx), not an Excel workbook; choose the application table's .xlsx file");
  });

  it("a web-page table saved as .xls is named as such, not as CSV, though its first line holds a ; or a ,", () => {
    const html =
      `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n` +
      `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\r\n` +
      `<body><table><tr><td>单位名称</td><td>申报年度</td></tr><tr><td>甲公司</td><td>2025</td></tr></table></body></html>`;
    expect(reasonOf(new TextEncoder().encode(html))?.reason).toBe("html");
    expect(reasonOf(new TextEncoder().encode(`\uFEFF  <table border="1"><tr><td>单位名称,申报年度</td></tr></table>`))?.reason).toBe("html");
    expect(render({ code: "UNREADABLE_FILE", reason: "html" }, "zh")).toBe("这是网页（HTML）格式的表格（系统导出的 .xls 常是这种）；请在 Excel 中打开后另存为 .xlsx");
    expect(render({ code: "UNREADABLE_FILE", reason: "html" }, "en")).toBe("this is a web-page (HTML) table, as systems often export under .xls; open it in Excel and save it as .xlsx");
  });

  it("an XML Spreadsheet 2003 is named as such", () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n` +
      `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">` +
      `<Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">单位名称</Data></Cell></Row></Table></Worksheet></Workbook>`;
    expect(reasonOf(new TextEncoder().encode(xml))?.reason).toBe("xml-spreadsheet");
    expect(render({ code: "UNREADABLE_FILE", reason: "xml-spreadsheet" }, "zh")).toBe("这是 XML 电子表格 2003 文件；请在 Excel 中打开后另存为 .xlsx");
    expect(render({ code: "UNREADABLE_FILE", reason: "xml-spreadsheet" }, "en")).toBe("this is an XML Spreadsheet 2003 file; open it in Excel and save it as .xlsx");
  });

  it("a CSV is still a CSV", () => {
    expect(reasonOf(new TextEncoder().encode("单位名称,申报年度,支持事项\r\n甲公司,2025,GI\r\n"))?.reason).toBe("csv");
  });

  it("a zero-byte file is named empty, to get the file again", () => {
    expect(reasonOf(new Uint8Array(0))?.reason).toBe("empty");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "zh")).toBe("文件是空的（0 字节），可能未保存完或传输中断；请重新获取原文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "en")).toBe("the file is empty (0 bytes), perhaps not fully saved or copied; get the original file again");
  });
});

describe("a JSON file, such as the --json report given as earlier approvals, is named as JSON", () => {
  const report = { schema: 1, tool: "lygip", files: [{ path: "y2025.xlsx", rows: [{ row: 2, unit: "甲公司" }] }] };
  it.each([
    ["compact, as written to a file (its first line holds commas: not CSV)", JSON.stringify(report)],
    ["indented (--pretty), after a byte-order mark", `\uFEFF${JSON.stringify(report, null, 2)}`],
    ["an array of records", `[\n  {"单位名称": "甲公司", "核定金额": 5000}\n]`],
  ])("%s", (_name, text) => {
    expect(reasonOf(new TextEncoder().encode(text))?.reason).toBe("json");
  });
  it("says what it is and what to give instead", () => {
    expect(render({ code: "UNREADABLE_FILE", reason: "json" }, "zh")).toBe(
      "这是 JSON 文本（如 lygip 的 --json 报告），不是 Excel 工作簿；请给出 .xlsx 文件（以往核定记录可用上一年的批注副本 .checked.xlsx 或 --summary 汇总工作簿）",
    );
    expect(render({ code: "UNREADABLE_FILE", reason: "json" }, "en")).toBe(
      "this is JSON text (such as lygip's --json report), not an Excel workbook; give an .xlsx file (for earlier approvals, last year's checked copy .checked.xlsx or --summary workbook)",
    );
  });
  it("a CSV whose first field starts with a bracket is still CSV", () => {
    expect(reasonOf(new TextEncoder().encode("[备注],单位名称\n甲,乙\n"))?.reason).toBe("csv");
  });
});
