/**
 * The sheet 审核信息 (REPORT.md "For managers"): how the results were made — when, by which version of the
 * product, under which policy edition, with which rates in force, which history file, over which files.
 */
import { clauseNote } from "../engine/catalog";
import { rateInForce } from "../engine/amount";
import { formatRate } from "../engine/money";
import type { CheckSettings } from "../engine/types";
import { EDITION, ITEMS } from "../policy";
import { beijingTime } from "./beijingTime";
import { neutralise } from "./neutralise";
import { otherTablesNote } from "./otherTables";
import type { PlanRow, PlanSheet } from "./types";

export const INFO_SHEET_NAME = "审核信息";

/**
 * The labels of column A, in the order written: a copy whose record of the check was lost is recognised by
 * them (REPORT.md "Ownership").
 */
export const INFO_LABELS = {
  head: "项目", value: "内容", time: "审核时间", tool: "审核工具", basis: "政策依据", rate: "补助比例", history: "历史核定记录", files: "本批文件",
} as const;

/** How 审核工具 begins: the product's name, then its version. */
export const INFO_TOOL_PREFIX = "lygip ";

export interface CheckInfo {
  /** When the check ran, as an ISO time. */
  readonly checkedAt: string;
  readonly version: string;
  /** The year's settings (--rate or the pane's); rate items without one use their clause's figure. */
  readonly settings?: CheckSettings;
  readonly history?: { readonly file: string; readonly entries: number };
  readonly files: readonly CheckedFile[];
}

export interface CheckedFile {
  readonly name: string;
  readonly sheet?: string;
  readonly rows: number;
  /** Why the file could not be checked, when it could not. */
  readonly error?: string;
  /** The file's other sheets that hold an application table too, not checked (TableLayout.otherTables). */
  readonly otherTables?: readonly string[];
}

export function buildInfoSheet(info: CheckInfo): PlanSheet {
  const rows: PlanRow[] = [
    { values: [INFO_LABELS.head, INFO_LABELS.value], bold: true },
    { values: [INFO_LABELS.time, beijingTime(info.checkedAt)] },
    { values: [INFO_LABELS.tool, `${INFO_TOOL_PREFIX}${info.version}`] },
    { values: [INFO_LABELS.basis, policyBasis()] },
  ];
  for (const item of ITEMS) {
    if (item.rule.kind !== "rate") continue;
    const { rate, source } = rateInForce(item, info.settings);
    const said = source === "setting" ? "本年度设定" : item.rule.ceiling ? "条款最高比例" : "条款规定比例";
    rows.push({ values: [INFO_LABELS.rate, `${item.name}${clauseNote(item.clause, "zh")}：${formatRate(rate)}（${said}）`] });
  }
  rows.push({
    values: [INFO_LABELS.history, info.history ? `${neutralise(info.history.file)}（${info.history.entries} 条）` : "未使用"],
  });
  info.files.forEach((f, i) => {
    const others = f.otherTables?.length ? `；${otherTablesNote(f.otherTables.map(neutralise), "zh")}` : "";
    const what = f.error ? `未能读取：${neutralise(f.error)}` : `${f.sheet ? `工作表「${neutralise(f.sheet)}」，` : ""}${f.rows} 行${others}`;
    rows.push({ values: [i === 0 ? INFO_LABELS.files : "", `${neutralise(f.name)}：${what}`] });
  });
  return { name: INFO_SHEET_NAME, rows, columnWidths: [16, 60], headerRows: 1 };
}

/** The policy edition the amounts rest on, as 审核信息 and 审核意见表 state it. */
export function policyBasis(): string {
  return `${EDITION.title}《${EDITION.name}》（${EDITION.issued} 印发，${EDITION.periodStart} 起施行）`;
}
