import type { Issue } from './importLog';

export type Coordinates =
  { kind: 'none' } | { kind: 'point'; lat: number; lon: number } | { kind: 'bad'; issues: Issue[] };

/** A number as spreadsheets write it: "53.9", "-0.5", "53,9" (decimal comma). */
function number(text: string): number | null {
  const t = text.trim();
  if (!/^[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * Latitude and longitude from two cells: both empty is no place; both
 * numbers in range is a point; anything else is a problem named by column.
 */
export function readCoordinates(
  latText: string,
  lonText: string,
  latColumn: string,
  lonColumn: string,
): Coordinates {
  const latEmpty = latText.trim() === '';
  const lonEmpty = lonText.trim() === '';
  if (latEmpty && lonEmpty) return { kind: 'none' };
  const issues: Issue[] = [];
  const check = (text: string, empty: boolean, column: string, other: string, limit: number) => {
    if (empty) {
      issues.push({ column, message: `is empty but ${other} is given` });
      return null;
    }
    const v = number(text);
    if (v === null) issues.push({ column, message: `"${text.trim()}" is not a number` });
    else if (Math.abs(v) > limit) {
      issues.push({ column, message: `${v} is out of range (−${limit} to ${limit})` });
    } else return v;
    return null;
  };
  const lat = check(latText, latEmpty, latColumn, lonColumn, 90);
  const lon = check(lonText, lonEmpty, lonColumn, latColumn, 180);
  if (lat === null || lon === null) return { kind: 'bad', issues };
  return { kind: 'point', lat, lon };
}
