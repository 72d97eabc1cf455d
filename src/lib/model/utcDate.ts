/**
 * Building and writing floating (UTC) instants for any year, 0 and negative
 * years included. `Date.UTC(y, ...)` and `new Date(y, ...)` read a year from 0
 * to 99 as 1900–1999, so every year here is set with `setUTCFullYear`.
 */

/** The floating instant of a calendar day (and time), the year taken as given. */
export function utcTime(
  year: number,
  monthIndex: number,
  day: number,
  hours = 0,
  minutes = 0,
): number {
  // Date.UTC is quick but reads the years 0–99 as 1900–1999: only those take the slow way.
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day, hours, minutes);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(hours, minutes, 0, 0);
  return d.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a proleptic Gregorian year: 0000 and -0004 are leap years, 1900 is not. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A year as ISO 8601 writes it: at least four digits, a minus sign before it (year 0 is 0000). */
export function isoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** The first and last instants a JavaScript Date can hold. */
const DATE_LIMIT = 8.64e15;

/**
 * YYYY-MM-DD of a floating instant; with `time`, also THH:MM. Never throws:
 * an instant beyond what a Date can hold is written as the nearest one.
 */
export function isoDate(floatingMs: number, time = false): string {
  const t = Number.isNaN(floatingMs) ? 0 : Math.min(DATE_LIMIT, Math.max(-DATE_LIMIT, floatingMs));
  const d = new Date(t);
  const day = `${isoYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  return time ? `${day}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}` : day;
}
