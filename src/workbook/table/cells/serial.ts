/**
 * Calendar arithmetic on whole days, with no Date object: a local time zone (Asia/Shanghai is UTC+8) can
 * never move a date by a day. Days are counted from 1970-01-01 (the proleptic Gregorian calendar).
 */
import type { Money } from "../../../engine/money";
import { daysInMonth, isLeapYear } from "../../../engine/isoDay";
import { memoise } from "../../../policy/memo";

export { daysInMonth, isLeapYear };

/**
 * Days since 1970-01-01 of a civil date (the well-known era-based algorithm). Years from 0 to 9999 only,
 * so every quotient below is of non-negative numbers and `/ … | 0` is exact floor division (kept off
 * Math.floor, which some hosts do not inline).
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = yy >= 0 ? (yy / 400) | 0 : -1;
  const yoe = yy - era * 400;
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count since 1970-01-01 (0000-03-01 onward). */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = (z / 146097) | 0;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d };
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Excel's last date, 9999-12-31, as a 1900-system serial. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
/** 1899-12-31 and 1899-12-30 as day counts: serials before and after Excel's fictitious 1900-02-29. */
const EPOCH_1900_EARLY = daysFromCivil(1899, 12, 31);
const EPOCH_1900_LATE = daysFromCivil(1899, 12, 30);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
/** Serial 60, which Excel shows as 1900-02-29: a day that never was (kept for Lotus 1-2-3 compatibility). */
const PHANTOM_LEAP_DAY = 60;

/**
 * An Excel date serial as an ISO date. The time of day (the fraction) is dropped. Serial 0 (shown as
 * 1900-01-00) and 60 (1900-02-29) are "impossible"; a serial outside Excel's calendar is "unreadable".
 */
export function serialToIso(serial: Money | number, date1904: boolean): string | "impossible" | "unreadable" {
  const x = typeof serial === "number" ? serial : serial.toNumber();
  if (!Number.isFinite(x) || x < 0 || x >= (date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900) + 1) return "unreadable";
  const n = x | 0; // the time of day dropped: x is within the calendar, so this is floor
  let days: number;
  if (date1904) days = EPOCH_1904 + n;
  else if (n === 0 || n === PHANTOM_LEAP_DAY) return "impossible";
  else days = (n < PHANTOM_LEAP_DAY ? EPOCH_1900_EARLY : EPOCH_1900_LATE) + n;
  return isoOfDay(days);
}

/**
 * A day's ISO text, by its number of days since 1970-01-01. A table's dates fall on few distinct days: each
 * day's text is made once and shared, which spares a large table hundreds of thousands of short-lived
 * strings. A pure function's memo in its own wrapper (src/policy/memo).
 */
const isoOfDay = memoise((days: number) => {
  const { y, m, d } = civilFromDays(days);
  return isoDate(y, m, d);
}, 4096);
