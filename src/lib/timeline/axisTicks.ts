import { utcDay, utcMonth, utcTicks, utcYear, type CountableTimeInterval } from 'd3-time';
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { toCalendarDate, withEra } from '../model/formatEdtf';
import { DAY_MS, type DatePrecision } from '../model/edtf';
import type { Window } from '../model/window';
import type { TimeScale } from './timeScale';

export interface Tick {
  t: number;
  x: number;
  label: string;
  /** Starts a larger unit (a new year, month or day): drawn stronger. */
  major: boolean;
}

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

const UNIT: Record<
  DatePrecision,
  { ms: number; interval: CountableTimeInterval; steps: number[] }
> = {
  day: { ms: DAY_MS, interval: utcDay, steps: [1, 2, 3, 7, 14] },
  month: { ms: 30.44 * DAY_MS, interval: utcMonth, steps: [1, 2, 3, 6] },
  year: { ms: 365.25 * DAY_MS, interval: utcYear, steps: [1, 2, 5, 10, 20, 50, 100] },
};

/** Ticks every k units of the data's precision, the smallest k that keeps them `target` or fewer. */
function ticksAtPrecision(w: Window, target: number, p: DatePrecision): Date[] | null {
  const u = UNIT[p];
  const span = w[1] - w[0];
  // Zoomed past the data's precision (less than two units in view): finer ticks are fair.
  if (span < 2 * u.ms) return null;
  const k = u.steps.find((s) => span / (u.ms * s) <= target);
  if (k === undefined) return null;
  const every = k === 1 ? u.interval : p === 'day' ? utcDay.every(k) : u.interval.every(k);
  return every ? every.range(new Date(w[0]), new Date(w[1])) : null;
}

/**
 * Ticks for a window at a width, labelled for the zoom level: years, then
 * months, days, hours, in the UI locale. Floating (UTC) time throughout. With
 * the data's finest precision, ticks are never finer than it (no 06:00 ticks
 * for dates known to the day) unless the window is narrower than two of its units.
 */
export function axisTicks(
  scale: TimeScale,
  locale: Locale = enGB,
  precision?: DatePrecision | null,
): { unit: TickUnit; ticks: Tick[] } {
  const { view: w, width } = scale;
  // d3 picks nice dates for the domain; positions come from the shared scale.
  // Narrow screens get denser ticks: a week on a phone should still show several days.
  const target = Math.max(3, Math.floor(width / (width < 600 ? 60 : 110)));
  let dates = utcTicks(new Date(w[0]), new Date(w[1]), target);
  if (precision && dates.length > 1) {
    const step = dates[1]!.getTime() - dates[0]!.getTime();
    if (step < UNIT[precision].ms * 0.9) dates = ticksAtPrecision(w, target, precision) ?? dates;
  }
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : w[1] - w[0];
  const unit: TickUnit =
    step >= 360 * DAY_MS ? 'year' : step >= 28 * DAY_MS ? 'month' : step >= DAY_MS ? 'day' : 'hour';
  const ticks = dates.map((d, i): Tick => {
    const t = d.getTime();
    const local = toCalendarDate(t);
    const prev = i > 0 ? toCalendarDate(dates[i - 1]!.getTime()) : null;
    let pattern: string;
    let major = false;
    switch (unit) {
      case 'year':
        pattern = 'yyyy';
        break;
      case 'month':
        major = local.getMonth() === 0;
        pattern = major || i === 0 ? 'MMM yyyy' : 'MMM';
        break;
      case 'day':
        major = local.getDate() === 1;
        pattern =
          i === 0 || major || (prev && prev.getMonth() !== local.getMonth()) ? 'd MMM' : 'd';
        break;
      default: {
        const u = new Date(t);
        major = u.getUTCHours() === 0;
        pattern = major ? 'd MMM' : i === 0 ? 'd MMM HH:mm' : 'HH:mm';
        if (major) local.setHours(0);
        else local.setHours(u.getUTCHours(), u.getUTCMinutes());
      }
    }
    return { t, x: scale.x(t), label: format(local, withEra(pattern, local), { locale }), major };
  });
  return { unit, ticks };
}
