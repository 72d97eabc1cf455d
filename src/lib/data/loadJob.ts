import { checkDatasetText, decodeDataset } from './loadDataset';
import { eventBounds } from './eventBounds';
import { checkInChunks } from './checkInChunks';
import { EVENTS_PER_TASK, type LoadMessage, type LoadRequest } from './datasetWire';

/**
 * What the load worker does with a request (loadWorker.ts), apart from the
 * worker's global scope so it can be tested directly: the events' offsets
 * first, then the verdict on the whole file, reached a chunk of events at a
 * time (checkInChunks.ts) unless the file is not what the offsets say.
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
    const bounds = eventBounds(
      got.text,
      (open, from, elements) => post({ type: 'elements', open, from, elements }, [elements.buffer]),
      EVENTS_PER_TASK,
    );
    if (bounds) {
      // The page gets a copy: the chunks below are cut with these offsets.
      const copy = { ...bounds, elements: bounds.elements.slice() };
      post({ type: 'bounds', bounds: copy }, [copy.elements.buffer]);
      post({ type: 'progress', step: 'checking' });
    } else post({ type: 'bounds', bounds });
    const chunked = bounds ? checkInChunks(got.text, bounds) : null;
    const r =
      chunked === null
        ? await checkDatasetText(got.text, url, async (step) => post({ type: 'progress', step }))
        : chunked.ok
          ? chunked
          : { ...chunked, url };
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
