/**
 * The one error the workbook reader throws for a file it will not read. Anything else escaping the reader
 * is a bug. `reason` selects the message in the catalogs; `detail` (Chinese) and `detailEn` say what exactly was found,
 * worded from a ReadDetail code by ./readDetail (older sites still pass the two texts).
 */
import type { UnreadableReason } from "../engine/issues";
import { readDetailText, type ReadDetail } from "./readDetail";

export class ReadError extends Error {
  readonly reason: UnreadableReason;
  readonly detail?: string;
  /** The same detail in English, for `--lang en` and the English pane. */
  readonly detailEn?: string;

  constructor(reason: UnreadableReason, found?: string | ReadDetail, foundEn?: string) {
    const detail = typeof found === "object" ? readDetailText(found, "zh") : found;
    const detailEn = typeof found === "object" ? readDetailText(found, "en") : foundEn;
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
