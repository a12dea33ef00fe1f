/** Workbooks made with exceljs, as a spreadsheet program would write them, for the reader's round trips. */
import ExcelJS from "exceljs";

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const LONG_CHINESE = "连云港市知识产权资助政策申报单位名称".repeat(20);

/** Two sheets: 申报表 (values of every kind, merges, a table) and 说明 (hidden, active tab). */
export async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("申报表");
  sheet.getCell("A1").value = "单位名称";
  sheet.getCell("B1").value = "金额";
  sheet.getCell("C1").value = "事项日期";
  sheet.getCell("D1").value = "合计";
  sheet.getCell("A2").value = "连云港某某科技有限公司";
  sheet.getCell("B2").value = 1234.56;
  sheet.getCell("C2").value = new Date(Date.UTC(2025, 5, 1));
  sheet.getCell("D2").value = { formula: "B2*2", result: 2469.12 };
  sheet.getCell("A3").value = LONG_CHINESE;
  sheet.getCell("B3").value = 0.1;
  sheet.getCell("C3").value = { richText: [{ text: "富文本", font: { bold: true } }, { text: "第二段" }] };
  sheet.getCell("D3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("B4").value = 1e-7;
  sheet.getCell("C4").value = true;
  sheet.getCell("D4").value = { formula: "A2", result: "连云港某某科技有限公司" };
  sheet.getCell("A5").value = "合并";
  sheet.mergeCells("A5:A7");
  sheet.getCell("E10").value = "末尾";

  const listSheet = wb.addWorksheet("表格 'A' 明细");
  listSheet.addTable({
    name: "申报明细",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "单位名称" }, { name: "金额" }],
    rows: [["甲公司", 100], ["乙公司", 200.5]],
  });

  const hidden = wb.addWorksheet("说明", { state: "hidden" });
  hidden.getCell("A1").value = "隐藏";
  return toBytes(wb);
}
