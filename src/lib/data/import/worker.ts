/// <reference lib="webworker" />
/**
 * The import worker: reads, parses and validates a file off the page's
 * thread, so the page answers clicks while a 100 MB file is read. One
 * worker per import; the page ends it to cancel (see protocol.ts).
 */
import { isImportRequest, transferOf, type WorkerMessage } from './protocol';
import { runImportRequest } from './workerJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<unknown>) => {
  if (!isImportRequest(e.data)) return;
  void runImportRequest(e.data, (m: WorkerMessage) => scope.postMessage(m, transferOf(m)));
};
