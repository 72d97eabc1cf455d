export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Line and column of a character offset. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/** JSON.parse, saying where a syntax error is. A byte order mark is skipped. */
export function parseJson(input: string): JsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineCol(text, Number(pos[1]))}` : '';
    // V8 repeats the place in its own words; ours is enough.
    const why = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    return { ok: false, message: `is not valid JSON${where}: ${why}` };
  }
}
