import { getContext, setContext } from 'svelte';
import type { AppState } from '../../lib/state/appState.svelte';
import { buildLanes, lanesInSteps } from '../../lib/timeline/lanes';
import { foldLanes } from '../../lib/timeline/foldLanes';
import { foldSubset } from '../../lib/timeline/foldSubset';
import { REPACK_BELOW, subsetLanes } from '../../lib/timeline/subsetLanes';
import type { CatalogEvent } from '../../lib/model/catalog';
import type { LaneMode } from '../../lib/model/view';
import {
  buildScene,
  COMPACT_ROW_HEIGHT,
  LANE_HEADER,
  ROW_HEIGHT,
} from '../../lib/timeline/buildScene';
import { labelFootprint } from '../../lib/timeline/labelFootprint';
import { buildHitIndex } from '../../lib/timeline/hitTest';
import { placeLabels } from '../../lib/timeline/placeLabels';
import { axisTicks } from '../../lib/timeline/axisTicks';
import { timeScale, type TimeScale } from '../../lib/timeline/timeScale';
import { memoOn } from '../../lib/timeline/memoOn';
import { packLater } from '../../lib/timeline/packLater';
import type { Lane } from '../../lib/timeline/lanes';
import { finestPrecision } from '../../lib/model/finestPrecision';
import { enGB } from 'date-fns/locale';

/** Below this width lane titles sit above their lanes instead of in a gutter beside them. */
export const NARROW = 560;
export const GUTTER = 116;
export const AXIS_H = 24;

/**
 * The timeline's frame, computed once and shared by its layers (LayerCake's
 * pattern): sizes, the one window→pixel scale, the lanes, the scene, labels,
 * ticks and the hit index. Layers only read it.
 */
function timelineFrame(app: AppState) {
  class Frame {
    /** Width of the whole timeline (gutter and plot), measured by the container. */
    width = $state(0);
    /** Show every lane, not only the busiest ones. */
    allLanes = $state(false);

    narrow = $derived(this.width > 0 && this.width < NARROW);
    gutter = $derived(this.narrow ? 0 : GUTTER);
    plotWidth = $derived(Math.max(0, this.width - this.gutter));
    header = $derived(this.narrow ? LANE_HEADER : 0);
    rowHeight = $derived(this.narrow ? COMPACT_ROW_HEIGHT : ROW_HEIGHT);

    /** Rows leave room for titles where there is room for rows (not on small screens). */
    footprint = $derived(
      !this.narrow && app.defaultView && this.plotWidth > 0
        ? labelFootprint(app.defaultView, this.plotWidth)
        : undefined,
    );
    /** Bumped when lanes packed in a task of their own are ready (see packLater). */
    packedAt = $state(0);
    /** What `packed` last gave, for a big dataset's frames until new lanes are ready. */
    #last: { events: CatalogEvent[]; lanes: Lane[] } | null = null;
    /**
     * The whole dataset's lanes, packed once per lane mode and footprint; for a
     * big dataset in a task of its own, drawn when ready. Not before the
     * timeline is measured: the width decides the footprint.
     */
    packed: Lane[] = $derived.by(() => {
      const events = app.catalog?.events;
      if (!events || this.plotWidth === 0) return [];
      void this.packedAt;
      let lanes = lanesOf.peek(events, app.laneMode, this.footprint);
      if (!lanes && events.length < PACK_LATER_FROM) {
        lanes = lanesOf(events, app.laneMode, this.footprint);
      }
      // Until then the same events packed for another width or mode stay (none at first).
      if (!lanes) return this.#last?.events === events ? this.#last.lanes : [];
      this.#last = { events, lanes };
      return lanes;
    });

    /** A big dataset's lanes are still being packed (see packLater): the timeline is busy. */
    pending = $derived.by(() => {
      const events = app.catalog?.events;
      if (!events || this.plotWidth === 0 || this.packed.length > 0) return false;
      return !lanesOf.peek(events, app.laneMode, this.footprint);
    });

    constructor() {
      $effect(() => {
        const events = app.catalog?.events;
        if (!events || this.plotWidth === 0 || events.length < PACK_LATER_FROM) return;
        const { laneMode } = app;
        const { footprint, allLanes } = this;
        if (lanesOf.peek(events, laneMode, footprint)) return;
        return packLater(
          (function* () {
            const lanes = yield* lanesInSteps(events, laneMode, footprint);
            lanesOf.put(lanes, events, laneMode, footprint);
            yield;
            foldedOf(lanes, allLanes);
          })(),
          () => this.packedAt++,
        );
      });
    }

    /** What the filters leave is big enough to keep the whole dataset's rows (see subsetLanes). */
    narrowed = $derived.by(() => {
      const all = app.catalog?.events;
      const events = app.undated;
      return !!all && events !== all && this.plotWidth > 0 && events.length >= REPACK_BELOW;
    });
    lanes = $derived.by(() => {
      const all = app.catalog?.events;
      const events = app.undated;
      if (this.narrowed) return subsetOf(events, this.packed, app.laneMode);
      if (!all || events === all || this.plotWidth === 0) return this.packed;
      return lanesOf(events, app.laneMode, this.footprint);
    });
    folded = $derived.by(() => {
      if (!this.narrowed) return foldedOf(this.lanes, this.allLanes);
      const whole = foldedOf(this.packed, this.allLanes);
      return foldedSubsetOf(this.lanes, app.undated, whole, this.allLanes);
    });
    scale = $derived(app.view && this.plotWidth > 0 ? timeScale(app.view, this.plotWidth) : null);
    scene = $derived(
      this.scale ? sceneOf(this.folded.lanes, this.scale, this.header, this.rowHeight) : null,
    );
    hits = $derived(this.scene ? hitsOf(this.scene) : null);
    labels = $derived(this.scene ? placeLabels(this.scene, this.plotWidth, app.selectedId) : []);
    precision = $derived(app.catalog ? finestPrecision(app.catalog.events) : null);
    ticks = $derived(this.scale ? axisTicks(this.scale, enGB, this.precision) : null);
  }
  return new Frame();
}

export type TimelineFrame = ReturnType<typeof timelineFrame>;

const KEY = Symbol('timeline-frame');

/** From this many events the lanes are packed in a task after the render that needs them. */
export const PACK_LATER_FROM = 20_000;

// Built again only for event lists and settings not seen lately: a filter turned back
// (a type ticked, then unticked) redraws 100,000 events without rebuilding their lanes.
const lanesOf = memoOn(buildLanes);
const foldedOf = memoOn(foldLanes);
const foldedSubsetOf = memoOn(foldSubset);
const subsetOf = memoOn((events: CatalogEvent[], all: Lane[], mode: LaneMode) =>
  subsetLanes(all, events, mode),
);
const hitsOf = memoOn(buildHitIndex);
const sceneOf = memoOn((lanes: Lane[], scale: TimeScale, header: number, rowHeight: number) =>
  buildScene(lanes, scale, { header, rowHeight }),
);

export function createTimelineContext(app: AppState): TimelineFrame {
  return setContext(KEY, timelineFrame(app));
}

export function getTimelineContext(): TimelineFrame {
  const frame = getContext<TimelineFrame | undefined>(KEY);
  if (!frame) throw new Error('getTimelineContext() called outside a <Timeline>');
  return frame;
}
