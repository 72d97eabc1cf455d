import L from 'leaflet';

/** Leaflet's own method, which its types leave out: puts the marker's element at a layer point. */
interface Positioned {
  _setPos(this: L.Marker, pos: L.Point): void;
}

/**
 * A marker placed with a 2D translate. Leaflet places markers with
 * translate3d, which gives each one its own compositor layer: with a hundred
 * or more markers every frame of a pan or zoom composites each apart (and,
 * without a GPU, rasterises each). Placed flat, the marker pane is painted as
 * one layer.
 */
export class FlatMarker extends L.Marker {
  _setPos(pos: L.Point): void {
    (L.Marker.prototype as unknown as Positioned)._setPos.call(this, pos);
    const icon = this.getElement();
    if (icon) icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
  }
}
