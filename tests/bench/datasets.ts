import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/lib/model/types';
import { placedDataset, syntheticDataset } from '../support/synthetic';
import { brokenDataset } from '../support/brokenDataset';
import type { Size } from './options';

/**
 * Benchmark datasets are written into the build (dist/bench-data/) and served
 * by the same preview server as the app, as a real host would serve them:
 * nothing intercepts the page's requests while it is timed. Datasets get a
 * gzip copy beside them, which the server sends as a static host would
 * (vite.config.ts, precompressedData).
 */
const DIR = fileURLToPath(new URL('../../dist/bench-data/', import.meta.url));

/** A 1×1 light PNG: every map tile, so Leaflet draws tiles as it does online, with no network. */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48ewhAAVpArB44nOfAAAAAElFTkSuQmCC',
  'base64',
);

function write(name: string, make: () => Buffer | string, gzip = false): string {
  mkdirSync(DIR, { recursive: true });
  const path = `${DIR}${name}`;
  // dist/ is rebuilt by every `npm run bench`, so a file here is from this build's run.
  if (!existsSync(path)) {
    const body = make();
    writeFileSync(path, body);
    if (gzip) writeFileSync(`${path}.gz`, gzipSync(body));
  }
  return `bench-data/${name}`;
}

const json = (d: Dataset) => JSON.stringify(d);

/**
 * The URL that opens the app on `size` (the bundled article, or synthetic
 * events: `placed` puts every event at one of n/2 places) with local tiles
 * and any `extra` link parameters.
 */
export function appQuery(
  size: Size,
  baseURL: string,
  kind: 'events' | 'placed' = 'events',
  extra: Record<string, string> = {},
): string {
  const tile = write('tile.png', () => TILE_PNG);
  const params = new URLSearchParams();
  if (size !== 'article') {
    const make = kind === 'placed' ? placedDataset : syntheticDataset;
    params.set(
      'data',
      write(`${kind}-${size}.json`, () => json(make(size)), true),
    );
  }
  params.set('tiles', `${new URL(tile, baseURL).href}?z={z}&x={x}&y={y}`);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `./?${params.toString()}`;
}

/** A dataset whose every one of `n` events has a bad date: the error page's worst case. */
export function problemsQuery(n: number): string {
  const path = write(`problems-${n}.json`, () => brokenDataset(n), true);
  return `./?data=${encodeURIComponent(path)}`;
}
