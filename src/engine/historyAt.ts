/**
 * Where approvals of the history are, for a message that points to them (decision 21): the history file as
 * given and the rows of it, so a reviewer finds the entry that cut or refused a row.
 */
import type { HistoryAt } from "./issues";
import type { HistoryEntry } from "./types";

/** The file and the rows of `entries` (in the file's order, each once); none where neither is known. */
export function historyAtOf(file: string | undefined, entries: readonly HistoryEntry[]): HistoryAt | undefined {
  const rows = [...new Set(entries.flatMap((h) => (h.row === undefined ? [] : [h.row])))].sort((a, b) => a - b);
  if (file === undefined && rows.length === 0) return undefined;
  return file === undefined ? { rows } : { file, rows };
}
