/** The pane's words: Chinese first, English second. Step numbers are drawn by the pane, not written here. */
import { citeClause, clauseNote } from "../../engine";
import type { LeftBehind } from "../session/clearPlan";

export type Lang = "zh" | "en";

export const TEXTS = {
  zh: {
    title: "连云港知识产权资助审核",
    subtitle: "连政规发〔2025〕3号",
    otherLanguage: "English",
    tableStep: "申报表",
    looking: "正在查找申报表…",
    tableAt: (sheet: string, row: number, rows: number, name?: string) =>
      `${name ? `Excel 表格「${name}」，` : ""}工作表「${sheet}」第 ${row} 行为表头，共 ${rows} 行数据。`,
    mapping: "列对应",
    notRead: "（不读取）",
    unrecognised: "未识别的表头，可选择对应字段：",
    settingsStep: "设置",
    ratesSummary: (set: number, history: string, invalid = 0) =>
      `${set === 0 ? "比例按条款规定" : `已设 ${set} 项比例`}${invalid > 0 ? `；${invalid} 项比例无效，未采用` : ""}${history ? `；以往核定：${history}` : ""}`,
    // The clause carries its own brackets (（七）): 第（七）条, not wrapped in a second pair.
    rateLabel: (name: string, clause: string, max: string) => `${citeClause(clause, "zh")} ${name}：比例最高 ${max}`,
    rateHint: "留空按条款比例",
    history: "以往核定记录（工作表，可选）",
    noHistory: "（无）",
    checkStep: "检查",
    check: "检查",
    checking: "正在检查…",
    template: "插入申报模板",
    templateDone: (sheet: string) => `已插入模板工作表「${sheet}」。`,
    summarise: "生成汇总",
    summarising: "正在生成汇总…",
    summaryDone: (rows: number, pivots: number, charts: number, slicers: number) =>
      `已生成「审核明细」（${rows} 行，Excel 表格 lygip明细）${pivots > 0 ? `和「汇总」：${pivots} 个数据透视表、${charts} 个图表${slicers > 0 ? `、${slicers} 个切片器` : ""}` : ""}。`,
    summaryMissing: (what: "pivots" | "slicers", set: string, version: string) =>
      what === "pivots"
        ? `此版本的 Excel 不支持 ${set} ${version}，加载项无法创建数据透视表和图表，只生成了「审核明细」。可选中该表，点「插入 › 数据透视表」。`
        : `此版本的 Excel 不支持 ${set} ${version}，未添加切片器。`,
    clear: "清除审核结果",
    clearing: "正在清除…",
    unavailable: (action: string, set: string, version: string) =>
      `「${action}」需要 ${set} ${version}，此版本的 Excel 不支持，按钮已停用。请使用 Microsoft 365 或更新的 Excel。`,
    cleared: (what: string) => (what ? `已清除：${what}。申请人填写的内容未改动。` : "工作簿中没有审核结果可清除。"),
    clearedParts: {
      columns: "审核结果列",
      marks: "单元格标记",
      notes: (n: number) => `${n} 条批注`,
      sheets: (names: readonly string[]) => `工作表${names.map((n) => `「${n}」`).join("")}`,
      join: "、",
    },
    // What 清除审核结果 left because it is the user's (session/clearPlan.ts).
    clearedLeft: (left: LeftBehind) => {
      switch (left.kind) {
        case "sheet-changed":
          return `工作表「${left.sheet}」在本工具写入后被改动过，已保留；如不再需要，请手动删除。`;
        case "sheet-unrecorded":
          return `工作表「${left.sheet}」没有本工具的审核记录（可能是他人的，或由旧版本写入），已保留；如确是以前的审核结果，请手动删除。`;
        case "cells-changed":
          return `「${left.sheet}」的审核结果列（${left.range}）在本工具写入后被改动过，已保留；如不再需要，请手动删除。`;
        case "cells-unrecorded":
          return `「${left.sheet}」的审核结果列没有本工具的审核记录，且 ${left.cell} 中有本工具不会写入的内容，已保留。`;
      }
    },
    resultsStep: "结果",
    rows: (n: number) => `共 ${n} 行`,
    ok: "无问题",
    warning: "警告",
    error: "错误",
    verdicts: { approved: "通过", reduced: "核减", rejected: "不予支持", review: "待核实" },
    verdictsLabel: "审核结论",
    severitiesLabel: "提示",
    claimed: "申请金额",
    approvable: "可核定金额",
    pending: "待核实金额",
    excess: "核减金额",
    identity: "申请金额 = 可核定金额 + 待核实金额 + 核减金额",
    problems: (n: number) => `问题清单（${n} 条）`,
    noProblems: "没有发现问题。",
    noRows: "表头下没有申报行，没有可审核的内容。",
    more: (n: number) => `还有 ${n} 条，见问题清单`,
    notesUnsupported: "此版本的 Excel 不支持批注，原因写在「审核说明」列。",
    severity: { error: "错误", warning: "警告" },
    clauseNote: (c: string) => clauseNote(c, "zh"),
  },
  en: {
    title: "Lianyungang IP funding check",
    subtitle: "Policy 连政规发〔2025〕3号",
    otherLanguage: "中文",
    tableStep: "Application table",
    looking: "Looking for the application table…",
    tableAt: (sheet: string, row: number, rows: number, name?: string) =>
      `${name ? `Excel table “${name}”, ` : ""}sheet “${sheet}”, header on row ${row}, ${rows} data rows.`,
    mapping: "Columns",
    notRead: "(not read)",
    unrecognised: "Header not recognised; you may choose its field:",
    settingsStep: "Settings",
    ratesSummary: (set: number, history: string, invalid = 0) =>
      `${set === 0 ? "Rates as the clauses give them" : `${set} rate(s) set`}${invalid > 0 ? `; ${invalid} rate(s) not valid, not used` : ""}${history ? `; earlier approvals: ${history}` : ""}`,
    rateLabel: (name: string, clause: string, max: string) => `${name} (${citeClause(clause, "en")}) rate, at most ${max}`,
    rateHint: "Blank: the clause's rate",
    history: "Earlier approvals (sheet, optional)",
    noHistory: "(none)",
    checkStep: "Check",
    check: "Check",
    checking: "Checking…",
    template: "Insert template",
    templateDone: (sheet: string) => `Template sheet “${sheet}” inserted.`,
    summarise: "Build summary",
    summarising: "Building the summary…",
    summaryDone: (rows: number, pivots: number, charts: number, slicers: number) =>
      `Wrote 审核明细 (${rows} rows, Excel table lygip明细)${pivots > 0 ? ` and 汇总: ${pivots} PivotTables, ${charts} charts${slicers > 0 ? `, ${slicers} slicers` : ""}` : ""}.`,
    summaryMissing: (what: "pivots" | "slicers", set: string, version: string) =>
      what === "pivots"
        ? `This Excel does not support ${set} ${version}: the add-in cannot create PivotTables and charts, so only 审核明细 was written. Select it and use Insert › PivotTable.`
        : `This Excel does not support ${set} ${version}: no slicers were added.`,
    clear: "Clear results",
    clearing: "Clearing…",
    unavailable: (action: string, set: string, version: string) =>
      `“${action}” needs ${set} ${version}, which this Excel does not support, so it is disabled. Use Microsoft 365 or a newer Excel.`,
    cleared: (what: string) => (what ? `Removed: ${what}. Nothing the applicant typed was changed.` : "There are no check results in this workbook."),
    clearedParts: {
      columns: "the result columns",
      marks: "the cell marks",
      notes: (n: number) => `${n} note(s)`,
      sheets: (names: readonly string[]) => `sheet(s) ${names.map((n) => `“${n}”`).join(", ")}`,
      join: ", ",
    },
    // What Clear results left because it is the user's (session/clearPlan.ts).
    clearedLeft: (left: LeftBehind) => {
      switch (left.kind) {
        case "sheet-changed":
          return `Sheet “${left.sheet}” was changed after the check wrote it, so it was kept; delete it by hand if it is no longer needed.`;
        case "sheet-unrecorded":
          return `Sheet “${left.sheet}” carries no record of this tool's check (it may be someone's, or an earlier version's), so it was kept; delete it by hand if it holds old results.`;
        case "cells-changed":
          return `The result columns on “${left.sheet}” (${left.range}) were changed after the check wrote them, so they were kept; delete them by hand if they are no longer needed.`;
        case "cells-unrecorded":
          return `The result columns on “${left.sheet}” carry no record of this tool's check, and ${left.cell} holds something a check never writes, so they were kept.`;
      }
    },
    resultsStep: "Results",
    rows: (n: number) => `${n} rows`,
    ok: "No issues",
    warning: "Warnings",
    error: "Errors",
    verdicts: { approved: "Approved", reduced: "Reduced", rejected: "Rejected", review: "To verify" },
    verdictsLabel: "Verdicts",
    severitiesLabel: "Messages",
    claimed: "Requested",
    approvable: "Approvable",
    pending: "Pending verification",
    excess: "Reduced by review",
    identity: "Requested = approvable + pending + reduced",
    problems: (n: number) => `Problems (${n})`,
    noProblems: "No problems found.",
    noRows: "No application rows under the header: nothing to check.",
    more: (n: number) => `${n} more: see the 问题清单 sheet`,
    notesUnsupported: "This Excel has no notes; the reasons are in the 审核说明 column.",
    severity: { error: "Error", warning: "Warning" },
    clauseNote: (c: string) => clauseNote(c, "en"),
  },
} as const;

export type Texts = (typeof TEXTS)[Lang];
