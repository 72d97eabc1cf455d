import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';

// jsdom lays nothing out; views call these to reveal the selection.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

// jsdom has no ResizeObserver; Svelte's bind:clientWidth needs one. This one
// reports the element's clientWidth once, which tests may stub.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class ResizeObserver {
    constructor(private readonly cb: ResizeObserverCallback) {}
    observe(target: Element) {
      const width = (target as HTMLElement).clientWidth;
      const entry = { target, contentRect: { width, height: 0 } } as unknown as ResizeObserverEntry;
      queueMicrotask(() => this.cb([entry], this));
    }
    unobserve() {}
    disconnect() {}
  };
}

// jsdom has no matchMedia: report no match (light scheme, motion allowed).
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Property-based tests repeat exactly: the same seed on every run and machine.
// A failure prints its counterexample; FUZZ_SEED=<n> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20200809), numRuns: 200 });
