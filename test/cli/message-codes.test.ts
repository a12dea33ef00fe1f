/**
 * Every message code of REPORT.md is produced by a real workbook through the command line, and each row
 * of the workbook shows the code it was written to provoke.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SEVERITY } from "../../src/engine";
import { lygip } from "../support/cli";
import { HEADERS, row, tempDir, writeWorkbook, type RowSpec } from "../support/workbooks";

const HZ = "91320706MA1XKQ8L3T"; // 海州区 (320706)
const LY = "91320703MA1YT4C2XC"; // 连云区 (320703)
const GY = "91320707MA20B3NQ5Q"; // 赣榆区 (320707)
const BJ = "91110108MA01A2B3CF"; // Beijing (110108)
const HEAD = [...HEADERS, "补助比例"];

const base: RowSpec = { 单位名称: "连云港甲科技有限公司", 统一社会信用代码: HZ, 所属县区: "海州区", 申报年度: 2026, 事项日期: "2026-03-01" };
/** [the code the row provokes, the row] */
const CASES: [string, RowSpec][] = [
  ["OK", { ...base, 支持事项: "GI", "证书/合同/案件编号": "GI-001", "申请金额（元）": 100000 }],
  ["MISSING_VALUE", { ...base, 单位名称: null, 支持事项: "GI", "申请金额（元）": 100000 }],
  ["BAD_NUMBER", { ...base, 支持事项: "GI", "申请金额（元）": "12.345" }],
  ["BAD_DATE", { ...base, 支持事项: "GI", 事项日期: "2025-02-30", "申请金额（元）": 100000 }],
  ["BAD_YEAR", { ...base, 支持事项: "GI", 申报年度: 2031, "申请金额（元）": 100000 }],
  ["UNKNOWN_ITEM", { ...base, 支持事项: "质押融资贴息补助", "申请金额（元）": 1000 }],
  ["UNKNOWN_LEVEL", { ...base, 支持事项: "IP_ENTERPRISE", 级别: "国家级", "申请金额（元）": 50000 }],
  ["NO_AMOUNT_CLAUSE", { ...base, 支持事项: "OVERSEAS_LAYOUT", "申请金额（元）": 10000 }],
  ["OUT_OF_PERIOD", { ...base, 支持事项: "GI", 事项日期: "2025-05-31", 申报年度: 2025, "申请金额（元）": 100000 }],
  ["CONDITION_NOT_MET", { ...base, 支持事项: "ENFORCEMENT_DOMESTIC", "计算基数（元）": 10000, "结果/状态": "审理中", "申请金额（元）": 3000 }],
  ["NOT_FULL_YEAR", { ...base, 支持事项: "PATENT_ATTORNEY", 数量: 1, 任职起始日期: "2025-06-01", "申请金额（元）": 6000 }],
  ["DUPLICATE", { ...base, 支持事项: "GI", "证书/合同/案件编号": "GI-001", "申请金额（元）": 100000 }],
  ["OK", { ...base, 单位名称: "连云港乙大学", 统一社会信用代码: LY, 所属县区: "连云区", 支持事项: "TRAINING_BASE", 级别: "省级", "申请金额（元）": 400000 }],
  ["ONE_TIME_ONLY", { ...base, 单位名称: "连云港乙大学", 统一社会信用代码: LY, 所属县区: "连云区", 支持事项: "培训基地", 级别: "国家级", 申报年度: 2027, 事项日期: "2027-02-01", "申请金额（元）": 400000 }],
  ["OK", { ...base, 单位名称: "赣榆丙公司", 统一社会信用代码: GY, 所属县区: "赣榆区", 支持事项: "PLEDGE_LOAN", "计算基数（元）": 10000, "贷款期限（月）": 12, 申报年度: 2025, 事项日期: "2025-08-01", "申请金额（元）": 3000 }],
  ["OK", { ...base, 单位名称: "赣榆丙公司", 统一社会信用代码: GY, 所属县区: "赣榆区", 支持事项: "PLEDGE_LOAN", "计算基数（元）": 10000, "贷款期限（月）": 12, 申报年度: 2026, "申请金额（元）": 3000 }],
  ["TWO_YEAR_LIMIT", { ...base, 单位名称: "赣榆丙公司", 统一社会信用代码: GY, 所属县区: "赣榆区", 支持事项: "PLEDGE_LOAN", "计算基数（元）": 10000, "贷款期限（月）": 12, 申报年度: 2027, 事项日期: "2027-03-01", "申请金额（元）": 3000 }],
  ["RATE_ABOVE_MAX", { ...base, 支持事项: "IP_INSURANCE", "计算基数（元）": 10000, 补助比例: "60%", "申请金额（元）": 6000 }],
  ["OVER_ELIGIBLE", { ...base, 支持事项: "PATENT_NAV", "结果/状态": "通过验收", "申请金额（元）": 250000 }],
  ["OK", { ...base, 支持事项: "DATA_IP", 数量: 20, "申请金额（元）": 20000 }],
  ["CAP_EXCEEDED", { ...base, 支持事项: "数据知识产权登记", 数量: 5, "申请金额（元）": 5000 }],
  ["NO_EVENT_DATE", { ...base, 支持事项: "GI_PROMOTION_LIST", 事项日期: null, "申请金额（元）": 50000 }],
  ["NO_CLAIM", { ...base, 支持事项: "OUTLET_EXCELLENT" }],
  ["BELOW_STANDARD", { ...base, 支持事项: "STANDARD_MARKET", "申请金额（元）": 80000 }],
  ["CONDITION_UNSTATED", { ...base, 支持事项: "IP_RESEARCH", "申请金额（元）": 50000 }],
  ["NO_START_DATE", { ...base, 支持事项: "IP_ENGINEER", 级别: "中级", 数量: 1, "申请金额（元）": 3000 }],
  ["BAD_CREDIT_CODE", { ...base, 单位名称: "丁公司", 统一社会信用代码: "91320706MA1XKQ8L3A", 支持事项: "IP_STANDARD", "申请金额（元）": 20000 }],
  ["NOT_LOCAL", { ...base, 单位名称: "北京戊公司", 统一社会信用代码: BJ, 所属县区: null, 支持事项: "IP_ALLIANCE", "申请金额（元）": 100000 }],
  ["DISTRICT_MISMATCH", { ...base, 所属县区: "赣榆区", 支持事项: "SERVICE_AGENCY", "申请金额（元）": 100000 }],
  ["UNKNOWN_DISTRICT", { ...base, 所属县区: "鼓楼区", 支持事项: "SECURITIZATION", "申请金额（元）": 100000 }],
  ["NO_CREDIT_CODE", { ...base, 单位名称: "己公司", 统一社会信用代码: null, 支持事项: "IP_COURSE", "申请金额（元）": 100000 }],
  ["AMBIGUOUS_ITEM", { ...base, 支持事项: "开放许可", 数量: 10, "申请金额（元）": 10000 }],
  ["QUANTITY_IGNORED", { ...base, 支持事项: "GI_DEMO_ZONE", 数量: 2, "申请金额（元）": 500000 }],
  ["RATE_FIXED", { ...base, 支持事项: "PATENT_PRIZE", "计算基数（元）": 100000, 补助比例: "40%", "申请金额（元）": 40000 }],
  ["OK", { ...base, 单位名称: "连云港乙大学", 统一社会信用代码: LY, 所属县区: "连云区", 支持事项: "PLEDGE_LOAN", "计算基数（元）": 12000, "贷款期限（月）": 12, "证书/合同/案件编号": "HT-9", "申请金额（元）": 3600 }],
  ["LOAN_MONTHS_USED", { ...base, 单位名称: "连云港乙大学", 统一社会信用代码: LY, 所属县区: "连云区", 支持事项: "PLEDGE_LOAN", "计算基数（元）": 6000, "贷款期限（月）": 6, "证书/合同/案件编号": "HT-9", "申请金额（元）": 1800 }],
  ["OK", { ...base, 单位名称: "庚公司", 支持事项: "GI", "证书/合同/案件编号": "GI-101", "申请金额（元）": 100000 }],
  ["OK", { ...base, 单位名称: "庚公司", 统一社会信用代码: GY, 所属县区: "赣榆区", 支持事项: "GI", "证书/合同/案件编号": "GI-102", "申请金额（元）": 100000 }],
  ["UNIT_AMBIGUOUS", { ...base, 单位名称: "庚公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "GI", "证书/合同/案件编号": "GI-103", "申请金额（元）": 100000 }],
  // The name-only row may be either 庚公司: it holds the one-time award of both, and 赣榆's later claim waits on it.
  ["OK", { ...base, 单位名称: "庚公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "TRAINING_BASE", 级别: "省级", "申请金额（元）": 400000 }],
  ["HELD_BY_ROW", { ...base, 单位名称: "庚公司", 统一社会信用代码: GY, 所属县区: "赣榆区", 支持事项: "TRAINING_BASE", 级别: "省级", 申报年度: 2027, 事项日期: "2027-02-01", "申请金额（元）": 400000 }],
  ["LEVEL_CONFLICT", { ...base, 单位名称: "壬公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "优势企业", 级别: "示范企业" }],
  // The history (below) has 30,000 for 辛公司's IP_ENTERPRISE, which is neither level's amount.
  ["HISTORY_LEVEL_UNKNOWN", { ...base, 单位名称: "辛公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "IP_ENTERPRISE", 级别: "示范企业", "申请金额（元）": 50000 }],
  // 癸公司's operations centre at 国家级, then a row of it with no 级别: it may be the same award again.
  ["OK", { ...base, 单位名称: "癸公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "OPS_CENTER", 级别: "国家级", "申请金额（元）": 200000 }],
  ["LEVEL_UNSTATED", { ...base, 单位名称: "癸公司", 统一社会信用代码: null, 所属县区: null, 支持事项: "OPS_CENTER", "申请金额（元）": 200000 }],
  ["CONFUSABLE_TEXT", { ...base, 单位名称: "辛公司", 支持事项: "GI", "证书/合同/案件编号": "GI\u2010104", "申请金额（元）": 100000 }],
];

/**
 * Raised by the table reader from what the file's structure says (an Excel table object, hidden rows and
 * columns, two columns for one field, the workbook's calculation settings), which this workbook writer does
 * not set: test/hostile/structure.test.ts, hidden.test.ts and formula-recalc.test.ts provoke them through
 * real workbooks.
 */
const NOT_YET_RAISED = new Set(["TABLE_RANGE_SHORT", "DUPLICATE_COLUMN", "HIDDEN_COLUMN", "HIDDEN_ROW", "FORMULA_RECALC"]);

let dir: string;
let report: { files: { path: string; error: { code: string } | null; rows: { row: number; status: string; messages: { code: string }[] }[] }[] };
let code: number;

beforeAll(async () => {
  dir = tempDir();
  await writeWorkbook(join(dir, "all-codes.xlsx"), [{ headers: HEAD, rows: CASES.map(([, spec]) => row(spec, HEAD)) }]);
  await writeWorkbook(join(dir, "missing-year.xlsx"), [{ headers: ["单位名称", "支持事项", "数量", "申请金额（元）"], rows: [["甲", "GI", 1, 100000]] }]);
  writeFileSync(join(dir, "not-a-workbook.xlsx"), "单位名称,支持事项\n甲,GI\n");
  writeFileSync(join(dir, "history.csv"), "单位名称,申报年度,支持事项,核定金额\n辛公司,2025,IP_ENTERPRISE,30000\n");
  const run = await lygip(
    "check", join(dir, "all-codes.xlsx"), join(dir, "missing-year.xlsx"), join(dir, "not-a-workbook.xlsx"), "--json", "--no-write",
    "--history", join(dir, "history.csv"),
  );
  code = run.code;
  report = JSON.parse(run.stdout);
});

describe("every message code of REPORT.md comes from a real workbook", () => {
  it("the batch with an unreadable file exits 2 and still reports the other files", () => {
    expect(code).toBe(2);
    expect(report.files[0].rows).toHaveLength(CASES.length);
  });

  it.each(CASES.map(([c], i) => [i + 2, c] as const))("row %i provokes %s", (rowNumber, expected) => {
    const r = report.files[0].rows.find((x) => x.row === rowNumber)!;
    const found = r.messages.map((m) => m.code);
    if (expected === "OK") expect(r.status).not.toBe("error");
    else expect(found).toContain(expected);
  });

  it("a workbook without 申报年度 is MISSING_COLUMN; a CSV named .xlsx is UNREADABLE_FILE", () => {
    expect(report.files[1].error?.code).toBe("MISSING_COLUMN");
    expect(report.files[2].error?.code).toBe("UNREADABLE_FILE");
  });

  it("the union of codes is every code of the contract", () => {
    const seen = new Set<string>();
    for (const f of report.files) {
      if (f.error) seen.add(f.error.code);
      for (const r of f.rows) for (const m of r.messages) seen.add(m.code);
    }
    expect([...seen].sort()).toEqual(Object.keys(SEVERITY).filter((c) => !NOT_YET_RAISED.has(c)).sort());
  });
});
