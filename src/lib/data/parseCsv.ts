/**
 * A small RFC 4180 CSV parser: comma-separated fields, records ended by CRLF
 * (LF or a lone CR are accepted too), fields optionally in double quotes, a
 * quote inside a quoted field written twice. Quoted fields keep their commas
 * and line breaks exactly as written. A leading UTF-8 byte order mark is
 * skipped.
 *
 * It is strict where a lenient parser would silently guess: an unterminated
 * quoted field, text after a closing quote, or a quote inside an unquoted
 * field are errors, reported with the (1-based) line they are on, so a person
 * can find the problem in their file.
 */
export type ParseCsvResult = { ok: true; rows: string[][] } | { ok: false; error: string };

const QUOTE = 34; // "
const COMMA = 44; // ,
const CR = 13;
const LF = 10;

export function parseCsv(input: string): ParseCsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let i = 0;

  const fail = (at: number, message: string): ParseCsvResult => ({
    ok: false,
    error: `line ${at}: ${message}`,
  });

  if (n === 0) return { ok: true, rows };

  for (;;) {
    // At the start of a field.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = '';
      let from = ++i;
      for (;;) {
        if (i >= n) return fail(startLine, 'unterminated quoted field');
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(from, i + 1);
            i += 2;
            from = i;
            continue;
          }
          value += text.slice(from, i);
          i++;
          break;
        }
        if (c === LF) line++;
        else if (c === CR && text.charCodeAt(i + 1) !== LF) line++;
        i++;
      }
      field = value;
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c !== -1 && c !== COMMA && c !== CR && c !== LF) {
        const began = startLine === line ? '' : `; the quoted field began on line ${startLine}`;
        return fail(
          line,
          `unexpected text after a closing quote (a quote inside a field is written "")${began}`,
        );
      }
    } else {
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) {
          return fail(
            line,
            'quote in an unquoted field (quote the whole field and write the quote as "")',
          );
        }
        i++;
      }
      field = text.slice(from, i);
    }
    row.push(field);

    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    // A line break ends the record: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    // A final line break does not start another (empty) record.
    if (i >= n) break;
  }
  return { ok: true, rows };
}
