import './embed-control.css';
import * as L from '../viewer/leaflet.js';
import { element } from '../viewer/dom.js';
import { loadLazyStylesheet } from '../viewer/lazy-stylesheet.js';
import type { EmbedDialog, EmbedDialogOptions } from './embed-dialog.js';

/**
 * "Embed this map": a map control that opens the embed dialog (embed-dialog.ts, fetched on
 * the first click, so the viewer does not load it up front). `onRemove` undoes `onAdd`.
 */
export function createEmbedControl(options: EmbedDialogOptions): L.Control {
  let dialog: Promise<EmbedDialog> | undefined;
  let removed = false;
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = (map) => {
    removed = false;
    const container = element('div', 'leaflet-control nm-embed-control');
    const button = element('button', 'nm-embed-control__button', 'Embed');
    button.type = 'button';
    button.title = 'Embed this map in another page';
    button.setAttribute('aria-haspopup', 'dialog');
    container.append(button);
    L.disableClickPropagation(container);
    L.disableScrollPropagation(container);
    button.addEventListener('click', () => {
      // Built beside the viewer's chunks (ENTRY_POINTS in esbuild.config.mjs).
      const stylesheet = new URL('./embed-dialog.css', import.meta.url).href;
      dialog ??= Promise.all([
        import('./embed-dialog.js'),
        loadLazyStylesheet(map.getContainer(), stylesheet),
      ]).then(([{ createEmbedDialog }]) => {
        const created = createEmbedDialog(options);
        // Outside the map, so that Leaflet's handlers never see the dialog's clicks and keys.
        map.getContainer().after(created.dialog);
        return created;
      });
      void dialog.then((created) => {
        if (!removed) created.show();
      });
    });
    return container;
  };
  control.onRemove = () => {
    removed = true;
    void dialog?.then((created) => created.remove());
    dialog = undefined;
  };
  return control;
}
