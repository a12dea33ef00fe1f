/**
 * The one error the workbook reader throws for a file it will not read. Anything else escaping the reader
 * is a bug. `reason` selects the message in the catalogs; `detail` (Chinese) and `detailEn` say what exactly was found.
 */
import type { UnreadableReason } from "../engine/issues";

export class ReadError extends Error {
  readonly reason: UnreadableReason;
  readonly detail?: string;
  /** The same detail in English, for `--lang en` and the English pane. */
  readonly detailEn?: string;

  constructor(reason: UnreadableReason, detail?: string, detailEn?: string) {
    super(detail === undefined ? reason : `${reason}: ${detail}`);
    this.name = "ReadError";
    this.reason = reason;
    if (detail !== undefined) this.detail = detail;
    if (detailEn !== undefined) this.detailEn = detailEn;
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}
