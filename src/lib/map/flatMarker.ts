import L from 'leaflet';

/** What Leaflet's marker keeps privately and this file reaches for. */
interface MarkerInternals {
  _icon?: HTMLElement;
  _setPos(pos: L.Point): void;
}

const leafletSetPos = (L.Marker.prototype as unknown as MarkerInternals)._setPos;

/**
 * A marker placed with a 2D translate instead of Leaflet's `translate3d`.
 * A 3D transform makes each marker its own compositor layer: with ~150
 * markers on screen Chromium kept ~180 layers and, after a pan, spent up to
 * 120 ms assigning memory to their tiles before the next frame. In 2D they
 * are painted into their pane's layer (26 layers in all), and the pan itself
 * still moves as one layer, since Leaflet translates the whole map pane.
 */
export const FlatMarker: new (latlng: L.LatLngExpression, options?: L.MarkerOptions) => L.Marker =
  L.Marker.extend({
    _setPos(this: MarkerInternals, pos: L.Point) {
      leafletSetPos.call(this, pos);
      if (this._icon && L.Browser.any3d)
        this._icon.style.transform = `translate(${pos.x}px, ${pos.y}px)`;
    },
  });
