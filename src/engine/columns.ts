/**
 * The columns of the application table (docs/spec/APPLICATION-TABLE.md): their keys, the template's
 * header (first), the headers accepted, and how each cell is read. Every host reads this one list.
 */
export type FieldKey =
  | "seq" | "unit" | "creditCode" | "district" | "year" | "item" | "level" | "quantity" | "base" | "months"
  | "fees" | "rate" | "outcome" | "eventDate" | "startDate" | "ref" | "personId" | "claimed";

export type CellType = "text" | "money" | "date" | "year" | "integer" | "rate";

export interface ColumnSpec {
  readonly key: FieldKey;
  /** Template header first, then every header accepted for the column. */
  readonly headers: readonly string[];
  readonly type: CellType;
  /** A missing column is a file-level MISSING_COLUMN error. */
  readonly required: boolean;
  readonly en: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "seq", headers: ["序号", "编号序号", "No."], type: "text", required: false, en: "No." },
  { key: "unit", headers: ["单位名称", "申报单位", "企业名称", "申请单位", "单位", "专利权人", "调解组织"], type: "text", required: true, en: "Unit" },
  { key: "creditCode", headers: ["统一社会信用代码", "信用代码", "社会信用代码", "组织机构代码"], type: "text", required: false, en: "Credit code" },
  { key: "district", headers: ["所属县区", "县区", "区县", "所属区县", "地区", "板块"], type: "text", required: false, en: "District" },
  { key: "year", headers: ["申报年度", "年度", "申报年份"], type: "year", required: true, en: "Application year" },
  { key: "item", headers: ["支持事项", "项目", "事项", "奖补项目", "项目代码", "政策条款"], type: "text", required: true, en: "Item" },
  { key: "level", headers: ["级别", "等级", "类别"], type: "text", required: false, en: "Level" },
  { key: "quantity", headers: ["数量", "件数", "项数", "人数", "案件数"], type: "integer", required: false, en: "Quantity" },
  { key: "base", headers: ["计算基数（元）", "基数", "基数金额", "省级奖励资金", "利息", "保费", "维权费用", "代理费"], type: "money", required: false, en: "Base (yuan)" },
  { key: "months", headers: ["贷款期限（月）", "期限", "期限月数", "利息月数"], type: "integer", required: false, en: "Loan months" },
  { key: "fees", headers: ["评估等服务费（元）", "服务费", "评估费"], type: "money", required: false, en: "Service fees (yuan)" },
  // Not in APPLICATION-TABLE.md's list: a row's own rate, where a yearly notice fixes a lower one (decision 2).
  { key: "rate", headers: ["补助比例", "资助比例", "比例"], type: "rate", required: false, en: "Rate" },
  { key: "outcome", headers: ["结果/状态", "结果", "状态", "维权结果", "验收情况"], type: "text", required: false, en: "Outcome" },
  { key: "eventDate", headers: ["事项日期", "获批日期", "发证日期", "验收日期", "判决日期", "日期"], type: "date", required: false, en: "Event date" },
  { key: "startDate", headers: ["任职起始日期", "入职日期", "在岗起始日期"], type: "date", required: false, en: "Start of employment" },
  { key: "ref", headers: ["证书/合同/案件编号", "编号", "证书编号", "合同编号", "案件编号", "证书/合同编号", "专利号", "登记号"], type: "text", required: false, en: "Reference no." },
  { key: "personId", headers: ["人员证件号", "身份证号", "证件号码"], type: "text", required: false, en: "Person ID" },
  { key: "claimed", headers: ["申请金额（元）", "申报金额", "申请资金", "申请补助金额", "申请资助金额", "申请奖补金额", "金额"], type: "money", required: false, en: "Claimed (yuan)" },
];

export const COLUMN_BY_KEY: ReadonlyMap<FieldKey, ColumnSpec> = new Map(COLUMNS.map((c) => [c.key, c]));

/** The template's header for a field: what a message names when the file has no such column. */
export function templateHeader(key: FieldKey): string {
  return COLUMN_BY_KEY.get(key)!.headers[0];
}

/**
 * The product's own result columns, written to the right of the table (REPORT.md "In the workbook", rev. 3):
 * the verdict, the three amounts that add up to the request (decision 23), the explanation and the clause.
 * A re-run finds them by these headers.
 */
export const RESULT_HEADERS = ["审核结论", "可核定金额（元）", "待核实金额（元）", "核减金额（元）", "审核说明", "条款"] as const;

/**
 * The result columns a version before the verdicts wrote: a copy that has them is still recognised, and a
 * re-run rewrites them into RESULT_HEADERS in the same place.
 */
export const LEGACY_RESULT_HEADERS = ["审核结果", "可核定金额（元）", "超出金额（元）", "审核说明", "条款"] as const;

/** Every set of result headers a re-run recognises, the current one first. */
export const RESULT_HEADER_SETS: readonly (readonly string[])[] = [RESULT_HEADERS, LEGACY_RESULT_HEADERS];
