import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './eventMap.css';
import type { PlaceGroup } from './aggregatePlaces';
import type { MapView } from '../model/view';
import type { Place } from '../model/types';
import type { Frame } from './mapFrame';
import type { TileConfig } from './tileConfig';
import { Basemap, type BasemapState } from './basemap';
import { MarkerLayer, type MarkerCallbacks } from './markerLayer';

export interface EventMapOptions extends MarkerCallbacks {
  frame: Frame;
  tiles: TileConfig | null;
  basemap(state: BasemapState): void;
  /** The view is about to change: anything anchored to a marker should close. */
  moveStart(): void;
  /** The view settled (after any pan or zoom, by the reader or by code). */
  moveEnd?(view: MapView): void;
}

/** How close in to show a place of each precision on its own. */
const ZOOM_FOR: Record<string, number> = {
  building: 15,
  street: 15,
  district: 13,
  city: 11,
  region: 8,
  country: 6,
};

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Zoom used to show one place on its own. */
const PLACE_ZOOM = 15;

/**
 * The Leaflet map of event places. Svelte code talks to Leaflet only through
 * this class, with plain values.
 */
export class EventMap {
  readonly map: L.Map;
  private readonly basemap: Basemap;
  private readonly markers: MarkerLayer;
  private groups: readonly PlaceGroup[] = [];

  constructor(container: HTMLElement, options: EventMapOptions) {
    this.map = L.map(container, {
      center: options.frame.center,
      zoom: options.frame.zoom,
      minZoom: 2,
      maxZoom: options.tiles?.maxZoom ?? 18,
      keyboard: true,
      // Markers are regrouped at every zoom level anyway; moving each one
      // through the zoom animation cost more than the animation's frames
      // allow. The stylesheet hides them for its length (eventMap.css).
      markerZoomAnimation: false,
      // Tiles fading in (their opacity stepped by script for 200 ms after each
      // move) made the compositor redraw the map in every frame: at 50,000 placed
      // events those frames were among the slowest of a pan or zoom.
      fadeAnimation: false,
    });
    this.map.on('movestart zoomstart', () => options.moveStart());
    this.map.on('moveend', () => options.moveEnd?.(this.view()));
    this.basemap = new Basemap(this.map, options.tiles, options.basemap);
    this.markers = new MarkerLayer(this.map, options);
  }

  /** The shown places, grouped, among `places`: all the dataset's places the map may draw. */
  setPlaces(
    groups: readonly PlaceGroup[],
    placeOf: (id: string) => string | undefined,
    places: readonly Place[],
  ): void {
    this.groups = groups;
    this.markers.setPlaces(groups, placeOf, places);
  }

  setHovered(ids: ReadonlySet<string>): void {
    this.markers.setHovered(ids);
  }

  /** Highlights the selected event's place and brings it into view if it is off screen. */
  setSelected(id: string | null): void {
    const group = this.markers.setSelected(id);
    if (!group) return;
    const at = L.latLng(group.place.lat, group.place.lon);
    if (!this.map.getBounds().contains(at)) this.map.panTo(at);
  }

  /** Frames every mapped place of the visible events. */
  fitToPlaces(): void {
    if (this.groups.length === 0) return;
    const bounds = L.latLngBounds(this.groups.map((g) => [g.place.lat, g.place.lon]));
    this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: PLACE_ZOOM });
  }

  showPlace(lat: number, lon: number): void {
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 12));
  }

  /** Centres a place at a zoom suited to its precision; flies there unless motion is reduced. */
  goToPlace(lat: number, lon: number, precision: string, animate: boolean): void {
    const zoom = ZOOM_FOR[precision] ?? PLACE_ZOOM;
    if (animate) this.map.flyTo([lat, lon], zoom, { duration: 0.8 });
    else this.map.setView([lat, lon], zoom, { animate: false });
  }

  /** The current view, rounded as links write it. */
  view(): MapView {
    const c = this.map.getCenter();
    return {
      lat: round5(c.lat),
      lon: round5(c.lng),
      zoom: Math.round(this.map.getZoom() * 100) / 100,
    };
  }

  /** Moves to a view from a link or history, unless already there (so moveend cannot loop). */
  setView(v: MapView): void {
    const now = this.view();
    if (Math.abs(now.lat - v.lat) < 1e-5 && Math.abs(now.lon - v.lon) < 1e-5 && now.zoom === v.zoom)
      return;
    this.map.setView([v.lat, v.lon], v.zoom, { animate: false });
  }

  resized(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    this.markers.destroy();
    this.basemap.destroy();
    this.map.remove();
  }
}
