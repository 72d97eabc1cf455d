import type { EventRecord, OtherReport } from './types';

/** The other reports that contradict the event's cited sources. */
export function disagreements(record: EventRecord): OtherReport[] {
  return (record.otherReporting ?? []).filter((r) => !r.agrees);
}

/** Whether some other report contradicts the cited sources: marked on the timeline. */
export function isDisputed(record: EventRecord): boolean {
  // Asked of every event in view on every frame: no array made for the many without reports.
  const reports = record.otherReporting;
  return reports !== undefined && reports.some((r) => !r.agrees);
}

/** Whether the event's date is taken from other reporting rather than its cited sources. */
export function datedByOtherReporting(record: EventRecord): boolean {
  return record.dateBasis === 'other reporting';
}

/**
 * One report as a line of text (exports, citations):
 * `TASS, 2020-08-14, disagrees on date, account: The minister apologised…`.
 */
export function formatOtherReport(r: OtherReport): string {
  const about = r.about?.length ? ` on ${r.about.join(', ')}` : '';
  const verdict = r.agrees ? `agrees${about}` : `disagrees${about}`;
  return `${r.outlet}, ${r.published}, ${verdict}: ${r.says}`;
}
