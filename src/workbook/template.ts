/**
 * The blank application workbook (`lygip template`): the table's columns in order with their template
 * headers, formats and drop-down lists, a hidden sheet holding the lists, and a sheet explaining each column.
 * The bundled sample workbook is built on the same layout.
 */
import ExcelJS from "exceljs";
import { COLUMNS, type FieldKey } from "../engine/columns";
import { EDITION } from "../policy";
import { columnLetters } from "./xlsx/cellRef";
import {
  TEXT_FORMAT, GUIDE_SHEET, OPTIONS_SHEET, TEMPLATE_DATA_ROWS, TEMPLATE_SHEET, WIDTHS, numberFormatOf, optionLists, optionRange,
} from "./templateLayout";

export * from "./templateLayout";

/** The template as a workbook object, so the sample can fill it before writing. */
export function createTemplateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "lygip";
  // Fixed, so that the same template is written byte for byte the same way every time.
  wb.created = new Date(EDITION.issued + "T00:00:00Z");
  wb.modified = wb.created;

  const table = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const options = wb.addWorksheet(OPTIONS_SHEET, { state: "hidden" });
  const guide = wb.addWorksheet(GUIDE_SHEET);

  writeTableHeader(table);
  writeOptions(options, table);
  writeGuide(guide);
  return wb;
}

