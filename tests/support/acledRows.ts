/**
 * An ACLED-shaped export of `n` rows, made up for tests and benchmarks: the
 * real header, plausible values, quoted notes with commas and quotes.
 */
export const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

export function acledRows(n: number): string {
  const columns = ACLED_HEADER.split(',');
  const rows = [ACLED_HEADER];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const row: Record<string, string> = {
      event_id_cnty: `BIG${i}`,
      event_date: `2020-08-${day}`,
      year: '2020',
      time_precision: '1',
      event_type: i % 3 === 0 ? 'Riots' : 'Protests',
      sub_event_type: 'Peaceful protest',
      actor1: `Protesters (City ${i % 50})`,
      inter1: 'Protesters',
      country: 'Belarus',
      location: `City ${i % 500}`,
      latitude: (50 + (i % 500) / 100).toFixed(4),
      longitude: (24 + (i % 500) / 50).toFixed(4),
      geo_precision: '1',
      source: i % 2 === 0 ? 'Reuters' : 'Local media',
      notes: `Row ${i}: people gathered, "peacefully", in the square.`,
      fatalities: '0',
      timestamp: '1598400000',
    };
    rows.push(
      columns
        .map((c) => (c === 'notes' ? `"${row[c]!.replaceAll('"', '""')}"` : (row[c] ?? '')))
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
