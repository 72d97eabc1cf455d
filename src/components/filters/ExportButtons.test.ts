import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AppHarness from '../testing/AppHarness.svelte';
import ExportButtons from './ExportButtons.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';

function setup(): AppState {
  const app = new AppState();
  app.setDataset(smallDataset());
  render(AppHarness, { props: { app, view: ExportButtons } });
  return app;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (URL as Partial<typeof URL>).createObjectURL;
  delete (URL as Partial<typeof URL>).revokeObjectURL;
});

/** jsdom has no object URLs: the tests give it some, or make them fail. */
function objectUrls(create: () => string) {
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
}

describe('ExportButtons', () => {
  it('says so when an export fails, and clears the message when one succeeds', async () => {
    setup();
    objectUrls(() => {
      throw new Error('The disk is full');
    });
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    // The writers load on first use: the message follows a moment later.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The JSON export failed: The disk is full. Nothing was saved.',
    );
    objectUrls(() => 'blob:test/1');
    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says so when the dataset cannot be written', async () => {
    const app = setup();
    objectUrls(() => 'blob:test/1');
    // A value JSON cannot write, as a deep or cyclic structure would be.
    vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The JSON export failed: Maximum call stack size exceeded. Nothing was saved.',
    );
    expect(app.catalog).not.toBeNull();
  });
});
