/**
 * The time a check is stamped with (审核信息, 审核意见表, the JSON report's checkedAt): now, unless given.
 * `--checked-at <ISO time>` names it; otherwise SOURCE_DATE_EPOCH (the reproducible-builds convention:
 * seconds since 1970-01-01 UTC) does. A given time makes the outputs reproducible: the same inputs, settings
 * and time give the same bytes, from the command line and from the browser page alike.
 */
import type { Lang } from "../engine";
import { UsageError } from "./io";
import { inert } from "./terminalText";

const WORDS = {
  zh: {
    option: (t: string) => `--checked-at：「${t}」不是 ISO 时间；应写作 2026-03-01T09:30:00+08:00 或 2026-03-01T01:30:00Z`,
    epoch: (t: string) => `环境变量 SOURCE_DATE_EPOCH：「${t}」不是自 1970-01-01 UTC 起的整秒数`,
  },
  en: {
    option: (t: string) => `--checked-at: "${t}" is not an ISO time; write 2026-03-01T09:30:00+08:00 or 2026-03-01T01:30:00Z`,
    epoch: (t: string) => `SOURCE_DATE_EPOCH: "${t}" is not a whole number of seconds since 1970-01-01 UTC`,
  },
} as const;

/** An ISO 8601 date and time with an offset or Z (a bare date or a local time would depend on the machine). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function checkTimeOf(option: string | undefined, epoch: string | undefined, lang: Lang, now: () => Date = () => new Date()): Date {
  if (option !== undefined) {
    const t = ISO_TIME.test(option.trim()) ? new Date(option.trim()) : null;
    if (!t || Number.isNaN(t.getTime())) throw new UsageError(WORDS[lang].option(inert(option)));
    return t;
  }
  if (epoch !== undefined && epoch !== "") {
    const seconds = /^\d{1,12}$/.test(epoch.trim()) ? Number(epoch.trim()) : NaN;
    if (!Number.isSafeInteger(seconds)) throw new UsageError(WORDS[lang].epoch(inert(epoch)));
    return new Date(seconds * 1000);
  }
  return now();
}
