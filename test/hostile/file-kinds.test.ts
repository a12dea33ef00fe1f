/**
 * Point 9: a file that is no xlsx says what it is and what to do, recognised by its content whatever its
 * name: an Excel binary workbook (.xlsb), an OpenDocument spreadsheet (.ods), an empty file.
 */
import { render } from "../../src/engine";
import { ReadError } from "../../src/workbook/readError";
import { openWorkbook } from "../../src/workbook/xlsx";
import { writeZip } from "../../src/workbook/zip";

function reasonOf(bytes: Uint8Array): ReadError | undefined {
  try {
    openWorkbook(bytes);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return undefined;
}

const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts an Excel binary workbook has: XML packaging around BIFF12 records in .bin parts. */
function xlsb(): Uint8Array {
  return writeZip([
    { name: "[Content_Types].xml", data: `<Types xmlns="${CT}"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>` },
    { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>` },
    { name: "xl/workbook.bin", data: "\u0083\u0001\u0000" },
    { name: "xl/worksheets/sheet1.bin", data: "\u0081\u0001\u0000" },
  ]);
}

/** An OpenDocument spreadsheet: its first entry, stored, is "mimetype". */
function ods(): Uint8Array {
  return writeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
    { name: "content.xml", data: `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>` },
    { name: "META-INF/manifest.xml", data: `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
  ]);
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

  it("a zero-byte file is named empty, to get the file again", () => {
    expect(reasonOf(new Uint8Array(0))?.reason).toBe("empty");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "zh")).toBe("文件是空的（0 字节），可能未保存完或传输中断；请重新获取原文件");
    expect(render({ code: "UNREADABLE_FILE", reason: "empty" }, "en")).toBe("the file is empty (0 bytes), perhaps not fully saved or copied; get the original file again");
  });
});
