import { format } from 'date-fns';
import { toCalendarDate, withEra } from '../model/formatEdtf';
import type { Window } from '../model/window';

/** "8 Aug – 16 Aug 2020": the days a window touches; never throws, whatever the window. */
export function formatWindow(w: Window): string {
  if (!Number.isFinite(w[0]) || !Number.isFinite(w[1])) return '';
  const a = toCalendarDate(w[0]);
  const b = toCalendarDate(w[1] - 1);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return '';
  const sameYear = a.getFullYear() === b.getFullYear();
  return `${format(a, sameYear ? 'd MMM' : withEra('d MMM yyyy', a))} – ${format(b, withEra('d MMM yyyy', b))}`;
}
