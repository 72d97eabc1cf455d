import Supercluster from 'supercluster';
import type { PlaceGroup } from './aggregatePlaces';
import type { Place } from '../model/types';

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

/** A place's index in the dataset's list; a cluster's node in the tree of clusters. */
interface PointProps {
  i: number;
}
interface ClusterProps {
  node: number;
}

/** A feature's node: a place's own index, or the node a cluster was given when it formed. */
const nodeOf = (p: PointProps | (Supercluster.ClusterProperties & ClusterProps)): number =>
  'cluster' in p && p.cluster ? p.node : (p as PointProps).i;

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Above this zoom places are never clustered; it stays below every tile max zoom. */
export const CLUSTER_MAX_ZOOM = 16;

let version = 0;

/** Web Mercator's y (0 at the top of the world, 1 at the bottom), where cluster centres are averaged. */
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
};
const latitude = (y: number) => (360 * Math.atan(Math.exp((1 - 2 * y) * Math.PI))) / Math.PI - 90;

/**
 * Clusters places (not events: a place with 500 events is one point) so that
 * tens of thousands of them stay quick to draw at any zoom. The clusters are
 * built once per dataset, from all its places; a filter change only says which
 * places are shown (`show`), and each cluster counts its shown places and
 * events in one pass over the tree: at 21,555 places clustering again took
 * 170 ms of every filter change in Node, counting takes 4-23.
 */
export class PlaceIndex {
  private readonly index: Supercluster<PointProps, ClusterProps>;
  /** Cluster ids restart with every index: keys carry the index version. */
  private readonly version = ++version;
  /** Keyed by the place object: no id string to hash per place at each filter change. */
  private readonly at = new Map<Place, number>();
  /** Each cluster's children (places and clusters), by node, as offsets into `kidList`. */
  private readonly kidStart: Int32Array;
  private readonly kidList: Int32Array;
  /** Per node: shown places and events, sums of their x and y, the one shown place if alone. */
  private readonly shownPlaces: Int32Array;
  private readonly shownEvents: Float64Array;
  private readonly sumX: Float64Array;
  private readonly sumY: Float64Array;
  private readonly only: Int32Array;
  private shown: (PlaceGroup | undefined)[] = [];
  /** The node of each cluster `items` has drawn, by supercluster's cluster id. */
  private readonly clusterNode = new Map<number, number>();
  private readonly leafCache = new Map<number, Int32Array>();
  private readonly idCache = new Map<number, Set<string>>();
  private groupCache = new Map<number, PlaceGroup[]>();

