/** Radius (px) of a point mark: key events are drawn larger. */
export function pointRadius(key: boolean): number {
  return key ? 7.5 : 5;
}
