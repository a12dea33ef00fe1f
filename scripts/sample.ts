/**
 * The bundled sample application workbook (samples/申报表示例.xlsx): a table in the template's layout whose
 * rows cover every item of the policy, the worked examples of MEASURES.md, and the mistakes applicants
 * commonly make, each as a row a reviewer would recognise. The units are fictional; their credit codes
 * are well formed unless a row is meant to show a bad one.
 */
import ExcelJS from "exceljs";
import { COLUMNS, type FieldKey } from "../src/engine/columns";
import { EDITION } from "../src/policy";
import { TEMPLATE_SHEET, buildTemplate, numberFormatOf } from "../src/writer/template";
import { makeCreditCode, makeResidentId, withWrongCheckChar } from "./identifiers";
import { readZip, writeZip } from "../src/workbook/zip";

export const SAMPLE_FILE_NAME = "申报表示例.xlsx";
/** The applicant's own column, right of the table: the check must leave it alone. */
export const REMARK_HEADER = "备注";

interface Unit {
  readonly name: string;
  readonly creditCode: string | null;
  readonly district: string | null;
}

/** A value as the applicant left it in the cell. */
export type SampleValue =
  | string
  | number
  | Date
  /** `{row}` in the formula stands for the cell's own row number. */
  | { readonly formula: string; readonly result: number | { readonly error: string } }
  | { readonly error: string };

export interface SampleRow {
  readonly unit: Unit;
  readonly cells: Partial<Record<Exclude<FieldKey, "seq" | "unit" | "creditCode" | "district">, SampleValue>>;
  readonly remark?: string;
  /** What the row is there to show, for the reader of this file (not written to the workbook). */
  readonly shows: string;
}

const HAIZHOU = "320706";
const LIANYUN = "320703";
const GANYU = "320707";
const DONGHAI = "320722";
const GUANYUN = "320723";
const GUANNAN = "320724";
/** 南京市江宁区: a unit registered outside Lianyungang. */
const NANJING_JIANGNING = "320115";

function unit(name: string, kind: string, division: string, org: string, district: string | null): Unit {
  return { name, creditCode: makeCreditCode(kind, division, org), district };
}

const U = {
  haiRui: unit("连云港海瑞医药科技有限公司", "91", HAIZHOU, "MA1N3K7Q", "海州区"),
  yunGang: unit("江苏云港新材料股份有限公司", "91", LIANYUN, "70372816", "连云区"),
  hongDa: unit("连云港宏达重工机械有限公司", "91", GANYU, "MA1MX4T2", "赣榆区"),
  jingHua: unit("东海县晶华石英制品有限公司", "91", DONGHAI, "13872205", "东海县"),
  linGang: unit("灌云县临港精细化工有限公司", "91", GUANYUN, "MA1P08WB", "灌云县"),
  ruiFeng: unit("灌南县瑞丰食品有限公司", "91", GUANNAN, "MA1R6L3D", "灌南县"),
  patentFirm: unit("连云港港城专利代理事务所（普通合伙）", "91", HAIZHOU, "MA1Q2B9C", "海州区"),
  college: unit("连云港海滨学院", "12", HAIZHOU, "46628803", "海州区"),
  mediation: unit("连云港市海州湾知识产权纠纷人民调解委员会", "51", HAIZHOU, "MJ0725R4", "海州区"),
  zhiShu: unit("连云港智数信息技术有限公司", "91", HAIZHOU, "MA25H7K1", "连云港经济技术开发区"),
  xinHaiAn: unit("连云港新海岸投资发展有限公司", "91", LIANYUN, "MA1W5E3F", "连云区"),
  pharmaAssoc: unit("连云港市医药行业协会", "51", HAIZHOU, "50910366", "海州区"),
  crystalAssoc: unit("东海县水晶产业协会", "51", DONGHAI, "50920417", "东海县"),
  mushroomAssoc: unit("灌南县食用菌产业协会", "51", GUANNAN, "MJ0811P6", "灌南县"),
  clusterOffice: unit("连云港高新区知识产权服务业集聚区管理办公室", "12", HAIZHOU, "MB1C4420", "高新区"),
  donghaiIpOffice: unit("东海县知识产权局", "11", DONGHAI, "01401728", "东海县"),
  giZoneOffice: unit("灌南县地理标志产品保护示范区管理办公室", "12", GUANNAN, "MB0J2751", "灌南县"),
  rightsCentre: unit("连云港海州湾知识产权快速维权中心", "12", HAIZHOU, "MB1D0836", "海州区"),
  market: unit("连云港海州小商品市场管理有限公司", "91", HAIZHOU, "60892413", "海州区"),
  opsCentre: unit("江苏港信知识产权运营有限公司", "91", LIANYUN, "MA21T9L5", "连云区"),
  infoStation: unit("连云港海州区科技情报服务站", "12", HAIZHOU, "46630217", "海州区"),
  researchSociety: unit("连云港知识产权研究会", "51", HAIZHOU, "MJ0930X2", "海州区"),
  nanjing: unit("南京恒远智能科技有限公司", "91", NANJING_JIANGNING, "MA1Y7H2K", "海州区"),
  xinYuan: unit("连云港鑫源电子有限公司", "91", DONGHAI, "MA1T3G6N", "灌云县"),
  lanHai: {
    name: "连云港蓝海船舶配件有限公司",
    creditCode: withWrongCheckChar(makeCreditCode("91", LIANYUN, "MA1U8C4R")),
    district: "连云区",
  },
  zhongYuan: unit("连云港中元物流有限公司", "91", LIANYUN, "MA1K5Q0W", "连云港市区"),
} as const;

