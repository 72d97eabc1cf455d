import Supercluster from 'supercluster';
import type { PlaceGroup } from './aggregatePlaces';

/** What the map draws at one spot: one place, or a cluster of nearby places. */
export type MapItem =
  | { kind: 'place'; key: string; lat: number; lon: number; group: PlaceGroup }
  | {
      kind: 'cluster';
      key: string;
      lat: number;
      lon: number;
      clusterId: number;
      places: number;
      events: number;
    };

interface PointProps {
  i: number;
  events: number;
}
interface ClusterProps {
  events: number;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Above this zoom places are never clustered; it stays below every tile max zoom. */
export const CLUSTER_MAX_ZOOM = 16;

let version = 0;

/**
 * Clusters places (not events: a place with 500 events is one point) so that
 * tens of thousands of them stay quick to draw at any zoom.
 */
export class PlaceIndex {
  private readonly index: Supercluster<PointProps, ClusterProps>;
  /** Cluster ids restart with every index: keys carry the index version. */
  private readonly version = ++version;
  private readonly leafCache = new Map<number, PlaceGroup[]>();
  private readonly idCache = new Map<number, Set<string>>();

  constructor(private readonly groups: readonly PlaceGroup[]) {
    this.index = new Supercluster<PointProps, ClusterProps>({
      // In pixels of Leaflet's 256-pixel tiles.
      radius: 40,
      extent: 256,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ events: p.events }),
      reduce: (acc, p) => {
        acc.events += p.events;
      },
    });
    this.index.load(
      groups.map((g, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [g.place.lon, g.place.lat] },
        properties: { i, events: g.count },
      })),
    );
  }

  items(bbox: BBox, zoom: number): MapItem[] {
    return this.index.getClusters(bbox, Math.floor(zoom)).map((f): MapItem => {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        return {
          kind: 'cluster',
          key: `c${this.version}:${p.cluster_id}`,
          lat,
          lon,
          clusterId: p.cluster_id,
          places: p.point_count,
          events: p.events,
        };
      }
      const group = this.groups[(p as PointProps).i]!;
      return { kind: 'place', key: `p:${group.place.id}`, lat, lon, group };
    });
  }

  /** The zoom at which a cluster splits. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** The places in a cluster (cached: hover and selection ask often). */
  groupsIn(clusterId: number): PlaceGroup[] {
    let groups = this.leafCache.get(clusterId);
    if (!groups) {
      groups = this.index.getLeaves(clusterId, Infinity).map((f) => this.groups[f.properties.i]!);
      this.leafCache.set(clusterId, groups);
    }
    return groups;
  }

  /** Ids of the places in a cluster, for quick membership tests. */
  placeIdsIn(clusterId: number): ReadonlySet<string> {
    let ids = this.idCache.get(clusterId);
    if (!ids) {
      ids = new Set(this.groupsIn(clusterId).map((g) => g.place.id));
      this.idCache.set(clusterId, ids);
    }
    return ids;
  }
}

/** A Leaflet-style view box as a supercluster bbox, clamped to one world. */
export function toBBox(west: number, south: number, east: number, north: number): BBox {
  if (east - west >= 360) return [-180, Math.max(-90, south), 180, Math.min(90, north)];
  const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
  return [wrap(west), Math.max(-90, south), wrap(east), Math.min(90, north)];
}
