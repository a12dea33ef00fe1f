/**
 * The time a check is stamped with (审核信息, 审核意见表, the JSON report's checkedAt): now, unless given.
 * `--checked-at <ISO time>` names it; otherwise SOURCE_DATE_EPOCH (the reproducible-builds convention:
 * seconds since 1970-01-01 UTC) does. A given time makes the outputs reproducible: the same inputs, settings
 * and time give the same bytes from the command line every time, and the browser page gives the same JSON
 * and the same workbooks part for part (its deflater compresses them in its own way).
 */
import { daysInMonth } from "../engine";
import { UsageError } from "./io";

/** An ISO 8601 date and time with an offset or Z (a bare date or a local time would depend on the machine). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The date's day is one its month has. Date.parse rolls 2026-02-30 over into 2 March without a word, and
 * the stamp is printed on the form a reviewer signs.
 */
function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function checkTimeOf(option: string | undefined, epoch: string | undefined, now: () => Date = () => new Date()): Date {
  if (option !== undefined) {
    const text = option.trim();
    const parts = ISO_TIME.exec(text);
    const t = parts && dayExists(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? new Date(text) : null;
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
