/**
 * The time of a check as a reviewer in Lianyungang reads it: Beijing time, its offset said (UTC+8), to the
 * second. The JSON keeps the ISO instant (REPORT.md: `checkedAt` is ISO time); people read this.
 */

const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;

/** "2026-12-06T14:30:05.123Z" → "2026-12-06 22:30:05（北京时间 UTC+8）"; text that is not a time comes back as it is. */
export function beijingTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) || Number.isNaN(ms)) return iso;
  const shifted = new Date(ms + EIGHT_HOURS_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}（北京时间 UTC+8）`;
}
