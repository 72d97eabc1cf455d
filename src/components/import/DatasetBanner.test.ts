import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import AppHarness from '../testing/AppHarness.svelte';
import DatasetBanner from './DatasetBanner.svelte';
import BannerWithOrigins from './testing/BannerWithOrigins.svelte';
import { AppState } from '../../lib/state/appState.svelte';
import { smallDataset } from '../../lib/model/testing/smallDataset';

function at(query: string) {
  history.replaceState(null, '', `/app/${query}`);
}

afterEach(() => history.replaceState(null, '', '/'));

describe('DatasetBanner', () => {
  it('names the reader’s file and its size, and links back to the page’s own data', () => {
    at('?data=data%2Fother.json&event=x');
    const app = new AppState();
    app.showDataset(smallDataset(), { kind: 'text', name: 'pasted data' });
    render(AppHarness, { props: { app, view: DatasetBanner } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing your pasted data pasted data: 3 events — back to the dataset of this page',
    );
    expect(screen.getByRole('link')).toHaveAttribute('href', '/app/?data=data%2Fother.json');
  });

  it('shows where the page’s data comes from when it is another site the build allows', () => {
    at('?data=https%3A%2F%2Fdata.example.org%2Fsets%2Fx.json');
    const app = new AppState();
    app.setDataset(smallDataset());
    render(AppHarness, { props: { app, view: BannerWithOrigins } });
    expect(screen.getByText(/Data from/)).toHaveTextContent('Data from https://data.example.org');
  });

  it('shows nothing for the page’s own data from its own site', () => {
    at('');
    const app = new AppState();
    app.setDataset(smallDataset());
    const { container } = render(AppHarness, { props: { app, view: BannerWithOrigins } });
    expect(container.textContent?.trim()).toBe('');
  });
});
