/**
 * 审核信息 as a check writes it (REPORT.md "Ownership", record lost): the evidence, when another program
 * dropped the ownership record, that the workbook is a check's copy. Read from cell values, so the file's
 * reader and the task pane tell it alike.
 */
import type { CellValueKey } from "./cellDigest";
import { INFO_LABELS, INFO_TOOL_PREFIX } from "./infoSheet";

const INFO_LABEL_SET: ReadonlySet<string> = new Set<string>([...Object.values(INFO_LABELS), ""]);

const isText = (c: CellValueKey) => c.formula === undefined && (c.kind === "s" || c.kind === "str");

/**
 * 项目 | 内容 on top, then 审核时间, 审核工具 (lygip and its version), 政策依据; only text, in columns A and B,
 * column A holding only the check's labels.
 */
export function isCheckInfoCells(cells: readonly CellValueKey[]): boolean {
  const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col)?.value;
  if (cells.some((c) => !isText(c) || c.col > 1 || (c.col === 0 && !INFO_LABEL_SET.has(c.value)))) return false;
  return at(1, 0) === INFO_LABELS.head && at(1, 1) === INFO_LABELS.value && at(2, 0) === INFO_LABELS.time &&
    at(3, 0) === INFO_LABELS.tool && (at(3, 1) ?? "").startsWith(INFO_TOOL_PREFIX) && at(4, 0) === INFO_LABELS.basis;
}

