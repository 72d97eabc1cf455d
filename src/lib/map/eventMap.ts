import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './eventMap.css';
import type { PlaceGroup } from './aggregatePlaces';
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
}

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
    });
    this.map.on('movestart zoomstart', () => options.moveStart());
    this.basemap = new Basemap(this.map, options.tiles, options.basemap);
    this.markers = new MarkerLayer(this.map, options);
  }

  setPlaces(groups: readonly PlaceGroup[], placeOf: ReadonlyMap<string, string>): void {
    this.groups = groups;
    this.markers.setPlaces(groups, placeOf);
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

  resized(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    this.markers.destroy();
    this.basemap.destroy();
    this.map.remove();
  }
}