  /** `places`: every place of the dataset the map may draw. */
  constructor(private readonly places: readonly Place[]) {
    const n = places.length;
    const kids: number[][] = [];
    // A cluster's properties start as a copy of its first child's, then take in
    // the others one by one: the first time one is seen it becomes a new node.
    const started = new WeakSet<ClusterProps>();
    this.index = new Supercluster<PointProps, ClusterProps>({
      // In pixels of Leaflet's 256-pixel tiles.
      radius: 40,
      extent: 256,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ node: p.i }),
      reduce: (acc, p) => {
        if (!started.has(acc)) {
          started.add(acc);
          kids.push([acc.node]);
          acc.node = n + kids.length - 1;
        }
        kids[acc.node - n]!.push(p.node);
      },
    });
    this.index.load(
      places.map((place, i) => {
        this.at.set(place, i);
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
          properties: { i },
        };
      }),
    );
    this.kidStart = new Int32Array(kids.length + 1);
    let total = 0;
    for (let c = 0; c < kids.length; c++) this.kidStart[c + 1] = total += kids[c]!.length;
    this.kidList = new Int32Array(total);
    let k = 0;
    for (const list of kids) for (const kid of list) this.kidList[k++] = kid;
    const nodes = n + kids.length;
    this.shownPlaces = new Int32Array(nodes);
    this.shownEvents = new Float64Array(nodes);
    this.sumX = new Float64Array(nodes);
    this.sumY = new Float64Array(nodes);
    this.only = new Int32Array(nodes).fill(-1);
  }

  /**
   * The places shown now, with their events. Each cluster's counts and centre
   * become those of its shown places; children come before their parents in
   * node order, so one pass adds them up. False, with nothing shown, if a
   * group's place is not one of the index's own (another dataset's).
   */
  show(groups: readonly PlaceGroup[]): boolean {
    const n = this.places.length;
    const { shownPlaces, shownEvents, sumX, sumY, only, kidStart, kidList } = this;
    shownPlaces.fill(0, 0, n);
    shownEvents.fill(0, 0, n);
    sumX.fill(0, 0, n);
    sumY.fill(0, 0, n);
    only.fill(-1, 0, n);
    this.shown = new Array<PlaceGroup | undefined>(n);
    for (const g of groups) {
      const i = this.at.get(g.place);
      if (i === undefined) {
        this.shown = [];
        shownPlaces.fill(0);
        return false;
      }
      this.shown[i] = g;
      shownPlaces[i] = 1;
      shownEvents[i] = g.count;
      sumX[i] = g.place.lon;
      sumY[i] = mercatorY(g.place.lat);
      only[i] = i;
    }
    for (let c = 0; c + n < shownPlaces.length; c++) {
      let places = 0;
      let events = 0;
      let x = 0;
      let y = 0;
      let one = -1;
      for (let k = kidStart[c]!; k < kidStart[c + 1]!; k++) {
        const kid = kidList[k]!;
        if (shownPlaces[kid] === 0) continue;
        places += shownPlaces[kid]!;
        events += shownEvents[kid]!;
        x += sumX[kid]!;
        y += sumY[kid]!;
        one = only[kid]!;
      }
      const node = c + n;
      shownPlaces[node] = places;
      shownEvents[node] = events;
      sumX[node] = x;
      sumY[node] = y;
      only[node] = places === 1 ? one : -1;
    }
    this.groupCache = new Map();
    return true;
  }

  private placeItem(i: number): MapItem {
    const group = this.shown[i]!;
    const { place } = group;
    return { kind: 'place', key: `p:${place.id}`, lat: place.lat, lon: place.lon, group };
  }

  /**
   * The shown places and clusters in a box at a zoom. A cluster with one shown
   * place is drawn as that place, where it is; one with several, at their centre.
   */
  items(bbox: BBox, zoom: number): MapItem[] {
    const out: MapItem[] = [];
    for (const f of this.index.getClusters(bbox, Math.floor(zoom))) {
      const p = f.properties;
      const node = nodeOf(p);
      if (!('cluster' in p && p.cluster)) {
        if (this.shown[node]) out.push(this.placeItem(node));
        continue;
      }
      const places = this.shownPlaces[node]!;
      if (places === 0) continue;
      if (places === 1) {
        out.push(this.placeItem(this.only[node]!));
        continue;
      }
      this.clusterNode.set(p.cluster_id, node);
      out.push({
        kind: 'cluster',
        key: `c${this.version}:${p.cluster_id}`,
        lat: latitude(this.sumY[node]! / places),
        lon: this.sumX[node]! / places,
        clusterId: p.cluster_id,
        places,
        events: this.shownEvents[node]!,
      });
    }
    return out;
  }

  /**
   * The zoom at which a cluster's shown places split: past the levels where
   * they all stay in one child cluster, with only hidden places leaving it.
   */
  expansionZoom(clusterId: number): number {
    let id = clusterId;
    for (;;) {
      const shown = this.index
        .getChildren(id)
        .filter((f) => this.shownPlaces[nodeOf(f.properties)]! > 0);
      const single = shown.length === 1 ? shown[0]!.properties : null;
      if (!(single && 'cluster' in single && single.cluster)) break;
      id = single.cluster_id;
    }
    return this.index.getClusterExpansionZoom(id);
  }

  /** Every place of a cluster, shown or not (the tree is the dataset's). */
  private leaves(clusterId: number): Int32Array {
    let leaves = this.leafCache.get(clusterId);
    if (leaves) return leaves;
    const n = this.places.length;
    const found: number[] = [];
    const stack = [this.clusterNode.get(clusterId)!];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node < n) found.push(node);
      else
        for (let k = this.kidStart[node - n]!; k < this.kidStart[node - n + 1]!; k++)
          stack.push(this.kidList[k]!);
    }
    leaves = Int32Array.from(found.sort((a, b) => a - b));
    this.leafCache.set(clusterId, leaves);
    return leaves;
  }

  /** The shown places in a drawn cluster (cached until the next `show`). */
  groupsIn(clusterId: number): PlaceGroup[] {
    let groups = this.groupCache.get(clusterId);
    if (!groups) {
      groups = [];
      for (const i of this.leaves(clusterId)) {
        const g = this.shown[i];
        if (g) groups.push(g);
      }
      this.groupCache.set(clusterId, groups);
    }
    return groups;
  }

  /**
   * Ids of all the places in a drawn cluster, shown or not, for membership
   * tests: the hovered and selected places are shown ones, so hidden ones never
   * match, and the set lasts as long as the dataset.
   */
  placeIdsIn(clusterId: number): ReadonlySet<string> {
    let ids = this.idCache.get(clusterId);
    if (!ids) {
      ids = new Set();
      for (const i of this.leaves(clusterId)) ids.add(this.places[i]!.id);
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
