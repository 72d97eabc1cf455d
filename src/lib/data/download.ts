/**
 * Some browsers (older Safari and Firefox) cancel a download whose object URL
 * is revoked in the same task as the click, so the URL is kept a little while.
 */
const REVOKE_AFTER_MS = 10_000;

export const CSV_MIME = 'text/csv;charset=utf-8';
export const JSON_MIME = 'application/json;charset=utf-8';

/**
 * Saves `text` as a file named `filename`: a Blob behind an object URL,
 * clicked through a temporary `<a download>`, the URL revoked afterwards.
 */
export function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** A file name from a title: "Belarus, August 2020" → "belarus-august-2020.csv". */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'events'}.${extension}`;
}
