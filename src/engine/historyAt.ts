/**
 * Where approvals of the history are, for a message that points to them (decision 21): the history file as
 * given and the rows of it, so a reviewer finds the entry that cut or refused a row.
 */
import type { HistoryAt } from "./issues";
import type { HistoryEntry } from "./types";

/**
 * The `historyAt` field of an issue pointing to `entries`: the file and their rows (in the file's order, each
 * once); no field where neither is known, so an issue without history keeps its shape.
 */
export function historyAtField(file: string | undefined, entries: readonly HistoryEntry[]): { historyAt?: HistoryAt } {
  const rows = [...new Set(entries.flatMap((h) => (h.row === undefined ? [] : [h.row])))].sort((a, b) => a - b);
  if (file === undefined && rows.length === 0) return {};
  return { historyAt: file === undefined ? { rows } : { file, rows } };
}
