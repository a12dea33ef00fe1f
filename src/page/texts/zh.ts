/** The page's words in 简体中文 (the default language). The pane's and the engine's words are reused where they fit. */
import { citeClause, clauseNote, itemNames } from "../../engine";
import type { PageTexts } from "./types";

export const zh: PageTexts = {
  title: "连云港知识产权资助审核",
  subtitle: "连政规发〔2025〕3号 · 网页版：文件只在本机浏览器中审核，不上传",
  otherLanguage: "English",
  filesStep: "申报表",
  drop: "把申报表（.xlsx，可多个，作为一个批次）拖到这里，或",
  pick: "选择文件",
  chosen: (n) => `已选 ${n} 个文件，按以下顺序作为一个批次审核：`,
  remove: "移除",
  clearFiles: "清空",
  settingsStep: "设置（可选）",
  history: "以往核定记录（xlsx 或 csv）",
  pickHistory: "选择记录文件",
  noHistory: "（无）",
  rates: "当年通知另定的比例，每行一项：事项=比例，如 PLEDGE_LOAN=0.25 或 质押=25%",
  checkStep: "检查",
  check: "检查",
  cancel: "取消",
  cancelled: "已取消检查，没有生成任何结果。",
  needFiles: "请先选择至少一个申报表。",
  progress: (step, done, total, name) => {
    const file = name ? `：${name}` : "";
    switch (step) {
      case "reading":
        return `正在读取 ${done}/${total}${file}`;
      case "checking":
        return "正在审核…";
      case "writing":
        return `正在写出批注副本 ${done}/${total}${file}`;
      case "summary":
        return "正在写出汇总工作簿…";
    }
  },
  failed: (detail) => `检查未能完成：${detail}`,
  resultsStep: "结果",
  downloads: "下载",
  downloadCopy: (name) => `批注副本 ${name}`,
  downloadSummary: (name) => `汇总工作簿 ${name}`,
  downloadJson: (name) => `JSON 报告 ${name}`,
  jsonMaking: (name) => `JSON 报告 ${name}：生成中…`,
  jsonFailed: (name) => `JSON 报告 ${name}：未能生成，请重新检查`,
  copyMaking: (name) => `${name} 的批注副本：生成中…`,
  copyLost: (name) => `${name} 的批注副本：未能生成，请重新检查`,
  summaryMaking: (name) => `汇总工作簿 ${name}：生成中…`,
  summaryFailed: (name) => `汇总工作簿 ${name}：未能生成，请重新检查`,
  fileRows: (rows, sheet) => `工作表「${sheet}」，${rows} 行`,
  fileProblem: (name, detail) => `${name}：${detail}`,
  skipped: "lygip 写出的文件，不作为申报表审核，已跳过",
  noCopy: (detail) => `未写出批注副本：${detail}`,
  filterVerdict: "审核结论",
  filterFile: "文件",
  all: "全部",
  problemsIn: (name) => name,
  rowLabel: (row) => `第 ${row} 行`,
  shownRows: (from, to, rows, problems) => `显示第 ${from}–${to} 行，共 ${rows} 行有问题（${problems} 条）`,
  pages: "问题清单分页",
  page: "页",
  pageOf: (page, pages) => `第 ${page} / ${pages} 页`,
  previousPage: "上一页",
  nextPage: "下一页",
  historyUsed: (name, entries, leftOut) => `以往核定记录 ${name}：${entries} 条${leftOut > 0 ? `，${leftOut} 条不在本政策年度内，未计入` : ""}`,
  rateProblem: (p) => {
    switch (p.kind) {
      case "shape":
        return `比例应写作 事项=比例，如 PLEDGE_LOAN=0.25（收到「${p.spec}」）`;
      case "unknown":
        if (p.several) return `「${p.text}」可指多个支持事项：${itemNames(p.names)}；请写事项代码或全称`;
        return `无法识别支持事项「${p.text}」${p.names.length ? `；最接近的是：${itemNames(p.names)}` : ""}`;
      case "notRate":
        return `${p.code}（${p.name}）不按比例计算`;
      case "fixed":
        return `${p.code} 的比例 ${p.rate} 由${citeClause(p.clause, "zh")}固定，不能另设`;
      case "notNumber":
        return `「${p.text}」不是比例；应为大于 0、至多 100% 的比例，如 0.25、25 或 25%`;
      case "above":
        return `${p.code} 的比例 ${p.rate} 超过${citeClause(p.clause, "zh")}规定的最高比例 ${p.max}`;
    }
  },
  historyProblem: (name, detail) => `以往核定记录 ${name} 无法读取：${detail}`,
  historyUnclosed: (lines) => `第 ${lines.slice(0, 50).join("、")} 行无法读取：第 ${lines[0]} 行的引号没有闭合，其后各行都被并入了同一个单元格；请在该行补上引号后再检查`,
  historyRows: (count, first) => `有 ${count} 处无法读取，例如${first}`,
  historyRow: (row, detail) => (row === 0 ? detail : `第 ${row} 行：${detail}`),
  clauseNote: (c) => clauseNote(c, "zh"),
  noscript: "此页面需要启用 JavaScript。",
  language: "语言",
  offline: "本页面不联网：所有文件只在此浏览器中读取和审核。",
  rows: (n) => `共 ${n} 行`,
  verdictsLabel: "审核结论",
  severitiesLabel: "提示",
  ok: "无问题",
  warning: "警告",
  error: "错误",
  severity: { error: "错误", warning: "警告" },
  claimed: "申请金额",
  approvable: "可核定金额",
  pending: "待核实金额",
  excess: "核减金额",
  identity: "申请金额 = 可核定金额 + 待核实金额 + 核减金额",
  problems: (n) => `问题清单（${n} 条）`,
  noProblems: "没有发现问题。",
  noRows: "没有可审核的申报行。",
};
