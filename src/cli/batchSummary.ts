/**
 * What the command line tells the sheet 审核信息 (when, which version, the rates in force, the history file,
 * the batch's files), and `--summary FILE.xlsx`: one workbook with 汇总, 审核明细, 审核信息 and 审核意见表 across every
 * file of the batch, written through the atomic writer like every output.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { render, TOOL_VERSION, type CheckSettings, type RowResult } from "../engine";
import { type CheckInfo } from "../output";
import { batchSummaryXlsx } from "../check";
import { writeAtomically, type OwnedByUs } from "./atomicWrite";
import type { LoadedFile } from "./loadFile";

export function checkInfoOf(
  loaded: readonly LoadedFile[], checkedAt: Date, settings: CheckSettings, history?: { file: string; entries: number },
): CheckInfo {
  return {
    checkedAt: checkedAt.toISOString(),
    version: TOOL_VERSION,
    settings,
    ...(history ? { history } : {}),
    files: loaded.map((f) =>
      f.ok
        ? { name: f.path, sheet: f.layout.sheet, rows: f.rows.length }
        : { name: f.path, rows: 0, error: render(f.issue, "zh") },
    ),
  };
}

/**
 * The batch workbook at `target`. `fileOf(i)` names the batch's file i (RowRef.file) as the command line
 * was given it. Throws OutputRefused / OutputFailed as the atomic writer does.
 */
export function writeBatchSummary(
  target: string, results: readonly RowResult[], fileOf: (file: number) => string, info: CheckInfo, ownedByUs: OwnedByUs,
): void {
  const bytes = batchSummaryXlsx(results, fileOf, info);
  mkdirSync(dirname(target), { recursive: true });
  writeAtomically(target, bytes, ownedByUs);
}
