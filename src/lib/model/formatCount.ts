/** One formatter for every count: `toLocaleString` builds a new one each call (a zoom labels hundreds). */
const NUMBER = new Intl.NumberFormat('en');

/** A count as readers read it: 30,000, not 30000. */
export const formatCount = (n: number): string => NUMBER.format(n);

/** "1 event", "30,000 events". */
export const plural = (n: number, word: string): string =>
  `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
