import { describe, expect, it, vi } from 'vitest';
import { tick } from 'svelte';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from '../testing/AppHarness.svelte';
import ImportBar from './ImportBar.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { importSessionFor } from '../../lib/state/importSession.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';
import type { ImportOutcome, MappingNeeded } from '../../lib/data/import/types';
import { fakeImports } from './testing/fakeImports';

function setup(options?: Parameters<typeof fakeImports>[0]) {
  const app = new AppState();
  app.setDataset(smallDataset());
  const fake = fakeImports(options);
  importSessionFor(app, fake.deps);
  render(AppHarness, { props: { app, view: ImportBar } });
  return { app, ...fake };
}

async function openFile(name: string, text = 'x') {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  await fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

const imported = smallDataset();
imported.meta.title = 'My events';

function outcome(over: Partial<ImportOutcome> = {}): ImportOutcome {
  return {
    file: 'events.csv',
    format: 'csv',
    total: 3,
    dataset: imported,
    problems: [],
    rejected: { header: ['date', 'title'], rows: [] },
    ...over,
  };
}

describe('ImportBar', () => {
  it('opens a chosen file through the button and shows it, with the way back', async () => {
    const { app, jobs } = setup();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    let clicked = false;
    input.addEventListener('click', () => (clicked = true));
    await userEvent.click(screen.getByRole('button', { name: 'Open a file…' }));
    expect(clicked).toBe(true);
    await openFile('events.csv');
    expect(jobs[0]!.source).toMatchObject({ kind: 'file', file: { name: 'events.csv' } });
    expect(screen.getByRole('heading', { name: 'Opening events.csv' })).toBeInTheDocument();
    await jobs[0]!.finish({ kind: 'step', step: { kind: 'done', outcome: outcome() } });
    expect(app.source).toEqual({ kind: 'file', name: 'events.csv' });
    expect(app.catalog?.dataset.meta.title).toBe('My events');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing your file events.csv: 3 events — back to the bundled dataset',
    );
    expect(screen.getByRole('link', { name: 'back to the bundled dataset' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.queryByRole('heading', { name: /Opening/ })).toBeNull();
  });

  it('shows progress and cancels', async () => {
    const { app, jobs } = setup();
    await openFile('big.csv');
    jobs[0]!.options.onProgress?.({
      phase: 'parsing',
      fraction: 0.5,
      overall: 0.525,
      label: 'Reading rows of big.csv… 50%',
    });
    await tick();
    const bar = screen.getByRole('progressbar', { name: 'Progress of opening big.csv' });
    expect(bar).toHaveAttribute('value', '53');
    expect(screen.getByText('Reading rows of big.csv…')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(jobs[0]!.cancelled).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(app.source).toBeNull();
  });

  it('keeps showing the import until its events are taken in, and a cancel meanwhile keeps the dataset shown', async () => {
    const { app, jobs, catalogs } = setup({ holdCatalogs: true });
    await openFile('first.csv');
    await jobs[0]!.finish({ kind: 'step', step: { kind: 'done', outcome: outcome() } });
    expect(screen.getByRole('heading', { name: 'Opening first.csv' })).toBeInTheDocument();
    expect(app.source).toBeNull();
    catalogs[0]!.release();
    await vi.waitFor(() => expect(app.source).toEqual({ kind: 'file', name: 'events.csv' }));
    expect(app.catalog?.dataset.meta.title).toBe('My events');
    expect(screen.queryByRole('heading', { name: /Opening/ })).toBeNull();

    const other = smallDataset();
    other.meta.title = 'Other events';
    await openFile('second.csv');
    await jobs[1]!.finish({
      kind: 'step',
      step: { kind: 'done', outcome: outcome({ file: 'second.csv', dataset: other }) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    catalogs[1]!.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(app.catalog?.dataset.meta.title).toBe('My events');
    expect(app.source).toEqual({ kind: 'file', name: 'events.csv' });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('lists each problem, loads the valid rows and downloads the rejected ones', async () => {
    const { app, jobs, downloads } = setup();
    await openFile('broken.csv');
    const valid = smallDataset();
    valid.events = valid.events.slice(0, 2);
    await jobs[0]!.finish({
      kind: 'step',
      step: {
        kind: 'done',
        outcome: outcome({
          file: 'broken.csv',
          total: 4,
          dataset: valid,
          problems: [
            {
              file: 'broken.csv',
              row: 3,
              line: 4,
              column: 'date',
              message: '"yesterday" is not a date',
              severity: 'error',
            },
            {
              file: 'broken.csv',
              row: 5,
              line: 5,
              column: 'lat',
              message: 'no coordinates',
              severity: 'warning',
            },
          ],
          rejected: {
            header: ['date', 'title'],
            rows: [
              {
                row: 3,
                line: 4,
                cells: ['yesterday', 'x'],
                problems: ['date: "yesterday" is not a date'],
              },
            ],
          },
        }),
      },
    });
    expect(
      screen.getByRole('heading', { name: 'broken.csv: 2 of 4 rows can be shown' }),
    ).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Problems in the file' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Not loaded: Row 3 (line 4), date: "yesterday" is not a date',
      'Note: Row 5, lat: no coordinates',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Download the rejected rows (CSV)' }));
    expect(downloads).toEqual([
      {
        text: '\uFEFFdate,title,import_row,import_line,import_problems\r\nyesterday,x,3,4,"date: ""yesterday"" is not a date"\r\n',
        filename: 'broken-rejected.csv',
        mime: 'text/csv;charset=utf-8',
      },
    ]);
    expect(app.source).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Load the 2 valid rows' }));
    expect(app.catalog?.events).toHaveLength(2);
    expect(app.source).toEqual({ kind: 'file', name: 'broken.csv' });
    // The buttons are gone; the focus goes to what is now shown.
    await tick();
    await Promise.resolve();
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('says when nothing in a file can be shown', async () => {
    const { jobs } = setup();
    await openFile('notes.txt');
    await jobs[0]!.finish({
      kind: 'step',
      step: {
        kind: 'done',
        outcome: outcome({
          file: 'notes.txt',
          format: null,
          total: 0,
          dataset: null,
          problems: [{ file: 'notes.txt', message: 'is empty', severity: 'error' }],
        }),
      },
    });
    const heading = screen.getByRole('heading', { name: 'notes.txt cannot be opened' });
    await tick();
    await Promise.resolve();
    expect(heading).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: /cannot be opened/ })).toBeNull();
    await openFile('notes.txt');
    await jobs[1]!.finish({
      kind: 'step',
      step: {
        kind: 'done',
        outcome: outcome({
          file: 'notes.txt',
          format: null,
          total: 0,
          dataset: null,
          problems: [{ file: 'notes.txt', message: 'is empty', severity: 'error' }],
        }),
      },
    });
    expect(screen.getByText('is empty')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Load/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('heading', { name: /cannot be opened/ })).toBeNull();
  });

  it('asks which column is which, reads the file with that, and remembers it for the visit', async () => {
    const { jobs, stored } = setup();
    const needed: MappingNeeded = {
      file: 'sheet.csv',
      delimiter: ',',
      headers: ['When', 'Headline', 'Colour'],
      sample: [['2020-08-09', 'Polls close', 'red']],
      proposed: { columns: { title: 1 }, dayFirst: true },
    };
    await openFile('sheet.csv');
    await jobs[0]!.finish({ kind: 'step', step: { kind: 'needs-mapping', mapping: needed } });
    expect(
      screen.getByRole('heading', { name: 'Which column is which in sheet.csv?' }),
    ).toBeInTheDocument();
    const date = screen.getByRole('combobox', { name: 'Date (or start date)' });
    expect(date).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Title' })).toHaveValue('1');
    await userEvent.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'To read the file, choose the column with the dates.',
    );
    expect(jobs).toHaveLength(1);
    await userEvent.selectOptions(date, 'When — e.g. 2020-08-09');
    await userEvent.click(screen.getByRole('radio', { name: /month first/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Read the file with these columns' }));
    expect(jobs[1]!.options.mapping).toEqual({ columns: { date: 0, title: 1 }, dayFirst: false });
    expect([...stored.values()]).toEqual([
      JSON.stringify({ columns: { date: 0, title: 1 }, dayFirst: false }),
    ]);

    // The same headers again: the choice is offered back.
    await jobs[1]!.finish({ kind: 'cancelled' });
    await openFile('sheet-2.csv');
    await jobs[2]!.finish({
      kind: 'step',
      step: { kind: 'needs-mapping', mapping: { ...needed, file: 'sheet-2.csv' } },
    });
    expect(
      screen.getByText(/the columns you chose for a file with the same headers/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Date (or start date)' })).toHaveValue('0');
    expect(screen.getByRole('radio', { name: /month first/ })).toBeChecked();
  });

  it('opens pasted text', async () => {
    const { jobs } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Paste data…' }));
    const area = screen.getByRole('textbox', { name: /Paste CSV/ });
    expect(area).toHaveFocus();
    await userEvent.type(area, 'date,title{Enter}2020-08-09,x');
    await userEvent.click(screen.getByRole('button', { name: 'Show these events' }));
    expect(jobs[0]!.source).toEqual({
      kind: 'text',
      name: 'pasted data',
      text: 'date,title\n2020-08-09,x',
    });
    expect(screen.queryByRole('textbox', { name: /Paste CSV/ })).toBeNull();
  });

  it('says when the import itself failed', async () => {
    const { jobs } = setup();
    await openFile('huge.csv');
    await jobs[0]!.finish({ kind: 'failed', message: 'out of memory' });
    expect(screen.getByRole('alert')).toHaveTextContent('huge.csv could not be opened');
    expect(screen.getByRole('alert')).toHaveTextContent('out of memory');
  });
});
