import { parseEdtf } from '../../model/edtf';
import type { Citation } from '../../model/types';
import { DatasetBuilder } from './datasetBuilder';
import { finishImport } from './finishImport';
import { htmlToText } from './htmlToText';
import { ImportLog, type Issue, type RowPlace } from './importLog';
import type { ImportFormat, ImportOutcome } from './types';
import { addressText, hostOf, isWebAddress } from './webAddress';

/** A date as TimelineJS gives it: parts that may be numbers or text, and an optional time. */
export interface TimelineJsDate {
  year: unknown;
  month: unknown;
  day: unknown;
  /** "14:30", or hour and minute of the JSON format put together. */
  time: string;
}

/** One slide of a TimelineJS timeline, from its JSON or its spreadsheet. */
export interface TimelineJsSlide {
  kind: 'event' | 'era' | 'title';
  start: TimelineJsDate | null;
  end: TimelineJsDate | null;
  headline: string;
  /** HTML. */
  text: string;
  media: { url: string; credit: string; caption: string };
  group: string;
  displayDate: string;
  uniqueId: string;
  at: RowPlace;
  /** Where each part is in the file: column names (sheet) or paths (JSON). */
  columns: {
    date: string;
    end: string;
    title: string;
    summary: string;
    type: string;
    media: string;
    id: string;
  };
  /** Problems found while reading the slide's shape (a date that is an object...). */
  issues: Issue[];
}

