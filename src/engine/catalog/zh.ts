/** 简体中文 messages, one per issue code. */
import { EDITION, FULL_YEAR } from "../../policy";
import { COLUMN_BY_KEY } from "../columns";
import type { CellFault, HeldRule, HistoryAt, Origin } from "../issues";
import { cellFaultText } from "./cellFault";
import { citeClause } from "./clause";
import { readDetailText } from "./readDetail";
import { filesZh, placeZh, rowsZh } from "./explain";
import { yuanFigure } from "./figures";
import type { Catalog } from "./types";

const col = (key: string) => COLUMN_BY_KEY.get(key as never)?.headers[0] ?? key;
/** What a cell held, or (a cell the reader could not read) why it could not be read. */
const foundZh = (i: { found: string; fault?: CellFault }) => (i.fault ? `无法读取（${cellFaultText(i.fault, "zh")}）` : `填写为「${i.found}」`);
/** Decision 21: the history file and its rows, where the message knows them (「历史.xlsx」第 3、5 行). */
const historyPlace = (h: HistoryAt | undefined) =>
  h === undefined ? "" : `${h.file === undefined ? "" : `「${h.file}」`}${h.rows.length ? `第 ${h.rows.join("、")} 行` : ""}`;
const at = (r: Origin | "history", h?: HistoryAt) => (r === "history" ? `历史核定记录${historyPlace(h)}` : placeZh(r));
/** Money as a finance clerk reads it: the figure with thousands separators and its unit, "30,000.00 元". */
const yuan = (cents: number) => yuanFigure(cents, "zh");
/** The policy's closing paragraph on its period, quoted (decision 12). */
const PERIOD = `「${EDITION.periodWords.replace(/。$/, "")}」`;
/** Item names each in 「」, so a name that holds 、 (「中国专利奖、江苏专利奖配套奖励」) stays one name. */
export const itemNames = (names: readonly string[]) => names.map((n) => `「${n}」`).join("、");
/** What the earlier 待核实 row holds (HELD_BY_ROW). */
const HELD_ZH: Record<HeldRule, string> = {
  oneTime: "本单位该一次性资助是否已获得",
  once: "本单位该事项是否已获资助",
  twoYear: "该年度是否计入本单位获得补助的年度（累计不超过 2 年）",
  fullTens: "本单位该年度案件数的整十数",
};
const FULL_YEAR_WORDS = FULL_YEAR.years === 1 ? "满一年" : `满 ${FULL_YEAR.years} 年`;

const UNREADABLE: Record<string, string> = {
  "not-zip": "不是 xlsx 文件（不是 zip 压缩包）；请在 Excel 中另存为 .xlsx",
  truncated: "文件不完整（zip 被截断）；请重新获取原文件",
  encrypted: "文件设有打开密码（已加密）；请在 Excel 中取消密码后另存为 .xlsx",
  xls: "这是旧版 .xls 文件；请在 Excel 中另存为 .xlsx",
  csv: "这是 CSV 文本文件；请在 Excel 中打开后另存为 .xlsx",
  html: "这是网页（HTML）格式的表格（系统导出的 .xls 常是这种）；请在 Excel 中打开后另存为 .xlsx",
  "xml-spreadsheet": "这是 XML 电子表格 2003 文件；请在 Excel 中打开后另存为 .xlsx",
  json: "这是 JSON 文本（如 lygip 的 --json 报告），不是 Excel 工作簿；请给出 .xlsx 文件（以往核定记录可用上一年的批注副本 .checked.xlsx 或 --summary 汇总工作簿）",
  xlsb: "这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再检查",
  ods: "这是 OpenDocument 电子表格（.ods，如 WPS 或 LibreOffice 所存），请另存为 Excel 工作簿（.xlsx）后再检查",
  numbers: "这是 Apple Numbers 表格（.numbers），请在 Numbers 中用「文件 › 导出为 › Excel」存为 .xlsx 后再检查",
  docx: "这是 Word 文档（.docx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件",
  pptx: "这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿；请选择申报表的 .xlsx 文件",
  empty: "文件是空的（0 字节），可能未保存完或传输中断；请重新获取原文件",
  "zip-bomb": "压缩包解压后过大或压缩比异常（疑似压缩炸弹），已拒绝读取",
  "too-large": "文件超过大小上限",
  "too-many-entries": "压缩包内文件数超过上限",
  "duplicate-entry": "压缩包内有重名文件，文件已损坏或被篡改",
  "no-worksheet": "工作簿中没有可读的工作表",
  "bad-xml": "工作簿内容格式损坏",
  doctype: "工作簿含有 DTD/实体声明（可能的 XML 攻击），已拒绝读取",
  limits: "工作簿超过读取上限",
  unsupported: "不支持的压缩包格式；请在 Excel 中打开后另存为 .xlsx",
  io: "无法读取文件",
  "no-table": "未找到申报表：前 20 行中没有一行含有至少三个可识别的表头",
};

