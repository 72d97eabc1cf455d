import L from 'leaflet';
import type { CatalogEvent } from '../model/catalog';
import type { Place } from '../model/types';
import type { PlaceGroup } from './aggregatePlaces';
import { PlaceIndex, toBBox, type MapItem } from './placeIndex';
import { AREA_RADIUS, clusterMarker, isArea, placeMarker } from './markerElement';
import { schemeColour } from '../model/eventTypes';

/** A list of events to pick from, opened where a marker with several events is. */
export interface Choice {
  title: string;
  events: CatalogEvent[];
  /** Marker centre, in pixels from the map container's top left. */
  x: number;
  y: number;
  /** The marker element, to give focus back to. */
  anchor: HTMLElement;
}

export interface MarkerCallbacks {
  /** Shows these events as hovered; returns the set of ids the app now shows. */
  hover(ids: string[]): ReadonlySet<string>;
  select(id: string): void;
  choose(choice: Choice): void;
}

interface Rendered {
  item: MapItem;
  /** What the marker shows; a marker is rebuilt only when this changes. */
  signature: string;
  marker: L.Marker;
  area: L.Circle | null;
  element: HTMLElement;
  zIndex: number;
  /** Out of sight, to be refilled: between a redraw's two frames, or kept for the next zoom. */
  hidden: boolean;
}

export const AREA_PANE = 'emAreas';

function signature(item: MapItem): string {
  // A filter moves a cluster to the centre of the places it still shows.
  if (item.kind === 'cluster') return `${item.places}/${item.events}@${item.lat},${item.lon}`;
  const g = item.group;
  return `${g.count}|${g.place.precision}|${g.types.map((t) => `${t.type.id}:${t.count}`).join(',')}`;
}

/** Margins around the view, as a share of its size: markers drawn first, and all drawn. */
const VIEW_MARGIN = 0.05;
const RING = 0.25;
/** Markers kept hidden to be refilled, rather than removed and added again. */
const POOLED = 300;

/** Up to this many markers on screen, each shows its place's name. */
const NAMED_MARKERS = 30;

/**
 * The markers of the visible places: clustered, drawn for the current view
 * only, and kept across moves so focus and hover survive a pan.
 */
export class MarkerLayer {
  private index = new PlaceIndex([]);
  private indexed: readonly Place[] = [];
  private groups = new Map<string, PlaceGroup>();
  private placeOf: (id: string) => string | undefined = () => undefined;
  private readonly rendered = new Map<string, Rendered>();
  private readonly markers = L.layerGroup();
  private readonly areas = L.layerGroup();
  private hoveredIds: ReadonlySet<string> = new Set();
  private selectedId: string | null = null;
  private hoveredPlaces = new Set<string>();
  /**
   * A hover the map started from one marker, while the app still shows it:
   * that marker alone lights up (rendered items never share a place), with no
   * lookup of each hovered event's place; a cluster can hold 20,000 events.
   */
  private own: { shown: ReadonlySet<string>; key: string } | null = null;
  private selectedPlace: string | null = null;
  private refreshFrame = 0;
  private ringFrame = 0;
  private hidden: Rendered[] = [];
  /** From Leaflet's movestart to its moveend: a drag, its glide, a zoom, a flight. */
  private moving = false;

  constructor(
    private readonly map: L.Map,
    private readonly callbacks: MarkerCallbacks,
  ) {
    map.createPane(AREA_PANE).style.zIndex = '350';
    this.areas.addTo(map);
    this.markers.addTo(map);
    map.on('movestart', this.moveStarted, this);
    map.on('moveend', this.refreshSoon, this);
  }

  private moveStarted(): void {
    this.moving = true;
  }