export async function buildTemplate(): Promise<Buffer> {
  const data = await createTemplateWorkbook().xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function writeTableHeader(ws: ExcelJS.Worksheet): void {
  const header = ws.getRow(1);
  COLUMNS.forEach((column, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[column.key];
    // A fresh style object per column: exceljs shares style objects between cells and columns.
    col.style = { numFmt: numberFormatOf(column) };
    const cell = header.getCell(i + 1);
    cell.value = column.headers[0];
    cell.style = headerStyle(column.required);
  });
  header.height = 20;
}

function headerStyle(required: boolean): Partial<ExcelJS.Style> {
  return {
    numFmt: TEXT_FORMAT,
    font: { bold: true, color: { argb: required ? "FFC00000" : "FF000000" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
    alignment: { vertical: "middle", horizontal: "center", wrapText: true },
    border: { bottom: { style: "thin", color: { argb: "FF808080" } } },
  };
}

interface ValidationTarget {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function writeOptions(options: ExcelJS.Worksheet, table: ExcelJS.Worksheet): void {
  optionLists().forEach((list, i) => {
    const column = COLUMNS.find((c) => c.key === list.key)!;
    const header = options.getCell(1, i + 1);
    header.value = column.headers[0];
    header.style = { font: { bold: true } };
    list.values.forEach((v, j) => {
      options.getCell(j + 2, i + 1).value = v;
    });
    options.getColumn(i + 1).width = 40;

    const tableCol = columnLetters(COLUMNS.indexOf(column));
    const address = `${tableCol}2:${tableCol}${TEMPLATE_DATA_ROWS + 1}`;
    // A warning, not a stop: codes, aliases and other spellings are accepted too (APPLICATION-TABLE.md).
    (table as unknown as ValidationTarget).dataValidations.add(address, {
      type: "list",
      allowBlank: true,
      formulae: [optionRange(i, list.values.length)],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "不在列表中 / Not in the list",
      // One line: a line break inside an XML attribute is read back as a space.
      error: `请从下拉列表选择${column.headers[0]}；${list.hint.zh} Please pick from the list. ${list.hint.en}`,
    });
  });
}

/** What each column holds, in Chinese and in English. */
const GUIDE: Readonly<Record<FieldKey, { readonly zh: string; readonly en: string }>> = {
  seq: { zh: "序号，可不填。", en: "Row number; optional." },
  unit: {
    zh: "申报单位全称（专利权人、调解组织等），必填。",
    en: "Full name of the applying unit (patentee, mediation organisation …); required.",
  },
  creditCode: {
    zh: "18 位统一社会信用代码；用于识别同一单位和所属县区。未填写或校验位不符时给出提示。",
    en: "The 18-character unified social credit code; identifies the unit and its district. Empty or invalid: a warning.",
  },
  district: {
    zh: "从下拉列表选择所属县区或功能板块。",
    en: "District or functional zone, from the list.",
  },
  year: {
    zh: `申报年度，必填，${EDITION.firstYear}—${EDITION.lastYear}。`,
    en: `Application year, required, ${EDITION.firstYear}–${EDITION.lastYear}.`,
  },
  item: {
    zh: "从下拉列表选择支持事项；也可填写事项代码（如 PLEDGE_LOAN）或常用简称。必填。",
    en: "The supported item, from the list; an item code (e.g. PLEDGE_LOAN) or a common short name also works. Required.",
  },
  level: {
    zh: "事项分级别时填写（国家级、省级、示范企业、优势企业、中级、高级、正高级等）。",
    en: "Where the item has levels (national, provincial, demonstration, advantage, IP engineer grades …).",
  },
  quantity: {
    zh: "按件、项、人计算的事项填写数量（证书件数、开放许可项数、调解案件数、人数）。",
    en: "For counted items: certificates, licences, mediation cases, persons.",
  },
  base: {
    zh: "按比例计算的事项填写计算基数：省级奖励资金、贷款利息、保费、维权费用或代理费（元）。",
    en: "For rate items: the provincial award, loan interest, premium, enforcement costs or agency fees (yuan).",
  },
  months: {
    zh: "质押融资贴息填写利息所对应的贷款期限（月）。",
    en: "Pledge-loan subsidy: the months the interest covers.",
  },
  fees: {
    zh: "质押融资的评估、担保等服务费用（元），无则不填。",
    en: "Pledge loan: evaluation and other service fees (yuan); leave empty if none.",
  },
  rate: {
    zh: "年度通知另定补助比例时填写；不填按政策规定比例计算。",
    en: "Only where a yearly notice sets a lower rate; empty means the policy's rate.",
  },
  outcome: {
    zh: "有条件的事项填写结果：通过验收、胜诉生效、和解获益、判决胜诉等。",
    en: "Where the item has a condition: accepted, won and in force, benefit from settlement, judgment won …",
  },
  eventDate: {
    zh: `获批、验收、发证、判决或许可日期；须在政策有效期（${EDITION.periodStart} 至 ${EDITION.periodEnd}）内。`,
    en: `Date of approval, acceptance, certificate, judgment or licence; within the policy period (${EDITION.periodStart} to ${EDITION.periodEnd}).`,
  },
  startDate: {
    zh: "人才类事项填写人员在本单位的任职起始日期。",
    en: "Talent items: when the person started working at the unit.",
  },
  ref: {
    zh: "证书、合同、专利或案件编号；同一单位同一事项编号重复视为重复申报。",
    en: "Certificate, contract, patent or case number; the same number twice for one unit and item is a duplicate claim.",
  },
  personId: {
    zh: "人才类事项可填写人员证件号，用于识别同一人员重复申报。",
    en: "Talent items: the person's ID number, to find the same person claimed twice.",
  },
  claimed: {
    zh: "申请金额（元）。不填则按可核定金额计算并给出提示。",
    en: "Amount claimed (yuan). Empty: the eligible amount is taken, with a warning.",
  },
};

function writeGuide(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 90;
  ws.getColumn(4).width = 50;
  const title = ws.getCell("A1");
  title.value = `${EDITION.title}《${EDITION.name}》申报表填写说明`;
  title.style = { font: { bold: true, size: 14 } };
  const subtitle = ws.getCell("A2");
  subtitle.value = `How to fill in the application table (${EDITION.titleEn}). 红色表头为必填列 / Red headers are required.`;
  subtitle.style = { font: { italic: true, color: { argb: "FF595959" } } };

  const head = ws.getRow(4);
  ["列 / Column", "必填 / Required", "说明 / Explanation", "也可识别的表头 / Also accepted"].forEach((text, i) => {
    const cell = head.getCell(i + 1);
    cell.value = text;
    cell.style = { font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } };
  });

  let r = 5;
  for (const column of COLUMNS) {
    const words = GUIDE[column.key];
    const zh = ws.getRow(r);
    zh.getCell(1).value = column.headers[0];
    zh.getCell(1).style = { font: { bold: true } };
    zh.getCell(2).value = column.required ? "是" : "否";
    zh.getCell(3).value = words.zh;
    zh.getCell(3).style = { alignment: { wrapText: true, vertical: "top" } };
    zh.getCell(4).value = column.headers.slice(1).join("、");
    zh.getCell(4).style = { alignment: { wrapText: true, vertical: "top" } };
    // English beneath the Chinese, in grey.
    const en = ws.getRow(r + 1);
    const grey = (): Partial<ExcelJS.Style> => ({ font: { color: { argb: "FF7F7F7F" } }, alignment: { wrapText: true, vertical: "top" } });
    en.getCell(1).value = column.en;
    en.getCell(1).style = grey();
    en.getCell(2).value = column.required ? "yes" : "no";
    en.getCell(2).style = grey();
    en.getCell(3).value = words.en;
    en.getCell(3).style = grey();
    r += 2;
  }
  const alsoAccepted = ws.getCell(r + 1, 1);
  alsoAccepted.value = "金额单位为元；表头写明（万元）时，该列按万元读取。";
  const alsoEn = ws.getCell(r + 2, 1);
  alsoEn.value = "Amounts are in yuan; a header marked (万元) makes the column read in units of 10,000 yuan.";
  alsoEn.style = { font: { color: { argb: "FF7F7F7F" } } };
}
