/**
 * The time a check is stamped with (审核信息, 审核意见表, the JSON report's checkedAt): now, unless given.
 * `--checked-at <ISO time>` names it; otherwise SOURCE_DATE_EPOCH (the reproducible-builds convention:
 * seconds since 1970-01-01 UTC) does. A given time makes the outputs reproducible: the same inputs, settings
 * and time give the same bytes from the command line every time, and the browser page gives the same JSON
 * and the same workbooks part for part (its deflater compresses them in its own way).
 */
import { UsageError } from "./io";

/** An ISO 8601 date and time with an offset or Z (a bare date or a local time would depend on the machine). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function checkTimeOf(option: string | undefined, epoch: string | undefined, now: () => Date = () => new Date()): Date {
  if (option !== undefined) {
    const t = ISO_TIME.test(option.trim()) ? new Date(option.trim()) : null;
    if (!t || Number.isNaN(t.getTime())) throw new UsageError({ code: "CHECKED_AT_NOT_ISO", text: option });
    return t;
  }
  if (epoch !== undefined && epoch !== "") {
    const seconds = /^\d{1,12}$/.test(epoch.trim()) ? Number(epoch.trim()) : NaN;
    if (!Number.isSafeInteger(seconds)) throw new UsageError({ code: "SOURCE_DATE_EPOCH_NOT_SECONDS", text: epoch });
    return new Date(seconds * 1000);
  }
  return now();
}
