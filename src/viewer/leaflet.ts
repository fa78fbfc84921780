/**
 * Leaflet 1.9 as the modules of its ES sources that newsmap uses: the map with its default
 * handlers and controls, markers, popups, paths, tiles and the SVG renderer. Its
 * packaged build also carries what newsmap never shows (GeoJSON layers, image and video
 * overlays, tooltips, circles, the layers and scale controls, WMS, other projections, marker
 * dragging, VML), which every reader would download and every page would evaluate before its
 * first marker. Its helpers are exported by name, not as namespaces (`Util`, `DomEvent`), so
 * that the bundle keeps only the ones some module calls. Newsmap's code imports Leaflet from here only (`import * as L`), so the
 * compiler rejects a use of any part left out; the types are @types/leaflet's
 * (leaflet-sources.d.ts). Two exceptions: the canvas renderer (leaflet-canvas.ts), which only
 * the offline base map's chunk carries, and the stand-ins of leaflet-left-out.ts, which answer
 * the imports of the Leaflet modules that newsmap never runs.
 *
 * Unlike the packaged build, these modules never assign `window.L`: a host page's own `L`
 * stays as it was.
 */
import { Control, control } from 'leaflet/src/control/Control.js';
import { zoom } from 'leaflet/src/control/Control.Zoom.js';
import { CRS } from 'leaflet/src/geo/crs/CRS.js';
import { EPSG3857 } from 'leaflet/src/geo/crs/CRS.EPSG3857.js';
// Modules that add themselves to every map, as the packaged build's do: the attribution
// control (tile credits) and the handlers of mouse, touch and keyboard. Not the tap-hold
// handler, which turns a long press in Safari on iOS into a `contextmenu` event: newsmap
// listens for none.
import 'leaflet/src/control/Control.Attribution.js';
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
// Gives the map its default renderer for paths (journeys, extents, the offline base map).
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';

// Where the packaged build's index attaches them, for the parts kept here.
Object.assign(control, { zoom });
Object.assign(CRS, { EPSG3857 });

export { Control, control, CRS };
export { Map, createMap as map } from 'leaflet/src/map/Map.js';
export { setOptions } from 'leaflet/src/core/Util.js';
export {
  off as offDomEvents,
  disableClickPropagation,
  disableScrollPropagation,
} from 'leaflet/src/dom/DomEvent.js';
export { TRANSITION_END } from 'leaflet/src/dom/DomUtil.js';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { Point, toPoint as point } from 'leaflet/src/geometry/Point.js';
export { Bounds, toBounds as bounds } from 'leaflet/src/geometry/Bounds.js';
export { Layer } from 'leaflet/src/layer/Layer.js';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { Popup, popup } from 'leaflet/src/layer/Popup.js';
export { Marker, marker } from 'leaflet/src/layer/marker/Marker.js';
export { DivIcon, divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { GridLayer } from 'leaflet/src/layer/tile/GridLayer.js';
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { Path } from 'leaflet/src/layer/vector/Path.js';
export { Polyline, polyline } from 'leaflet/src/layer/vector/Polyline.js';
export { Rectangle, rectangle } from 'leaflet/src/layer/vector/Rectangle.js';
export type {
  Coords,
  LeafletEvent,
  LeafletKeyboardEvent,
  LeafletMouseEvent,
  PathOptions,
  PointTuple,
  PolylineOptions,
} from 'leaflet';
