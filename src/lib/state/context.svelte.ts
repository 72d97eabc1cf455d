import { getContext, setContext } from 'svelte';
import { AppState } from './appState.svelte';

const KEY = Symbol('app-state');

export function createAppContext(state: AppState = new AppState()): AppState {
  return setContext(KEY, state);
}

export function getAppContext(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('getAppContext() called outside an <App> (no AppState in context)');
  return state;
}
