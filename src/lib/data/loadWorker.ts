/// <reference lib="webworker" />
/**
 * The load worker: finds the events in a big dataset file for the page, then
 * parses and validates it off the page's thread (datasetWire.ts, loadJob.ts).
 */
import { isLoadRequest } from './datasetWire';
import { runLoad } from './loadJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<unknown>) => {
  if (!isLoadRequest(e.data)) return;
  void runLoad(e.data, (m, transfer = []) => scope.postMessage(m, transfer));
};
