/**
 * The one error the workbook reader throws for a file it will not read. Anything else escaping the reader
 * is a bug. `reason` selects the message in the catalogs; `found` says what exactly was found, as a code with
 * parameters (ReadDetail), put into words only where a message is shown.
 */
import type { UnreadableReason } from "../engine/issues";
import { readDetailText, type ReadDetail } from "./readDetail";

export class ReadError extends Error {
  readonly reason: UnreadableReason;
  readonly found?: ReadDetail;

  constructor(reason: UnreadableReason, found?: ReadDetail) {
    // The message is for a stack trace only; users see the catalogs' words.
    super(found === undefined ? reason : `${reason}: ${readDetailText(found, "en")}`);
    this.name = "ReadError";
    this.reason = reason;
    if (found !== undefined) this.found = found;
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}
