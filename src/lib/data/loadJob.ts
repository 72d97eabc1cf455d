import { checkDatasetText, decodeDataset } from './loadDataset';
import { eventBounds } from './eventBounds';
import type { LoadMessage, LoadRequest } from './datasetWire';

/**
 * What the load worker does with a request (loadWorker.ts), apart from the
 * worker's global scope so it can be tested directly: the events' offsets
 * first, then the verdict on the whole file.
 */
export async function runLoad(
  req: LoadRequest,
  post: (m: LoadMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const { url, bytes } = req;
  try {
    const got = decodeDataset(new Uint8Array(bytes), url);
    if (!('text' in got)) {
      post({ type: 'verdict', ...got });
      return;
    }
    const bounds = eventBounds(got.text);
    post({ type: 'bounds', bounds }, bounds ? [bounds.elements.buffer] : []);
    const r = await checkDatasetText(got.text, url, async (step) =>
      post({ type: 'progress', step }),
    );
    post(
      r.ok
        ? { type: 'verdict', ok: true }
        : { type: 'verdict', ok: false, url: r.url, problems: r.problems },
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    post({
      type: 'verdict',
      ok: false,
      url,
      problems: [{ path: url, message: `could not be read: ${message}` }],
    });
  }
}
