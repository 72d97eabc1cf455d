import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DatasetProblems from './DatasetProblems.svelte';
import type { Problem } from '../lib/model/validateDataset';

const many = (n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => ({ path: `events[${i}].date`, message: 'is required' }));

/** jsdom has no object URLs: collect what would be saved. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  Object.assign(URL, {
    createObjectURL: (b: Blob) => ((last = b), 'blob:test/1'),
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: last! });
  });
  return saved;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (URL as Partial<typeof URL>).createObjectURL;
  delete (URL as Partial<typeof URL>).revokeObjectURL;
});

describe('DatasetProblems', () => {
  it('lists the first 200 problems with the total, and saves them all as text', async () => {
    render(DatasetProblems, { props: { source: 'data/big.json?x=1', problems: many(2500) } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('data/big.json?x=1 has 2,500 problems.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(200);
    expect(alert).toHaveTextContent('The first 200 of 2,500 problems are listed.');
    const saved = captureDownloads();
    await userEvent.click(
      screen.getByRole('button', { name: 'Download all 2,500 problems (text)' }),
    );
    expect(saved.map((s) => s.name)).toEqual(['big-problems.txt']);
    const lines = (await saved[0]!.blob.text()).split('\n');
    expect(lines).toHaveLength(2501);
    expect(lines[2499]).toBe('events[2499].date: is required');
    expect(lines[2500]).toBe('');
  });

  it('lists a short list whole', () => {
    render(DatasetProblems, { props: { source: 'x.json', problems: many(1) } });
    expect(screen.getByRole('alert')).toHaveTextContent('x.json has 1 problem.');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText(/are listed/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Download the list (text)' })).toBeVisible();
  });
});
