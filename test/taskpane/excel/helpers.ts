/** Hand-made plans and a fake workbook, for tests of the adapter alone (no engine). */
import { RESULT_HEADERS } from "../../../src/engine/columns";
import type { AnnotationPlan, CellMark, PlanSheet } from "../../../src/output/types";
import { workbookOf, type FakeWorkbook } from "../fake-excel/model";
import { writtenResults } from "../../../src/check";
import type { WorkbookRead } from "../../../src/taskpane/excel/read";
import type { WriteInput } from "../../../src/taskpane/excel/write";
import { recordAfter } from "../../../src/taskpane/session/records";
import { checkSheets } from "../../../src/taskpane/session/sheetsPlan";

/** 申报表: header row 1, three data rows in A..C. */
export function smallWorkbook(): FakeWorkbook {
  return workbookOf({
    申报表: [
      ["单位名称", "支持事项", "申请金额（元）"],
      ["甲公司", "DATA_IP", 5000],
      ["乙公司", "GI", 120000],
      ["丙公司", "未知事项", 1000],
    ],
  });
}

export function planOf(options: {
  marks?: CellMark[];
  results?: (string | number | null)[][];
  issueRows?: PlanSheet["rows"];
  resultCol?: number;
}): AnnotationPlan {
  const results = options.results ?? [
    ["通过", 5000, 0, 0, "", "（三）"],
    ["核减", 100000, 0, 20000, "申请金额超过可核定金额", "（二）"],
    ["不予支持", 0, 0, 1000, "支持事项无法识别", ""],
  ];
  const verdicts = { 通过: "approved", 核减: "reduced", 不予支持: "rejected", 待核实: "review" } as const;
  return {
    sheet: "申报表",
    headerRow: 1,
    resultCol: options.resultCol ?? 3,
    resultHeaders: [...RESULT_HEADERS],
    resultRows: results.map((values, i) => {
      const verdict = verdicts[values[0] as keyof typeof verdicts];
      return { row: i + 2, values, ...(verdict ? { verdict } : {}) };
    }),
    moneyColumns: [1, 2, 3],
    marks: options.marks ?? [
      { row: 3, col: 2, severity: "error", note: "lygip 审核：申请金额超过可核定金额（第（二）条）" },
      { row: 4, col: 1, severity: "error", note: "lygip 审核：支持事项无法识别" },
      { row: 2, col: 0, severity: "warning", note: "lygip 审核：未填写统一社会信用代码" },
    ],
    issueSheet: {
      name: "问题清单",
      rows: options.issueRows ?? [
        { values: ["序号", "单元格", "说明"], bold: true },
        { values: [1, "C3", "申请金额超过可核定金额"], link: { col: 1, sheet: "申报表", cell: "C3" } },
        { values: [2, "B4", "支持事项无法识别"], link: { col: 1, sheet: "申报表", cell: "B4" } },
      ],
      columnWidths: [6, 10, 40],
    },
    summarySheet: {
      name: "汇总",
      rows: [
        { values: ["项目", "行数", "可核定金额（元）"], bold: true },
        { values: ["合计", 3, 105000], bold: true, moneyColumns: [2] },
      ],
    },
  };
}

/**
 * Where the host puts a plain check's sheets and the record it writes with them (src/taskpane/excelHost.ts):
 * the earlier check's sheets replaced where the record vouches for them, else written under free names.
 */
export function placedAsTheHostDoes(read: WorkbookRead, plan: AnnotationPlan): Pick<WriteInput, "sheets" | "record"> {
  const placed = checkSheets(read.data, plan, () => {
    throw new Error("a plain check: no 审核明细 follows it");
  });
  return { sheets: placed, record: recordAfter(placed.claims, writtenResults(plan), placed.written, [placed.issues, placed.summary!]) };
}