export const zh: Catalog = {
  MISSING_COLUMN: (i) => `缺少必需的列：${i.columns.join("、")}`,
  UNREADABLE_FILE: (i) => UNREADABLE[i.reason] + (i.found ? `（${readDetailText(i.found, "zh")}）` : ""),
  MISSING_VALUE: (i) =>
    i.found === undefined
      ? `「${col(i.field)}」为必填项，但${i.noColumn ? "表中没有该列" : "单元格为空"}`
      : `「${col(i.field)}」单元格是错误值或无法读取（${i.fault ? cellFaultText(i.fault, "zh") : `「${i.found}」`}），应为文字`,
  BAD_NUMBER: (i) => {
    const what = { money: "金额（元，最多两位小数）", integer: "非负整数", "positive-integer": "正整数", rate: "比例（如 30% 或 0.3）" }[i.expected];
    const why = {
      unreadable: "无法识别为数字", negative: "不能为负数", decimals: "小数位数超过两位（不做四舍五入）",
      fraction: "不能为小数", zero: "必须大于 0", "error-value": "单元格是错误值", "too-large": "数值过大",
    }[i.problem];
    return `「${col(i.field)}」${foundZh(i)}：${why}；应为${what}`;
  },
  BAD_DATE: (i) => {
    const why = { unreadable: "无法识别为日期", impossible: "日期不存在", "error-value": "单元格是错误值" }[i.problem];
    return `「${col(i.field)}」${foundZh(i)}：${why}；应为日期，如 2025-06-01`;
  },
  BAD_YEAR: (i) => {
    const why = { unreadable: "无法识别为年份", "out-of-range": `不在政策年度 ${EDITION.firstYear}–${EDITION.lastYear} 之内`, "error-value": "单元格是错误值" }[i.problem];
    // A year outside the policy's years is told them already; any other says what to type.
    const expected = i.problem === "out-of-range" ? "" : `；应为 ${EDITION.firstYear}–${EDITION.lastYear} 中的年份，如 ${EDITION.firstYear}`;
    return `「申报年度」${foundZh(i)}：${why}${expected}`;
  },
  UNKNOWN_ITEM: (i) => `无法识别支持事项「${i.found}」` + (i.closest.length ? `；最接近的是：${itemNames(i.closest)}` : ""),
  AMBIGUOUS_ITEM: (i) => `支持事项「${i.found}」可指不同事项：${itemNames(i.candidates)}；请填写其中之一的名称或代码`,
  UNKNOWN_LEVEL: (i) =>
    i.accepted.length ? `级别「${i.found}」不适用于该事项；可选：${i.accepted.join("、")}` : `该事项不分级别，但填写了「${i.found}」`,
  BAD_CREDIT_CODE: (i) => {
    if (i.problem === "digits-lost") {
      return `统一社会信用代码以数字保存为「${i.found}」：超过 Excel 的 15 位有效数字，第 16 位起已变为 0，不是原代码；请将单元格设为文本格式后重新填写；按单位名称识别单位`;
    }
    const why = { length: "应为 18 位", characters: "含有不允许的字符", check: "校验位不正确" }[i.problem];
    return `统一社会信用代码「${i.found}」${why}（GB 32100-2015）；按单位名称识别单位`;
  },
  NO_CREDIT_CODE: (i) => `${i.noColumn ? "表中没有统一社会信用代码列" : "未填写统一社会信用代码"}；按单位名称识别单位`,
  UNKNOWN_DISTRICT: (i) => `所属县区「${i.found}」不是连云港市的县区或功能区`,
  NO_AMOUNT_CLAUSE: (i) => `${citeClause(i.clause ?? "（四）", "zh")}未规定资助金额，不能申请资金`,
  OUT_OF_PERIOD: (i) =>
    i.side === "before"
      ? `事项日期 ${i.date} 早于本政策实施日 ${EDITION.periodStart}（${PERIOD}），适用已废止的${EDITION.repeals}`
      : `事项日期 ${i.date} 晚于本政策有效期截止日 ${EDITION.periodEnd}（${PERIOD}）`,
  CONDITION_NOT_MET: (i) =>
    (i.words === i.found ? `结果「${i.found}」` : `结果「${i.found}」中「${i.words}」`) + `不符合条件「${i.condition}」`,
  CONDITION_UNSTATED: (i) => {
    const canonical = i.canonical.length ? `；请写明结果，如：${i.canonical.join("、")}` : "";
    const blank = i.noColumn ? "表中没有结果/状态列" : "未填写结果/状态";
    return (i.found ? `结果「${i.found}」无法判断是否符合条件「${i.condition}」` : `${blank}，无法确认条件「${i.condition}」`) + canonical;
  },
  NOT_FULL_YEAR: (i) => `任职起始日期 ${i.startDate}，至 ${i.asOf} 未连续工作${FULL_YEAR_WORDS}（${FULL_YEAR_WORDS}之日为 ${i.fullOn}）`,
  NO_START_DATE: (i) => `${i.noColumn ? "表中没有任职起始日期列" : "未填写任职起始日期"}，无法确认是否连续工作${FULL_YEAR_WORDS}`,
  NO_EVENT_DATE: (i) => `${i.noColumn ? "表中没有事项日期列" : "未填写事项日期"}，无法确认是否在政策有效期内`,
  DUPLICATE: (i) => {
    if (i.by === "unit") {
      const scope = i.scope === "year" ? "每个单位每年度一次" : "每个单位在政策有效期内一次";
      return `与${at(i.first, i.historyAt)}重复：该事项${scope}，不按数量或编号重复资助`;
    }
    return `与${at(i.first)}重复：${i.by === "person" ? "同一事项、同一人员" : "同一单位、同一事项、同一编号"}「${i.value}」`;
  },
  ONE_TIME_ONLY: (i) => `该事项为一次性资助，本单位已于${at(i.first, i.historyAt)}（${i.firstYear} 年度）获得`,
  TWO_YEAR_LIMIT: (i) => `质押融资补助累计不超过 ${i.max} 年，本单位已在 ${i.years.join("、")} 年度获得补助`,
  RATE_ABOVE_MAX: (i) =>
    i.source === "setting"
      ? `补助比例 ${i.rate} 高于本年度执行的比例 ${i.max}；按 ${i.max} 计算`
      : `补助比例 ${i.rate} 超过条款规定的最高比例 ${i.max}；按 ${i.max} 计算`,
  RATE_FIXED: (i) => `该事项的比例由条款定为 ${i.fixed}，不按本行补助比例 ${i.rate} 计算`,
  LOAN_MONTHS_USED: (i) =>
    `合同「${i.contract}」是同一笔贷款，单笔贷款利息补助最多计 ${i.months} 个月，已由${at(i.first)}起的各部分计满：本行利息计 0，评估等服务费仍按比例计`,
  QUANTITY_IGNORED: (i) =>
    i.quantity === 0 ? "该事项按单位或项目资助一次，数量 0 与空白相同，按一次计" : `该事项按单位或项目资助一次，数量 ${i.quantity} 不倍乘`,
  LEVEL_CONFLICT: (i) =>
    `支持事项写明「${i.named}」，级别却填写「${i.typed}」，二者不一致：按较低的「${i.lower}」计，待核实级别`,
  HISTORY_LEVEL_UNKNOWN: (i) =>
    `以往核定记录${i.historyAt ? historyPlace(i.historyAt) : ""}中该单位 ${i.year} 年度该事项核定 ${yuan(i.approved)}，无法确定其级别（无级别列，且金额不能对应唯一级别）：待核实是否已获同一级别资助`,
  LEVEL_UNSTATED: (i) =>
    `未填写级别：本单位该事项${i.first === "history" ? `以往已核定${i.historyAt ? `（${historyPlace(i.historyAt)}）` : ""}` : `在${at(i.first)}申报`}「${i.level}」，同一级别只资助一次，无法确定本行是否同一级别：待核实，请填写级别`,
  HELD_BY_ROW: (i) => `${at(i.first)}待核实或无法确定是哪一家单位，${HELD_ZH[i.rule]}取决于该行的审核结果：本行一并待核实，待该行核定后再定`,
  UNIT_AMBIGUOUS: (i) => `单位名称「${i.name}」对应多个统一社会信用代码（${i.codes.join("、")}），无法确定是哪一家单位：按每一家的上限、一次性和两年规则审核，只核定各家都允许的金额，其余待核实；请填写信用代码`,
  OVER_ELIGIBLE: (i) => `申请金额 ${yuan(i.claimed)}超过可申请金额 ${yuan(i.eligible)}`,
  CAP_EXCEEDED: (i) => {
    const from: string[] = [];
    if (i.fromHistory) from.push(`历史核定 ${yuan(i.fromHistory)}${i.historyAt ? `，${historyPlace(i.historyAt)}` : ""}`);
    if (i.fromRows && i.fromRows.length) from.push(`本批${rowsZh(i.fromRows)}${filesZh(i.fromRows)}`);
    const where = from.length ? `（${from.join("；")}）` : "";
    return `同一${i.holder} ${i.year} 年度上限 ${yuan(i.cap)}：此前已核定 ${yuan(i.used)}${where}，本行最多可核定 ${yuan(i.left)}，其余核减`;
  },
  NO_CLAIM: (i) => `${i.noColumn ? "表中没有申请金额列" : "未填写申请金额"}，按可申请金额 ${yuan(i.eligible)}计`,
  BELOW_STANDARD: (i) => `申请金额 ${yuan(i.claimed)}低于标准金额 ${yuan(i.standard)}`,
  NOT_LOCAL: (i) => `统一社会信用代码的登记管理机关代码 ${i.division} 不在连云港市（3207）`,
  DISTRICT_MISMATCH: (i) => `所属县区「${i.district}」与统一社会信用代码登记地（${i.codeDistrict}）不一致`,
  DUPLICATE_COLUMN: (i) => {
    const named = i.columns.map((c) => `${c} 列${i.hidden.includes(c) ? "（已隐藏）" : ""}`);
    const list = named.length > 1 ? `${named.slice(0, -1).join("、")}和 ${named[named.length - 1]}` : named.join("");
    return `「${i.header}」有${named.length === 2 ? "两" : ` ${named.length} `}列：${list}；每项只能填在一列中，请删去或改名其中一列`;
  },
  HIDDEN_COLUMN: (i) => `「${col(i.field)}」取自隐藏的 ${i.column} 列；请取消隐藏后核对`,
  HIDDEN_ROW: (i) => `第 ${i.row} 行在工作表中是隐藏的，仍已审核并计入汇总；审核后的副本已取消隐藏`,
  FORMULA_RECALC: (i) =>
    `「${col(i.field)}」取自公式单元格 ${i.cell} 保存的计算结果；` +
    (i.why === "full-calc-on-load" ? "此工作簿设为打开时重新计算" : "此工作簿设为手动计算，保存的结果可能已过时") +
    "，Excel 显示的值可能不同；请在 Excel 中重新计算并保存后再检查",
  CONFUSABLE_TEXT: (i) => `「${col(i.field)}」含有形近字符 ${i.chars.join("、")}（非标准连字符或形似拉丁字母的西里尔/希腊字母），已按对应的普通字符比对是否重复`,
  TABLE_RANGE_SHORT: (i) => `Excel 表格「${i.table}」的范围止于第 ${i.endRow} 行，其下至第 ${i.lastRow} 行仍有数据，已一并审核`,
};
