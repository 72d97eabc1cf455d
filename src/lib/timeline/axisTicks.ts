import { scaleUtc } from 'd3-scale';
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { toCalendarDate, withEra } from '../model/formatEdtf';
import { DAY_MS } from '../model/edtf';
import type { Window } from './extent';

export interface Tick {
  t: number;
  x: number;
  label: string;
  /** Starts a larger unit (a new year, month or day): drawn stronger. */
  major: boolean;
}

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

/**
 * Ticks for a window at a width, labelled for the zoom level: years, then
 * months, days, hours, in the UI locale. Floating (UTC) time throughout.
 */
export function axisTicks(
  w: Window,
  width: number,
  locale: Locale = enGB,
): { unit: TickUnit; ticks: Tick[] } {
  const x = scaleUtc().domain([w[0], w[1]]).range([0, width]);
  // Narrow screens get denser ticks: a week on a phone should still show several days.
  const dates = x.ticks(Math.max(3, Math.floor(width / (width < 600 ? 60 : 110))));
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
    return { t, x: x(d), label: format(local, withEra(pattern, local), { locale }), major };
  });
  return { unit, ticks };
}
