/** A dataset file with one bad date per event: `n` problems, the error page's worst case. */
export function brokenDataset(n: number): string {
  return JSON.stringify({
    meta: {
      title: 'Broken',
      description: 'Every date is wrong.',
      language: 'en',
      published: '2020-08-15',
      sources: [{ id: 's', publisher: 'P', title: 'T', published: '2020-08-15' }],
    },
    actors: [],
    places: [],
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: '2020-13-01',
      type: 'protest',
      title: 'x',
      summary: 'y',
      actors: [],
      place: null,
      figures: [],
      sources: [{ source: 's', quote: 'q' }],
    })),
  });
}