/** A whole number written as a number or as text ("2020", " -44 "), else null. */
function whole(v: unknown): number | null | 'absent' {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return 'absent';
  const t = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return /^[-+]?\d+$/.test(t) ? Number(t) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The EDTF point of a TimelineJS date, with its precision: a year alone
 * stays a year, a year and month a month. TimelineJS shows year -44 as
 * "44 BCE", so negative years are read as years before Christ: -44 is
 * astronomical -43 (EDTF -0043), and there is no year 0.
 */
export function timelineJsPoint(d: TimelineJsDate): { edtf: string } | { error: string } {
  const y = whole(d.year);
  if (y === 'absent') return { error: 'the year is empty' };
  if (y === null) return { error: `year "${String(d.year)}" is not a whole number` };
  if (y === 0) return { error: 'there is no year 0: write -1 for 1 BCE, 1 for 1 CE' };
  const astronomical = y < 0 ? y + 1 : y;
  if (Math.abs(astronomical) > 9999) {
    return { error: `year ${y} is outside the years this app can show (9999 BCE to 9999 CE)` };
  }
  let text = astronomical < 0 ? `-${pad(-astronomical, 4)}` : pad(astronomical, 4);
  const m = whole(d.month);
  const day = whole(d.day);
  if (m === null) return { error: `month "${String(d.month)}" is not a whole number` };
  if (day === null) return { error: `day "${String(d.day)}" is not a whole number` };
  if (m !== 'absent') {
    text += `-${pad(m)}`;
    if (day !== 'absent') text += `-${pad(day)}`;
  } else if (day !== 'absent') return { error: 'a day is given without its month' };
  const r = parseEdtf(text);
  return r.ok ? { edtf: text } : { error: r.error };
}

/**
 * A dataset from TimelineJS slides. The title slide gives the dataset's
 * title and description; each event slide becomes an event and each era an
 * event of the type "Era"; `group` becomes the event's type, so each group
 * is a lane. Text is HTML made plain (paragraphs and line breaks kept), its
 * links and the slide's media become sources with their addresses.
 */
export function buildTimelineJs(
  slides: readonly TimelineJsSlide[],
  file: string,
  format: Extract<ImportFormat, 'timelinejs-json' | 'timelinejs-csv'>,
  header: string[],
): ImportOutcome {
  const log = new ImportLog(file);
  const title = slides.find((s) => s.kind === 'title');
  const timelineTitle = title ? htmlToText(title.headline).text : '';
  const b = new DatasetBuilder({
    title: timelineTitle || file,
    description: (title && htmlToText(title.text).text) || `Events imported from ${file}.`,
  });
  if (slides.filter((s) => s.kind === 'title').length > 1) {
    for (const s of slides.filter((x) => x.kind === 'title').slice(1)) {
      log.warn(s.at, {
        column: s.columns.type,
        message: 'a second title slide; only the first is the title',
      });
    }
  }
  const fileSource = () =>
    b.source('file', file, (id) => ({
      id,
      publisher: 'TimelineJS file',
      title: timelineTitle ? `${timelineTitle} (${file})` : file,
    }));

  let total = 0;
  for (const s of slides) {
    if (s.kind === 'title') continue;
    total++;
    const issues: Issue[] = [...s.issues];
    let date = '';
    if (!s.start) issues.push({ column: s.columns.date, message: 'has no start date' });
    else {
      const start = timelineJsPoint(s.start);
      if ('error' in start) issues.push({ column: s.columns.date, message: start.error });
      else date = start.edtf;
    }
    if (s.end) {
      const end = timelineJsPoint(s.end);
      if ('error' in end) issues.push({ column: s.columns.end, message: end.error });
      else if (date !== '' && end.edtf !== date) {
        const interval = parseEdtf(`${date}/${end.edtf}`);
        if (interval.ok) date = `${date}/${end.edtf}`;
        else
          issues.push({
            column: s.columns.end,
            message: `ends before it starts (${date}/${end.edtf})`,
          });
      }
    } else if (s.kind === 'era') {
      issues.push({ column: s.columns.end, message: 'an era needs an end date' });
    }

    const headline = htmlToText(s.headline);
    const body = htmlToText(s.text);
    const caption = htmlToText(s.media.caption).text;
    const credit = htmlToText(s.media.credit).text;
    const eventTitle = headline.text.replace(/\n+/g, ' ') || firstLine(body.text) || caption;
    if (eventTitle === '') {
      issues.push({
        column: s.columns.title,
        message: 'has no headline, text or media caption to show',
      });
    }
    for (const refusedUrl of [...headline.refused, ...body.refused]) {
      log.warn(s.at, {
        column: s.columns.summary,
        message: `the link "${refusedUrl}" is not a web address and was not kept`,
      });
    }
    const mediaUrl = s.media.url.trim();
    const mediaKept = isWebAddress(mediaUrl);
    if (mediaUrl !== '' && !mediaKept) {
      log.warn(s.at, {
        column: s.columns.media,
        message: 'the media is not a web address (an embed code?) and was not kept',
      });
    }

    if (issues.length > 0) {
      log.reject(s.at, issues);
      continue;
    }
    const claimed = b.eventId(s.uniqueId.trim() || null, eventTitle, s.at.row);
    if ('firstRow' in claimed) {
      log.reject(s.at, [
        {
          column: s.columns.id,
          message: `duplicate id "${s.uniqueId.trim()}" (first on ${rowName(format, claimed.firstRow)})`,
        },
      ]);
      continue;
    }
    const sources: Citation[] = [{ source: fileSource(), quote: body.text || eventTitle }];
    for (const link of [...headline.links, ...body.links]) {
      const source = b.source(`url:${link.url}`, addressText(link.url), (id) => ({
        id,
        publisher: hostOf(link.url),
        title: link.text,
        url: link.url,
      }));
      if (!sources.some((c) => c.source === source)) sources.push({ source, quote: link.text });
    }
    if (mediaKept) {
      const source = b.source(`url:${mediaUrl}`, addressText(mediaUrl), (id) => ({
        id,
        publisher: credit || hostOf(mediaUrl),
        title: caption || 'Media',
        url: mediaUrl,
      }));
      if (!sources.some((c) => c.source === source)) {
        sources.push({ source, quote: caption || credit || eventTitle });
      }
    }
    const notes: string[] = [];
    if (s.displayDate.trim())
      notes.push(`Shown in the timeline as “${htmlToText(s.displayDate).text}”.`);
    const times = [s.start?.time, s.end?.time].map((t) => t?.trim() ?? '');
    if (times[0]) notes.push(`Time: ${times[0]}${times[1] ? ` to ${times[1]}` : ''}.`);
    else if (times[1]) notes.push(`Ends at ${times[1]}.`);
    const type = s.kind === 'era' ? b.type('Era') : b.type(s.group.trim() || 'Event');
    const event = {
      id: claimed.id,
      date,
      type,
      title: eventTitle,
      summary: body.text || eventTitle,
      actors: [],
      place: null,
      figures: [],
      sources,
      ...(notes.length > 0 ? { dateNote: notes.join(' ') } : {}),
    };
    b.addEvent(event, {
      row: s.at.row,
      ...(s.at.line !== undefined ? { line: s.at.line } : {}),
      cells: s.at.cells,
      columns: {
        date: s.columns.date,
        title: s.columns.title,
        summary: s.columns.summary,
        type: s.columns.type,
        id: s.columns.id,
      },
    });
  }
  return finishImport({
    file,
    format,
    total,
    dataset: b.candidate(),
    origins: b.origins,
    header,
    rejected: log.rejected,
    problems: log.problems,
  });
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

function rowName(format: ImportFormat, row: number): string {
  return format === 'timelinejs-json' ? `record ${row}` : `row ${row}`;
}
