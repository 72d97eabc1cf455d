import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { EdtfDate, EdtfPoint } from './edtf';
import { isoDate } from './utcDate';

/**
 * A local Date with the same calendar fields as a floating (UTC) day, for
 * date-fns, which formats with local getters. The year is set with the month
 * and day in one call: `new Date(0, 1, 29)` would be 1900, which has no 29 February.
 */
export function toCalendarDate(floatingMs: number): Date {
  const u = new Date(floatingMs);
  const d = new Date(2000, 0, 1);
  d.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  d.setHours(u.getUTCHours(), 0, 0, 0);
  return d;
}

/*
 * Years for readers: "2020"; before year 1 with their era, "44 BC" (the
 * astronomical year 0000 is 1 BC). Links and files keep the signed ISO year
 * (isoDay).
 */

export interface FormatOptions {
  locale?: Locale;
  /** Append "(approx.)"/"(uncertain)" qualifiers; default true. */
  qualifiers?: boolean;
}

/** The year as written: "2020"; years before 1 (astronomical 0 is 1 BC) with their era, "44 BC". */
function year(d: Date): string {
  return d.getFullYear() >= 1 ? 'yyyy' : 'y G';
}

/** A date-fns pattern with `yyyy` written for `d`'s year: "44 BC" before year 1, else as it was. */
export function withEra(pattern: string, d: Date): string {
  return d.getFullYear() >= 1 ? pattern : pattern.replace('yyyy', 'y G');
}

function pattern(p: EdtfPoint, d: Date): string {
  const y = year(d);
  return p.precision === 'day' ? `d MMM ${y}` : p.precision === 'month' ? `MMM ${y}` : y;
}

function point(p: EdtfPoint, locale: Locale): string {
  const d = toCalendarDate(p.start);
  return format(d, pattern(p, d), { locale });
}

function qualifier(approximate: boolean, uncertain: boolean): string {
  if (approximate && uncertain) return ' (approx., uncertain)';
  if (approximate) return ' (approx.)';
  if (uncertain) return ' (uncertain)';
  return '';
}

/** "14 Aug 2020", "Aug 2020 (approx.)", "9–15 Aug 2020", "since 1994". */
export function formatEdtf(d: EdtfDate, options: FormatOptions = {}): string {
  const locale = options.locale ?? enGB;
  const q = options.qualifiers === false ? '' : qualifier(d.approximate, d.uncertain);
  const { from, to } = d;
  if (!d.isInterval && from) return point(from, locale) + q;
  if (from && !to) return `since ${point(from, locale)}${q}`;
  if (!from && to) return `until ${point(to, locale)}${q}`;
  if (!from || !to) return d.text;
  // "2020-08-15/2020-08-15": one day written as a period reads as that day.
  if (from.precision === to.precision && from.start === to.start) return point(from, locale) + q;
  const a = toCalendarDate(from.start);
  const b = toCalendarDate(to.start);
  const sameYear = a.getFullYear() === b.getFullYear();
  const y = year(b);
  if (from.precision === 'day' && to.precision === 'day' && sameYear) {
    if (a.getMonth() === b.getMonth()) {
      return `${format(a, 'd', { locale })}–${format(b, `d MMM ${y}`, { locale })}${q}`;
    }
    return `${format(a, 'd MMM', { locale })} – ${format(b, `d MMM ${y}`, { locale })}${q}`;
  }
  if (from.precision === 'month' && to.precision === 'month' && sameYear) {
    return `${format(a, 'MMM', { locale })}–${format(b, `MMM ${y}`, { locale })}${q}`;
  }
  return `${point(from, locale)} – ${point(to, locale)}${q}`;
}

const PRECISION_WORDS = { day: 'to the day', month: 'to the month', year: 'to the year' } as const;

/** A sentence on how precise the date is, for details and tooltips. */
export function describePrecision(d: EdtfDate): string {
  const parts: string[] = [];
  if (d.isInterval) {
    if (!d.from) parts.push('open start');
    if (!d.to) parts.push('ongoing (open end)');
    parts.push(`a period, known ${PRECISION_WORDS[d.precision]}`);
  } else {
    parts.push(`known ${PRECISION_WORDS[d.precision]}`);
  }
  if (d.approximate) parts.push('approximate');
  if (d.uncertain) parts.push('uncertain');
  return parts.join('; ');
}

/** ISO calendar day (YYYY-MM-DD, -YYYY-MM-DD before year 0) of a floating instant. */
export function isoDay(floatingMs: number): string {
  return isoDate(floatingMs);
}
