import { refused } from './finishImport';
import type { Issue } from './importLog';
import { countRefusal } from './limits';
import { buildTimelineJs, type TimelineJsDate, type TimelineJsSlide } from './timelineJs';
import type { ImportOutcome } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text from a field that should be text; numbers are taken as written, anything else is a problem. */
function text(o: Obj | undefined, key: string, path: string, issues: Issue[]): string {
  const v = o?.[key];
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  issues.push({ column: `${path}.${key}`, message: 'must be text' });
  return '';
}

function date(o: Obj, key: string, path: string, issues: Issue[]): TimelineJsDate | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (!isObj(v)) {
    issues.push({ column: `${path}.${key}`, message: 'must be an object with a year' });
    return null;
  }
  const p = `${path}.${key}`;
  // A time as text ("14:30"), as the sheet has it, or as TimelineJS's hour and minute.
  const hour = text(v, 'hour', p, issues).trim();
  const minute = text(v, 'minute', p, issues).trim();
  const time =
    text(v, 'time', p, issues).trim() ||
    (hour === '' ? '' : `${hour.padStart(2, '0')}:${(minute || '0').padStart(2, '0')}`);
  return { year: v.year, month: v.month, day: v.day, time };
}

function slide(
  v: unknown,
  kind: TimelineJsSlide['kind'],
  path: string,
  row: number,
): TimelineJsSlide {
  const issues: Issue[] = [];
  const o: Obj = isObj(v) ? v : {};
  if (!isObj(v)) issues.push({ column: path, message: 'must be an object' });
  const t = isObj(o.text) ? o.text : undefined;
  const media = isObj(o.media) ? o.media : undefined;
  const start = date(o, 'start_date', path, issues);
  const end = date(o, 'end_date', path, issues);
  const display =
    text(o, 'display_date', path, issues) ||
    (isObj(o.start_date) ? text(o.start_date, 'display_date', `${path}.start_date`, issues) : '');
  return {
    kind,
    start,
    end,
    headline: text(t, 'headline', `${path}.text`, issues),
    text: text(t, 'text', `${path}.text`, issues),
    media: {
      url: text(media, 'url', `${path}.media`, issues),
      credit: text(media, 'credit', `${path}.media`, issues),
      caption: text(media, 'caption', `${path}.media`, issues),
    },
    group: text(o, 'group', path, issues),
    displayDate: display,
    uniqueId: text(o, 'unique_id', path, issues),
    at: { row, cells: [JSON.stringify(v) ?? ''] },
    columns: {
      date: `${path}.start_date`,
      end: `${path}.end_date`,
      title: `${path}.text.headline`,
      summary: `${path}.text.text`,
      type: kind === 'era' ? path : `${path}.group`,
      media: `${path}.media.url`,
      id: `${path}.unique_id`,
    },
    issues,
  };
}

/**
 * TimelineJS's JSON: `title` (a slide), `events` (slides with start_date,
 * end_date, text, media, group, display_date, unique_id) and `eras`.
 * Records are numbered events first, then eras.
 */
export function importTimelineJsJson(json: unknown, file: string): ImportOutcome {
  const o: Obj = isObj(json) ? json : {};
  const events = Array.isArray(o.events) ? o.events : [];
  const eras = Array.isArray(o.eras) ? o.eras : [];
  if (o.events !== undefined && !Array.isArray(o.events)) {
    return refused(file, 'timelinejs-json', 'events must be a list of slides');
  }
  const tooMany = countRefusal(events.length + eras.length, 'events');
  if (tooMany) return refused(file, 'timelinejs-json', tooMany);
  const slides: TimelineJsSlide[] = [];
  if (o.title !== undefined) slides.push(slide(o.title, 'title', 'title', 0));
  events.forEach((e, i) => slides.push(slide(e, 'event', `events[${i}]`, i + 1)));
  eras.forEach((e, i) => slides.push(slide(e, 'era', `eras[${i}]`, events.length + i + 1)));
  if (events.length + eras.length === 0) {
    return refused(file, 'timelinejs-json', 'has no events');
  }
  return buildTimelineJs(slides, file, 'timelinejs-json', ['record']);
}
