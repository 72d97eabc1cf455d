import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { EdtfDate, EdtfPoint } from './edtf';

/**
 * A local Date with the same calendar fields as a floating (UTC) day, for
 * date-fns, which formats with local getters.
 */
export function toCalendarDate(floatingMs: number): Date {
  const u = new Date(floatingMs);
  const d = new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours());
  d.setFullYear(u.getUTCFullYear());
  return d;
}

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

/** ISO calendar day (YYYY-MM-DD, or -YYYY-MM-DD before year 0 as in EDTF) of a floating instant. */
export function isoDay(floatingMs: number): string {
  const d = new Date(floatingMs);
  const y = d.getUTCFullYear();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
