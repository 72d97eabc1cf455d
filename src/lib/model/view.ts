/** How the timeline groups events into lanes: by event type, by actor or by actor group. */
export type LaneMode = 'type' | 'actor' | 'group';

/** Which text view of the events is shown below the map. */
export type ActiveView = 'list' | 'table';

/** Where a map looks: centre in WGS84 degrees and a Leaflet zoom level. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}
