/**
 * The one error the workbook reader throws for a file it will not read. Anything else escaping the reader
 * is a bug. `reason` selects the message in the catalogs; `detail` (Chinese) says what exactly was found.
 */
import type { UnreadableReason } from "../engine/issues";

export class ReadError extends Error {
  readonly reason: UnreadableReason;
  readonly detail?: string;

  constructor(reason: UnreadableReason, detail?: string) {
    super(detail === undefined ? reason : `${reason}: ${detail}`);
    this.name = "ReadError";
    this.reason = reason;
    if (detail !== undefined) this.detail = detail;
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}