  /**
   * The frame that ends a move already holds Leaflet's own work (tiles, the
   * end of the zoom animation); the markers are redrawn in the next one, so
   * neither frame holds both.
   */
  private refreshSoon(): void {
    this.moving = false;
    if (this.refreshFrame !== 0) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.refresh();
    });
  }

  /**
   * The shown places, grouped. `places` are all those of the dataset the map may
   * draw: they are clustered once, when they change, not at every filter change.
   */
  setPlaces(
    groups: readonly PlaceGroup[],
    placeOf: (id: string) => string | undefined,
    places: readonly Place[],
  ): void {
    if (places !== this.indexed || !this.index.show(groups)) {
      // A shown place the dataset's list lacks is drawn all the same.
      const all = new Map(places.map((p) => [p.id, p]));
      for (const g of groups) all.set(g.place.id, g.place);
      this.index = new PlaceIndex([...all.values()]);
      this.indexed = places;
      this.index.show(groups);
    }
    this.groups = new Map(groups.map((g) => [g.place.id, g]));
    this.placeOf = placeOf;
    // The same events may now be at no place on the map (filtered out).
    this.own = null;
    this.resolve();
    this.refresh();
  }

  setHovered(ids: ReadonlySet<string>): void {
    this.hoveredIds = ids;
    this.resolve();
    this.restyle();
  }

  /** Highlights the selected event's place; returns it, if it is on the map. */
  setSelected(id: string | null): PlaceGroup | null {
    this.selectedId = id;
    this.resolve();
    this.restyle();
    return this.selectedPlace === null ? null : (this.groups.get(this.selectedPlace) ?? null);
  }

  /** The marker whose own hover the app shows, if it is still drawn. */
  private ownKey(): string | null {
    const own = this.own;
    return own && own.shown === this.hoveredIds && this.rendered.has(own.key) ? own.key : null;
  }

  private resolve(): void {
    this.hoveredPlaces = new Set();
    if (this.ownKey() === null) {
      this.own = null;
      for (const id of this.hoveredIds) {
        const p = this.placeOf(id);
        if (p !== undefined) this.hoveredPlaces.add(p);
      }
    }
    this.selectedPlace = this.selectedId === null ? null : (this.placeOf(this.selectedId) ?? null);
  }

  /**
   * Redraws the markers in two frames: first those in view (with a thin
   * margin), then the ring around the view that a short drag will reveal.
   * Over half the markers drawn are in that ring; drawing everything in one
   * frame made the frame after a zoom at 50,000 placed events 45-80 ms.
   */
  refresh(): void {
    cancelAnimationFrame(this.refreshFrame);
    this.refreshFrame = 0;
    this.redraw(VIEW_MARGIN);
    cancelAnimationFrame(this.ringFrame);
    this.ringFrame = requestAnimationFrame(() => {
      this.ringFrame = 0;
      this.redraw(RING);
    });
  }

  /** Draws the items within `pad` (a share of the view's size) of the view. */
  private redraw(pad: number): void {
    const b = this.map.getBounds().pad(pad);
    const items = this.index.items(
      toBBox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()),
      this.map.getZoom(),
    );
    const focused = [...this.rendered.values()].find((r) =>
      r.element.contains(document.activeElement),
    );
    const focusedItem = focused?.item;
    const next = new Map<string, Rendered>();
    const fresh: [MapItem, string][] = [];
    for (const item of items) {
      const sig = signature(item);
      const old = this.rendered.get(item.key);
      if (old && old.signature === sig) {
        old.item = item;
        next.set(item.key, old);
        this.rendered.delete(item.key);
      } else {
        fresh.push([item, sig]);
      }
    }
    // A zoom replaces most markers: markers leaving the view are moved and refilled for the
    // ones entering it, which costs far less than removing and adding Leaflet layers.
    // Taken last: markers outside the view, which drawing the ring next may keep as they are.
    const outside: Rendered[] = [];
    const inView: Rendered[] = [];
    for (const r of this.rendered.values()) {
      if (r === focused) continue;
      if (pad < RING && !b.contains([r.item.lat, r.item.lon])) outside.push(r);
      else inView.push(r);
    }
    const kept = new Set(outside);
    const spare = [...outside, ...inView, ...this.hidden];
    this.hidden = [];
    for (const [item, sig] of fresh) {
      // The focused marker keeps its item through a change of count or place: focus stays.
      const reused = focused && item.key === focused.item.key ? focused : spare.pop();
      next.set(item.key, reused ? this.refill(reused, item, sig) : this.create(item, sig));
    }
    for (const gone of spare) {
      // Drawing the view first, markers outside it wait for the ring: the next
      // frame keeps, refills or drops them. Stale ones in view are hidden now and
      // refilled for the ring, rather than removed here and added again there.
      if (pad >= RING) {
        // Kept hidden for the next zoom, up to a point: zooming in leaves fewer markers,
        // zooming back out would add them all again.
        if (this.hidden.length < POOLED) this.hide(gone);
        else this.drop(gone);
      } else if (kept.has(gone) && !next.has(gone.item.key)) next.set(gone.item.key, gone);
      else this.hide(gone);
    }
    if (focused && !next.has(focused.item.key)) {
      // Out of view, the focused marker waits for the ring too, keeping keyboard focus.
      if (pad < RING && !b.contains([focused.item.lat, focused.item.lon]))
        next.set(focused.item.key, focused);
      else this.drop(focused);
    }
    this.rendered.clear();
    for (const [k, r] of next) this.rendered.set(k, r);
    // The hovered marker went: its events are looked up like any others'.
    if (this.own && this.ownKey() === null) this.resolve();
    // Names beside markers only while they cannot crowd each other out.
    this.map.getContainer().classList.toggle('em-named', next.size <= NAMED_MARKERS);
    this.restyle();
    if (focusedItem && focused && !next.has(focusedItem.key)) this.refocusNear(focusedItem);
  }

  /** Keyboard users who opened a cluster land on the nearest marker it split into. */
  private refocusNear(item: MapItem): void {
    const from = this.map.latLngToContainerPoint([item.lat, item.lon]);
    let best: Rendered | null = null;
    let bestD = Infinity;
    for (const r of this.rendered.values()) {
      const d = from.distanceTo(this.map.latLngToContainerPoint([r.item.lat, r.item.lon]));
      if (d < bestD) [best, bestD] = [r, d];
    }
    (best?.element ?? this.map.getContainer()).focus({ preventScroll: true });
  }

  private placesIn(item: MapItem): ReadonlySet<string> {
    return item.kind === 'place'
      ? new Set([item.group.place.id])
      : this.index.placeIdsIn(item.clusterId);
  }

  private restyle(): void {
    const hoveredPlaces = this.hoveredPlaces;
    const selectedPlace = this.selectedPlace;
    const ownKey = this.ownKey();
    const idle = ownKey === null && hoveredPlaces.size === 0 && selectedPlace === null;
    for (const r of this.rendered.values()) {
      let selected = false;
      let hovered = false;
      if (ownKey !== null) hovered = r.item.key === ownKey;
      if (!idle && (selectedPlace !== null || ownKey === null)) {
        const here = this.placesIn(r.item);
        selected = selectedPlace !== null && here.has(selectedPlace);
        if (ownKey === null) {
          // Walk the smaller set: a hovered cluster can name thousands of places.
          const [small, large] =
            here.size < hoveredPlaces.size ? [here, hoveredPlaces] : [hoveredPlaces, here];
          for (const p of small) if ((hovered = large.has(p))) break;
        }
      }
      r.element.classList.toggle('em-selected', selected);
      r.element.classList.toggle('em-hovered', hovered);
      const z = selected ? 2000 : hovered ? 1000 : 0;
      if (z !== r.zIndex) r.marker.setZIndexOffset((r.zIndex = z));
    }
  }

  private eventsOf(item: MapItem): CatalogEvent[] {
    if (item.kind === 'place') return item.group.events;
    return this.index.groupsIn(item.clusterId).flatMap((g) => g.events);
  }

  private activate(r: Rendered): void {
    const item = r.item;
    if (item.kind === 'cluster') {
      const zoom = this.index.expansionZoom(item.clusterId);
      if (zoom <= this.map.getMaxZoom()) {
        this.map.setView([item.lat, item.lon], zoom);
        return;
      }
    } else if (item.group.count === 1) {
      this.callbacks.select(item.group.events[0]!.id);
      return;
    }
    const at = this.map.latLngToContainerPoint([item.lat, item.lon]);
    this.callbacks.choose({
      title: item.kind === 'place' ? item.group.place.name : 'Events here',
      events: this.eventsOf(item),
      x: at.x,
      y: at.y,
      anchor: r.element,
    });
  }

  private content(item: MapItem) {
    return item.kind === 'place'
      ? placeMarker(item.group)
      : clusterMarker(item.places, item.events);
  }

  /** The ring around a place known only to its district or city, or null. */
  private areaFor(item: MapItem): L.Circle | null {
    if (item.kind !== 'place' || !isArea(item.group.place.precision)) return null;
    const area = L.circle([item.lat, item.lon], {
      radius: AREA_RADIUS[item.group.place.precision]!,
      pane: AREA_PANE,
      interactive: false,
      className: 'em-area-shape',
      weight: 1,
      fillOpacity: 0.08,
    }).addTo(this.areas);
    // Stroke and fill come from the stylesheet, so they follow the colour scheme.
    (area.getElement() as SVGElement | undefined)?.style.setProperty(
      '--em-colour',
      schemeColour(item.group.dominant),
    );
    return area;
  }

  /** What the marker's element says of its item, for screen readers and tests. */
  private label(element: HTMLElement, item: MapItem, label: string): void {
    element.setAttribute('aria-label', label);
    element.title = label;
    delete element.dataset.placeId;
    delete element.dataset.clusterPlaces;
    if (item.kind === 'place') element.dataset.placeId = item.group.place.id;
    else element.dataset.clusterPlaces = String(item.places);
  }

  /** A marker moved to another item: new place, content, size and label, same listeners. */
  private refill(r: Rendered, item: MapItem, sig: string): Rendered {
    const content = this.content(item);
    const half = content.size / 2;
    const el = r.element;
    if (r.hidden) {
      r.hidden = false;
      el.style.display = '';
    }
    el.replaceChildren(content.element);
    el.classList.remove('em-icon-place', 'em-icon-cluster', 'em-selected', 'em-hovered');
    el.classList.add(`em-icon-${item.kind}`);
    el.style.width = el.style.height = `${content.size}px`;
    el.style.marginLeft = el.style.marginTop = `${-half}px`;
    this.label(el, item, content.label);
    r.marker.setLatLng([item.lat, item.lon]);
    if (r.zIndex !== 0) r.marker.setZIndexOffset((r.zIndex = 0));
    if (r.area) this.areas.removeLayer(r.area);
    r.area = this.areaFor(item);
    r.item = item;
    r.signature = sig;
    return r;
  }

  private create(item: MapItem, sig: string): Rendered {
    const content = this.content(item);
    const half = content.size / 2;
    const marker = L.marker([item.lat, item.lon], {
      icon: L.divIcon({
        html: content.element,
        className: `em-icon em-icon-${item.kind}`,
        iconSize: [content.size, content.size],
        iconAnchor: [half, half],
      }),
      keyboard: true,
    });
    marker.addTo(this.markers);
    const element = marker.getElement()!;
    this.label(element, item, content.label);
    const r: Rendered = {
      item,
      signature: sig,
      marker,
      area: this.areaFor(item),
      element,
      zIndex: 0,
      hidden: false,
    };
    const enter = () => {
      // Focus after a pointer's hover (a click, or a drag starting on a marker): shown already.
      if (this.ownKey() === r.item.key) return;
      const shown = this.callbacks.hover(this.eventsOf(r.item).map((e) => e.id));
      this.own = { shown, key: r.item.key };
    };
    const leave = () => this.callbacks.hover([]);
    marker.on('click', () => this.activate(r));
    // Pointer events, as the other views use: Leaflet's mouseout comes after
    // the next view's pointerenter and would clear the hover it just set.
    element.addEventListener('pointerenter', () => {
      // Markers sweep under the pointer while the map moves (a drag, its glide,
      // a zoom): lighting up each one's events in the other views would flicker,
      // and a big cluster's cost a frame.
      if (!this.moving) enter();
    });
    element.addEventListener('pointerleave', leave);
    element.addEventListener('focus', enter);
    element.addEventListener('blur', leave);
    element.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      // Space would scroll the page; Enter would reach Leaflet's own handlers.
      e.preventDefault();
      e.stopPropagation();
      this.activate(r);
    });
    return r;
  }

  private hide(r: Rendered): void {
    r.hidden = true;
    r.element.style.display = 'none';
    delete r.element.dataset.placeId;
    delete r.element.dataset.clusterPlaces;
    if (r.area) this.areas.removeLayer(r.area);
    r.area = null;
    this.hidden.push(r);
  }

  private drop(r: Rendered): void {
    this.markers.removeLayer(r.marker);
    if (r.area) this.areas.removeLayer(r.area);
  }

  destroy(): void {
    this.map.off('movestart', this.moveStarted, this);
    this.map.off('moveend', this.refreshSoon, this);
    cancelAnimationFrame(this.refreshFrame);
    cancelAnimationFrame(this.ringFrame);
    this.markers.remove();
    this.areas.remove();
  }
}
