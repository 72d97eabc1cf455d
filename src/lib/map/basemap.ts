import L from 'leaflet';
import type { TileConfig } from './tileConfig';
import { TileWatch } from './tileWatch';
import { FALLBACK_ATTRIBUTION, loadFallbackBasemap } from './fallbackBasemap';
import { NearbyShapes } from './nearbyShapes';

/**
 * `tiles`: tiles are drawing (or still trying); `fallback-failed-tiles`: tiles
 * could not load and the bundled basemap is shown; `fallback-no-tiles`: tiles
 * are switched off; `none`: even the bundled basemap failed to load.
 */
export type BasemapState = 'tiles' | 'fallback-failed-tiles' | 'fallback-no-tiles' | 'none';

export const BASEMAP_PANE = 'emBasemap';

/** The layer under the markers: configured tiles, or country shapes when they fail. */
export class Basemap {
  private tiles: L.TileLayer | null = null;
  private fallback: NearbyShapes | null = null;
  private watch: TileWatch | null = null;
  private destroyed = false;

  constructor(
    private readonly map: L.Map,
    config: TileConfig | null,
    private readonly onState: (state: BasemapState) => void,
  ) {
    map.createPane(BASEMAP_PANE).style.zIndex = '150';
    if (!config) {
      void this.showFallback('fallback-no-tiles');
      return;
    }
    const watch = new TileWatch(() => void this.showFallback('fallback-failed-tiles'));
    this.watch = watch;
    this.tiles = L.tileLayer(config.url, {
      maxZoom: config.maxZoom,
      attribution: config.attributionHtml,
    })
      .on('tileload', () => watch.loaded())
      .on('tileerror', () => watch.errored())
      .addTo(map);
    watch.start();
    onState('tiles');
  }

  private async showFallback(state: BasemapState): Promise<void> {
    this.watch?.stop();
    // Keeping a failing layer would fire a request (and an error) per tile on every pan.
    this.tiles?.remove();
    this.tiles = null;
    let shapes;
    try {
      shapes = await loadFallbackBasemap();
    } catch {
      if (!this.destroyed) this.onState('none');
      return;
    }
    if (this.destroyed) return;
    // GeoJSON hands its options to each shape, so path options such as
    // className apply, though Leaflet's types leave them out.
    const options: L.GeoJSONOptions & L.PathOptions = {
      pane: BASEMAP_PANE,
      interactive: false,
      className: 'em-land',
      // Quiet even before the stylesheet's theme colours apply.
      color: '#b5bcc4',
      weight: 1,
      fillColor: '#ffffff',
      fillOpacity: 1,
      attribution: FALLBACK_ATTRIBUTION,
    };
    this.fallback = new NearbyShapes(this.map, shapes, options);
    this.map.getContainer().classList.add('em-fallback');
    this.onState(state);
  }

  destroy(): void {
    this.destroyed = true;
    this.watch?.stop();
    this.tiles?.remove();
    this.fallback?.remove();
  }
}
