import { parseEdtf } from '../../model/edtf';

/**
 * Dates as people write them in spreadsheets, turned into our EDTF subset
 * with the precision they were written with ("August 2020" stays a month).
 * Never Date.parse: it guesses, and it reads the reader's time zone.
 *
 * Accepted: our EDTF (2020-08-15, 2020-08, 1994, -0043-03-15, intervals);
 * ISO date-times (the time goes into a note); 2020/08/15; 15 August 2020,
 * 15 Aug 2020, August 15, 2020, August 2020; 15.08.2020; 15/08/2020 or
 * 08/15/2020 as the caller says (`dayFirst`); years with BC/BCE or AD/CE.
 */
export type LooseDate = { ok: true; edtf: string; note?: string } | { ok: false; error: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function month(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i === -1 ? null : i + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** EDTF year: four digits, a minus sign before year 0. */
function year(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

/** The EDTF, if it is a real date; the error names the text as it was written. */
function checked(written: string, edtf: string, note?: string): LooseDate {
  const r = parseEdtf(edtf);
  if (!r.ok) {
    const why = r.error.replace(/^"[^"]*" is not a valid EDTF date: /, '');
    return { ok: false, error: `"${written}" is not a real date: ${why}` };
  }
  return note === undefined ? { ok: true, edtf } : { ok: true, edtf, note };
}

export function parseLooseDate(input: string, dayFirst = true): LooseDate {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, error: 'no date given' };
  const day = (y: number, m: number, d: number, note?: string) =>
    checked(text, `${year(y)}-${pad(m)}-${pad(d)}`, note);
  if (text.length > 60) return { ok: false, error: `"${text.slice(0, 40)}…" is not a date` };
  const asEdtf = parseEdtf(text);
  if (asEdtf.ok) return { ok: true, edtf: text };

  let m =
    /^(-?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), `time ${m[4]}:${m[5]}${m[6] ?? ''}`);

  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));

  // 15 August 2020, 15 Aug. 2020, 15-Aug-2020
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9}\.?)[ ,-]*(\d{4})$/.exec(text);
  if (m) {
    const mm = month(m[2]!);
    if (mm !== null) return day(Number(m[3]), mm, Number(m[1]));
  }
  // August 15, 2020; Aug 15 2020
  m = /^([A-Za-z]{3,9}\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (m) {
    const mm = month(m[1]!);
    if (mm !== null) return day(Number(m[3]), mm, Number(m[2]));
  }
  // August 2020
  m = /^([A-Za-z]{3,9}\.?),? (\d{4})$/.exec(text);
  if (m) {
    const mm = month(m[1]!);
    if (mm !== null) return checked(text, `${year(Number(m[2]))}-${pad(mm)}`);
  }
  // 15.08.2020 is day first wherever it is written.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const r = dayFirst ? day(Number(m[3]), b, a) : day(Number(m[3]), a, b);
    if (r.ok) return r;
    return {
      ok: false,
      error: `"${text}" is not a ${dayFirst ? 'day/month/year' : 'month/day/year'} date`,
    };
  }
  // 44 BC, 500 BCE (1 BC is year 0000); AD 79, 79 CE
  m = /^(\d{1,4}) ?(BC|BCE|B\.C\.)$/i.exec(text);
  if (m) {
    const y = Number(m[1]);
    if (y >= 1) return checked(text, year(1 - y));
  }
  m = /^(?:(?:AD|A\.D\.) ?(\d{1,4})|(\d{1,4}) ?(?:AD|CE|A\.D\.))$/i.exec(text);
  if (m) return checked(text, year(Number(m[1] ?? m[2])));
  m = /^(-?)(\d{1,4})$/.exec(text);
  if (m) return checked(text, year(Number(`${m[1]}${m[2]}`)));

  // Written as EDTF but not a real date (2020-02-30): EDTF's reason is the useful one.
  if (/^-?\d{4}-\d/.test(text)) return { ok: false, error: asEdtf.error };
  return {
    ok: false,
    error: `"${text}" is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)`,
  };
}
