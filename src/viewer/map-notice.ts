import * as L from './leaflet.js';
import { element } from './dom.js';

/** A quiet line of text in a corner of the map, e.g. that the offline base map is in use. */
export function createMapNotice(text: string): L.Control {
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = () => {
    const notice = element('p', 'nm-notice', text);
    L.disableClickPropagation(notice);
    return notice;
  };
  return control;
}
