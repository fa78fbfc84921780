// Leaflet 1.9 ships its ES module sources (node_modules/leaflet/src) without types: each module
// newsmap imports from them is typed here by what @types/leaflet says of the same names.
// leaflet.ts imports them; leaflet-canvas.ts and leaflet-left-out.ts import one each.

declare module 'leaflet/src/map/Map.js' {
  export { Map, map as createMap } from 'leaflet';
}
declare module 'leaflet/src/control/Control.js' {
  export { Control, control } from 'leaflet';
}
declare module 'leaflet/src/control/Control.Zoom.js' {
  import type { control } from 'leaflet';
  export const zoom: typeof control.zoom;
}
declare module 'leaflet/src/core/Util.js' {
  import type { Util } from 'leaflet';
  export const setOptions: typeof Util.setOptions;
}
declare module 'leaflet/src/dom/DomEvent.js' {
  import type { DomEvent } from 'leaflet';
  export const off: typeof DomEvent.off;
  export const disableClickPropagation: typeof DomEvent.disableClickPropagation;
  export const disableScrollPropagation: typeof DomEvent.disableScrollPropagation;
}
declare module 'leaflet/src/dom/DomUtil.js' {
  export const TRANSITION_END: string;
}
declare module 'leaflet/src/geo/LatLng.js' {
  export { LatLng, latLng as toLatLng } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { LatLngBounds, latLngBounds as toLatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/geo/crs/CRS.js' {
  export { CRS } from 'leaflet';
}
declare module 'leaflet/src/geo/crs/CRS.EPSG3857.js' {
  import type { CRS } from 'leaflet';
  export const EPSG3857: CRS;
}
declare module 'leaflet/src/geometry/Point.js' {
  export { Point, point as toPoint } from 'leaflet';
}
declare module 'leaflet/src/geometry/Bounds.js' {
  export { Bounds, bounds as toBounds } from 'leaflet';
}
declare module 'leaflet/src/layer/Layer.js' {
  export { Layer } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export { LayerGroup, layerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/Popup.js' {
  export { Popup, popup } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Icon.js' {
  export { Icon } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker, marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon, divIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/GridLayer.js' {
  export { GridLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Canvas.js' {
  export { Canvas } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Path.js' {
  export { Path } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polyline.js' {
  export { Polyline, polyline } from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Rectangle.js' {
  export { Rectangle, rectangle } from 'leaflet';
}