/** A calendar date as Excel stores it (exceljs writes UTC midnight as the day's serial). */
function d(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const FIRST_YEAR = EDITION.firstYear;
const SECOND_YEAR = EDITION.firstYear + 1;
const THIRD_YEAR = EDITION.firstYear + 2;

export const SAMPLE_ROWS: readonly SampleRow[] = [
  {
    unit: U.haiRui, shows: "clean: PATENT_PRIZE, half of the provincial award",
    cells: { year: FIRST_YEAR, item: "中国专利奖、江苏专利奖配套奖励", base: 300000, eventDate: d("2025-07-18"), ref: "ZL201910234567.8", claimed: 150000 },
    remark: "第二十四届中国专利奖银奖",
  },
  {
    unit: U.yunGang, shows: "clean: HVP_PROJECT, accepted",
    cells: { year: FIRST_YEAR, item: "市级高价值专利培育项目", outcome: "通过验收", eventDate: d("2025-12-10"), ref: "LYGGJZ-2023-05", claimed: 300000 },
  },
  {
    unit: U.crystalAssoc, shows: "clean: GI, the standard amount",
    cells: { year: FIRST_YEAR, item: "地理标志商标", eventDate: d("2025-09-01"), ref: "GI-TM-2025-0318", claimed: 100000 },
  },
  {
    unit: U.mushroomAssoc, shows: "OUT_OF_PERIOD: dated 2025-05-31, the day before the policy period",
    cells: { year: FIRST_YEAR, item: "地理标志保护产品", eventDate: d("2025-05-31"), ref: "GI-PP-2025-0057", claimed: 100000 },
    remark: "批准公告日期",
  },
  {
    unit: U.zhiShu, shows: "worked example: DATA_IP 30 certificates, 30,000 capped to 20,000",
    cells: { year: FIRST_YEAR, item: "数据知识产权登记", quantity: 30, eventDate: d("2025-10-20"), ref: "SJDJ-2025-3207-0001至0030", claimed: 30000 },
  },
  {
    unit: U.haiRui, shows: "NO_AMOUNT_CLAUSE: a claim under OVERSEAS_LAYOUT",
    cells: { year: FIRST_YEAR, item: "知识产权海外布局（PCT、马德里、海牙等）", quantity: 3, eventDate: d("2025-08-05"), ref: "PCT/CN2025/098765", claimed: 60000 },
  },
  {
    unit: U.opsCentre, shows: "clean: OPS_CENTER, level typed 省级",
    cells: { year: FIRST_YEAR, item: "知识产权运营中心", level: "省级", eventDate: d("2025-11-03"), claimed: 200000 },
  },
  {
    unit: U.jingHua, shows: "clean: PATENT_NAV, accepted, below the ceiling",
    cells: { year: SECOND_YEAR, item: "专利导航项目", outcome: "已验收", eventDate: d("2026-03-15"), ref: "ZLDH-2025-012", claimed: 180000 },
  },
  {
    unit: U.hongDa, shows: "worked example: PLEDGE_LOAN 180,000 over 18 months + 20,000 fees = 42,000",
    cells: {
      year: FIRST_YEAR, item: "知识产权质押融资贴息", base: 180000, months: 18, fees: 20000, eventDate: d("2025-08-12"),
      ref: "LYGZY-2025-0812", claimed: 42000,
    },
    remark: "附贷款合同及付息凭证",
  },
  {
    unit: U.linGang, shows: "worked example: PLEDGE_LOAN 900,000 over 12 months = 270,000, capped to 200,000",
    cells: {
      year: FIRST_YEAR, item: "PLEDGE_LOAN", base: 900000, months: 12, fees: 0, eventDate: d("2025-09-26"),
      ref: "LYGZY-2025-0926", claimed: 270000,
    },
  },
  {
    unit: U.hongDa, shows: "clean: the unit's second PLEDGE_LOAN year",
    cells: {
      year: SECOND_YEAR, item: "知识产权质押融资贴息", base: 96000, months: 12, fees: 8000, eventDate: d("2026-04-20"),
      ref: "LYGZY-2026-0420", claimed: 31200,
    },
  },
  {
    unit: U.hongDa, shows: "TWO_YEAR_LIMIT: a third year of PLEDGE_LOAN for the same unit",
    cells: {
      year: THIRD_YEAR, item: "知识产权质押融资贴息", base: 60000, months: 12, eventDate: d("2027-05-10"),
      ref: "LYGZY-2027-0510", claimed: 18000,
    },
  },
  {
    unit: U.xinHaiAn, shows: "clean: SECURITIZATION",
    cells: { year: FIRST_YEAR, item: "知识产权证券化", eventDate: d("2025-12-28"), ref: "ABS-LYG-2025-01", claimed: 500000 },
  },
  {
    unit: U.yunGang, shows: "clean: IP_INSURANCE, half the premium",
    cells: { year: FIRST_YEAR, item: "知识产权保险", base: 60000, eventDate: d("2025-07-01"), ref: "IPBX-2025-0071", claimed: 30000 },
  },
  {
    unit: U.ruiFeng, shows: "OVER_ELIGIBLE: 25,000 claimed, half of a 40,000 premium is 20,000",
    cells: { year: FIRST_YEAR, item: "知识产权保险", base: 40000, eventDate: d("2025-08-19"), ref: "IPBX-2025-0112", claimed: 25000 },
  },
  {
    unit: U.yunGang, shows: "worked example: OPEN_LICENSE_DECLARE 25 patents = 20,000",
    cells: { year: FIRST_YEAR, item: "专利开放许可声明", quantity: 25, eventDate: d("2025-09-20"), claimed: 20000 },
  },
  {
    unit: U.yunGang, shows: "worked example: OPEN_LICENSE_DEAL 3 licences = 15,000, over the patentee's 20,000 a year",
    cells: { year: FIRST_YEAR, item: "达成专利开放许可", quantity: 3, eventDate: d("2025-11-11"), ref: "KFXK-2025-003", claimed: 15000 },
  },
  {
    unit: U.pharmaAssoc, shows: "money typed as text 1.5万 (read as 15,000)",
    cells: { year: FIRST_YEAR, item: "产业知识产权联盟", eventDate: d("2025-10-08"), claimed: "1.5万" },
    remark: "连云港医药产业知识产权联盟",
  },
  {
    unit: U.haiRui, shows: "a formula cell: the costs summed in the cell; 30% of 25,000",
    cells: {
      year: FIRST_YEAR, item: "国内知识产权维权", base: { formula: "12000+8000+5000", result: 25000 }, outcome: "胜诉生效",
      eventDate: d("2025-11-18"), ref: "(2025)苏07民初123号", claimed: 7500,
    },
    remark: "诉讼费、代理费、公证费合计",
  },
  {
    unit: U.jingHua, shows: "CONDITION_NOT_MET: a domestic case still 审理中",
    cells: {
      year: FIRST_YEAR, item: "国内知识产权维权", base: 40000, outcome: "审理中", eventDate: d("2025-12-02"),
      ref: "(2025)苏07民初456号", claimed: 12000,
    },
  },
  {
    unit: U.haiRui, shows: "worked example: ENFORCEMENT_OVERSEAS agency fees 300,000 = 150,000",
    cells: {
      year: SECOND_YEAR, item: "海外知识产权维权", base: 300000, outcome: "判决胜诉", eventDate: d("2026-01-15"),
      ref: "2:25-cv-01234", claimed: 150000,
    },
  },
  {
    unit: U.haiRui, shows: "worked example: a second overseas case, 100,000 eligible, 50,000 left under the cap",
    cells: {
      year: SECOND_YEAR, item: "海外知识产权维权", base: 200000, outcome: "和解", eventDate: d("2026-03-02"),
      ref: "EP-OPP-2025-0419", claimed: 100000,
    },
  },
  {
    unit: U.rightsCentre, shows: "clean: PROTECTION_PLATFORM 国家级",
    cells: { year: FIRST_YEAR, item: "知识产权保护平台载体", level: "国家级", eventDate: d("2025-06-30"), claimed: 200000 },
  },
  {
    unit: U.market, shows: "BELOW_STANDARD: 80,000 claimed where the standard is 100,000",
    cells: { year: FIRST_YEAR, item: "国家级知识产权保护规范化市场培育对象", eventDate: d("2025-10-15"), claimed: 80000 },
  },
  {
    unit: U.mediation, shows: "worked example: MEDIATION 37 cases = 30,000",
    cells: { year: SECOND_YEAR, item: "知识产权纠纷调解", quantity: 37, eventDate: d("2026-02-20"), claimed: 30000 },
    remark: "上一年度调解成功案件",
  },
  {
    unit: U.college, shows: "clean: INFO_OUTLET, the university centre",
    cells: { year: FIRST_YEAR, item: "国家知识产权信息公共服务网点、高校国家知识产权信息服务中心、TISC", level: "高校国家知识产权信息服务中心", eventDate: d("2025-09-12"), claimed: 200000 },
  },
  {
    unit: U.infoStation, shows: "clean: OUTLET_EXCELLENT",
    cells: { year: FIRST_YEAR, item: "省知识产权信息公共服务网点绩效评价优秀", eventDate: d("2025-12-22"), claimed: 50000 },
  },
  {
    unit: U.patentFirm, shows: "clean: SERVICE_AGENCY, year typed as 2026年度",
    cells: { year: `${SECOND_YEAR}年度`, item: "知识产权服务机构年度绩效评价", eventDate: d("2026-04-30"), claimed: 300000 },
  },
  {
    unit: U.clusterOffice, shows: "clean: SERVICE_CLUSTER 省级, in a functional zone",
    cells: { year: FIRST_YEAR, item: "知识产权服务业集聚发展区", level: "省级", eventDate: d("2025-11-26"), claimed: 200000 },
  },
  {
    unit: U.donghaiIpOffice, shows: "clean: DEMO_COUNTY_PARK",
    cells: { year: FIRST_YEAR, item: "国家知识产权强县建设示范县、国家级知识产权强国建设示范园区", eventDate: d("2025-08-28"), claimed: 500000 },
  },
  {
    unit: U.giZoneOffice, shows: "NO_CLAIM: claim left blank, the eligible amount is taken",
    cells: { year: FIRST_YEAR, item: "国家地理标志产品保护示范区", eventDate: d("2025-10-30") },
  },
  {
    unit: U.mushroomAssoc, shows: "clean: GI_PROMOTION_LIST",
    cells: { year: SECOND_YEAR, item: "地理标志运用促进重点联系指导名录", eventDate: d("2026-01-09"), claimed: 50000 },
  },
  {
    unit: U.yunGang, shows: "clean: IP_ENTERPRISE 示范企业",
    cells: { year: FIRST_YEAR, item: "国家知识产权示范企业、优势企业", level: "示范企业", eventDate: d("2025-11-20"), claimed: 50000 },
  },
  {
    unit: U.linGang, shows: "UNKNOWN_LEVEL: 国家级 is not a level of IP_ENTERPRISE",
    cells: { year: FIRST_YEAR, item: "国家知识产权示范企业、优势企业", level: "国家级", eventDate: d("2025-11-20"), claimed: 50000 },
  },
  {
    unit: U.ruiFeng, shows: "clean: IP_STANDARD",
    cells: { year: FIRST_YEAR, item: "知识产权管理规范贯标（认证或绩效评价合格）", eventDate: d("2025-07-25"), ref: "18125IP0345R0M", claimed: 20000 },
  },
  {
    unit: U.ruiFeng, shows: "DUPLICATE: the same certificate number again",
    cells: { year: FIRST_YEAR, item: "知识产权管理规范贯标（认证或绩效评价合格）", eventDate: d("2025-07-25"), ref: "18125IP0345R0M", claimed: 20000 },
    remark: "重复录入",
  },
  {
    unit: U.college, shows: "clean: TRAINING_BASE 省级",
    cells: { year: FIRST_YEAR, item: "国家或江苏省知识产权培训基地", level: "省级", eventDate: d("2025-10-25"), claimed: 400000 },
  },
  {
    unit: U.college, shows: "ONE_TIME_ONLY: a second TRAINING_BASE for the same unit",
    cells: { year: SECOND_YEAR, item: "国家或江苏省知识产权培训基地", level: "国家级", eventDate: d("2026-05-18"), claimed: 400000 },
    remark: "升格为国家级培训基地",
  },
  {
    unit: U.college, shows: "BAD_DATE: 2025-02-30 does not exist",
    cells: { year: FIRST_YEAR, item: "高校开设知识产权课程", eventDate: "2025-02-30", claimed: 100000 },
  },
  {
    unit: U.patentFirm, shows: "clean: PATENT_ATTORNEY, two years at the agency",
    cells: {
      year: FIRST_YEAR, item: "专利代理师", quantity: 1, startDate: d("2023-07-01"), eventDate: d("2025-09-30"),
      personId: makeResidentId(HAIZHOU, "19900315", "021"), claimed: 6000,
    },
  },
  {
    unit: U.patentFirm, shows: "NOT_FULL_YEAR: started 2025-01-10, event 2025-10-15",
    cells: {
      year: FIRST_YEAR, item: "专利代理师", quantity: 1, startDate: d("2025-01-10"), eventDate: d("2025-10-15"),
      personId: makeResidentId(GANYU, "19960822", "047"), claimed: 6000,
    },
  },
  {
    unit: U.hongDa, shows: "worked example: IP_ENGINEER 2 × 高级 = 10,000",
    cells: { year: FIRST_YEAR, item: "知识产权师", level: "高级", quantity: 2, startDate: d("2022-03-01"), eventDate: d("2025-11-30"), claimed: 10000 },
  },
  {
    unit: U.hongDa, shows: "worked example: IP_ENGINEER 1 × 正高级 = 8,000",
    cells: {
      year: FIRST_YEAR, item: "知识产权师", level: "正高级", quantity: 1, startDate: d("2019-09-01"), eventDate: d("2025-11-30"),
      personId: makeResidentId(GANYU, "19780509", "013"), claimed: 8000,
    },
  },
  {
    unit: U.researchSociety, shows: "clean: IP_RESEARCH, 结题",
    cells: { year: FIRST_YEAR, item: "知识产权课题研究", outcome: "结题", eventDate: d("2025-12-16"), ref: "LYGZSCQ-KT-2025-03", claimed: 80000 },
  },
  {
    unit: U.lanHai, shows: "BAD_CREDIT_CODE: the check character is wrong",
    cells: { year: FIRST_YEAR, item: "知识产权管理规范贯标（认证或绩效评价合格）", eventDate: d("2025-09-05"), ref: "18125IP0512R0S", claimed: 20000 },
  },
  {
    unit: U.nanjing, shows: "NOT_LOCAL: credit code registered in Nanjing (320115)",
    cells: { year: FIRST_YEAR, item: "数据知识产权登记", quantity: 8, eventDate: d("2025-10-09"), ref: "SJDJ-2025-3201-0417", claimed: 8000 },
  },
  {
    unit: U.xinYuan, shows: "DISTRICT_MISMATCH: code says 东海县, the district column 灌云县",
    cells: { year: FIRST_YEAR, item: "知识产权管理规范贯标（认证或绩效评价合格）", eventDate: d("2025-08-08"), ref: "18125IP0788R0M", claimed: 15000 },
  },
  {
    unit: U.zhongYuan, shows: "UNKNOWN_DISTRICT: 连云港市区 is no district",
    cells: { year: FIRST_YEAR, item: "数据知识产权登记", quantity: 5, eventDate: d("2025-12-01"), ref: "SJDJ-2025-3207-0388", claimed: 5000 },
  },
  {
    unit: U.jingHua, shows: "UNKNOWN_ITEM: a near-miss name, the closest items are offered",
    cells: { year: FIRST_YEAR, item: "知识产权质押融资补贴", base: 120000, months: 12, eventDate: d("2025-09-18"), claimed: 36000 },
  },
  {
    unit: U.linGang, shows: "BAD_NUMBER: an amount with three decimals",
    cells: { year: FIRST_YEAR, item: "知识产权保险", base: 12345.67, eventDate: d("2025-10-11"), ref: "IPBX-2025-0203", claimed: 6172.835 },
  },
  {
    unit: U.xinHaiAn, shows: "a #N/A cell: the claim looked up from an empty range",
    cells: {
      year: FIRST_YEAR, item: "知识产权管理规范贯标（认证或绩效评价合格）", eventDate: d("2025-11-07"), ref: "18125IP0901R0M",
      claimed: { formula: "VLOOKUP(F{row},$Z$2:$AA$3,2,FALSE)", result: { error: "#N/A" } },
    },
  },
  {
    unit: U.opsCentre, shows: "clean: IP_ALLIANCE",
    cells: { year: SECOND_YEAR, item: "产业知识产权联盟", eventDate: d("2026-02-26"), claimed: 100000 },
  },
  {
    unit: U.college, shows: "clean: IP_COURSE",
    cells: { year: SECOND_YEAR, item: "高校开设知识产权课程", eventDate: d("2026-03-20"), claimed: 100000 },
  },
];

/** The table's 0-based column index of a field. */
function columnIndex(key: FieldKey): number {
  return COLUMNS.findIndex((c) => c.key === key);
}

/** The sample workbook: the template as `lygip template` writes it, filled in as an applicant would. */
export async function createSampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buildTemplate() as unknown as ArrayBuffer);
  wb.creator = "lygip";
  // Fixed, so that the same sample is written byte for byte the same way every time.
  wb.created = new Date(EDITION.issued + "T00:00:00Z");
  wb.modified = wb.created;
  const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  const remarkCol = COLUMNS.length + 1;
  const header = ws.getRow(1).getCell(remarkCol);
  header.value = REMARK_HEADER;
  header.style = { font: { bold: true }, alignment: { horizontal: "center" } };
  ws.getColumn(remarkCol).width = 26;

  SAMPLE_ROWS.forEach((row, i) => {
    const r = ws.getRow(i + 2);
    const put = (key: FieldKey, value: SampleValue | null | undefined) => {
      if (value === undefined || value === null) return;
      const cell = r.getCell(columnIndex(key) + 1);
      cell.value = (typeof value === "object" && "formula" in value
        ? { ...value, formula: value.formula.replace(/\{row\}/g, String(r.number)) }
        : value) as ExcelJS.CellValue;
      // Fresh per cell: cells would otherwise share the column's style object.
      cell.style = { numFmt: numberFormatOf(COLUMNS[columnIndex(key)]) };
    };
    put("seq", i + 1);
    put("unit", row.unit.name);
    put("creditCode", row.unit.creditCode);
    put("district", row.unit.district);
    for (const [key, value] of Object.entries(row.cells) as [FieldKey, SampleValue][]) put(key, value);
    if (row.remark) r.getCell(remarkCol).value = row.remark;
  });
  return wb;
}

/**
 * A zip's entries copied as they are into a new zip by the product's own writer, which stamps every entry
 * with one fixed date. exceljs stamps the time of writing; a committed sample built twice must come out byte
 * for byte the same.
 */
export function withFixedTimestamps(zip: Uint8Array): Buffer {
  const out = writeZip(readZip(zip).entries.map((copy) => ({ copy })));
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/** The sample as bytes, the same every time it is built. */
export async function buildSample(): Promise<Buffer> {
  const data = await (await createSampleWorkbook()).xlsx.writeBuffer();
  return withFixedTimestamps(new Uint8Array(data as ArrayBuffer));
}
