import type { LoadStep } from './datasetWire';

const TEXT: Record<LoadStep, string> = {
  parsing: 'Reading the file…',
  checking: 'Checking the events…',
  receiving: 'Reading the events…',
};

/** What the loading page says while a big dataset loads. */
export function loadStepText(step: LoadStep): string {
  return TEXT[step];
}
