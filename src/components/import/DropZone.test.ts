import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import AppHarness from '../testing/AppHarness.svelte';
import DropZone from './DropZone.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { importSessionFor } from '../../lib/state/importSession.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';
import { fakeImports } from './testing/fakeImports';

function setup(loaded = true) {
  const app = new AppState();
  if (loaded) app.setDataset(smallDataset());
  const fake = fakeImports();
  importSessionFor(app, fake.deps);
  render(AppHarness, { props: { app, view: DropZone } });
  return { app, ...fake };
}

const withFiles = (files: File[] = []) => ({
  dataTransfer: { types: ['Files'], files, dropEffect: 'none' },
});
const overlay = () => screen.queryByText('Drop the file to see its events');

describe('DropZone', () => {
  it('says a file can be dropped while one is dragged over the page, and opens it when dropped', async () => {
    const { jobs } = setup();
    await fireEvent.dragEnter(window, withFiles());
    expect(overlay()).toBeInTheDocument();
    await fireEvent.dragEnter(window, withFiles()); // into a child
    await fireEvent.dragLeave(window, withFiles());
    expect(overlay()).toBeInTheDocument();
    await fireEvent.dragLeave(window, withFiles());
    expect(overlay()).toBeNull();
    await fireEvent.dragEnter(window, withFiles());
    const file = new File(['date,title'], 'dropped.csv');
    await fireEvent.drop(window, withFiles([file]));
    expect(overlay()).toBeNull();
    expect(jobs.map((j) => j.source)).toEqual([{ kind: 'file', file }]);
  });

  it('ignores drags of text or links, and drops while the page’s own data is still loading', async () => {
    const { jobs } = setup(false);
    await fireEvent.dragEnter(window, withFiles());
    expect(overlay()).toBeNull();
    await fireEvent.drop(window, withFiles([new File(['x'], 'a.csv')]));
    expect(jobs).toEqual([]);
  });

  it('ignores what is not a file', async () => {
    const { jobs } = setup();
    await fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(overlay()).toBeNull();
    await fireEvent.drop(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(jobs).toEqual([]);
  });
});
