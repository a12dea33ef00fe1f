/**
 * `--summary FILE.xlsx`: the batch workbook (built in src/check, as the browser page builds it), written
 * through the atomic writer like every output.
 */
import type { CheckSettings, RowResult } from "../engine";
import type { CheckInfo } from "../output";
import { batchSummaryXlsx, checkInfoOf as infoOfFiles } from "../check";
import { makeFolderFor, writeAtomically, type OwnedByUs } from "./atomicWrite";
import type { LoadedFile } from "./loadFile";

/** The files as read (`bytes` not needed). */
type FileRead = Omit<Extract<LoadedFile, { ok: true }>, "opened" | "spans"> | Extract<LoadedFile, { ok: false }>;

export function checkInfoOf(
  loaded: readonly FileRead[], checkedAt: Date, settings: CheckSettings, history?: { file: string; entries: number },
): CheckInfo {
  const files = loaded.map((f) => (f.ok ? { ok: true as const, name: f.path, layout: f.layout, rows: f.rows } : { ok: false as const, name: f.path, issue: f.issue }));
  return infoOfFiles(files, checkedAt, settings, history);
}

/**
 * The batch workbook at `target`. `fileOf(i)` names the batch's file i (RowRef.file) as the command line
 * was given it. Throws OutputRefused / OutputFailed as the atomic writer does.
 */
export function writeBatchSummary(
  target: string, results: readonly RowResult[], fileOf: (file: number) => string, info: CheckInfo, ownedByUs: OwnedByUs,
): void {
  const bytes = batchSummaryXlsx(results, fileOf, info);
  makeFolderFor(target);
  writeAtomically(target, bytes, ownedByUs);
}
