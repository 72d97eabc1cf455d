import L from 'leaflet';
import type { FeatureCollection } from 'geojson';

/**
 * Share of the view's size added on each side: a zoom out by one level
 * doubles the view, so what it reveals is already drawn.
 */
const MARGIN = 0.5;

/**
 * Shapes (the fallback basemap's countries) on the map only while near the
 * view. Leaflet projects every path on the map again at each zoom: with all
 * 240 countries of the 50m atlas that took about 30 ms of every zoom's end,
 * though at a city's zoom one or two of them are in sight.
 */
export class NearbyShapes {
  private readonly group: L.LayerGroup;
  private readonly shapes: { layer: L.Layer; bounds: L.LatLngBounds }[] = [];

  constructor(
    private readonly map: L.Map,
    collection: FeatureCollection,
    options: L.GeoJSONOptions & L.PathOptions,
  ) {
    // The group carries the attribution: it stays on the map while its shapes come and go.
    this.group = L.layerGroup([], { attribution: options.attribution });
    for (const layer of L.geoJSON(collection, options).getLayers()) {
      const bounds =
        layer instanceof L.Polyline || layer instanceof L.FeatureGroup ? layer.getBounds() : null;
      // A shape with no extent to test is simply always drawn.
      if (bounds?.isValid()) this.shapes.push({ layer, bounds });
      else this.group.addLayer(layer);
    }
    this.group.addTo(map);
    map.on('moveend', this.update, this);
    this.update();
  }

  private update(): void {
    const near = this.map.getBounds().pad(MARGIN);
    for (const { layer, bounds } of this.shapes) {
      const wanted = near.intersects(bounds);
      if (wanted !== this.group.hasLayer(layer)) {
        if (wanted) this.group.addLayer(layer);
        else this.group.removeLayer(layer);
      }
    }
  }

  remove(): void {
    this.map.off('moveend', this.update, this);
    this.group.remove();
  }
}
