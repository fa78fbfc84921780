/** What the viewer tells its listeners: the place opened, or the place closed. */
export interface ViewerEventMap {
  open: { id: string; name: string };
  close: { id: string };
}

export type ViewerEventName = keyof ViewerEventMap;
export type ViewerListener<E extends ViewerEventName> = (detail: ViewerEventMap[E]) => void;

export interface ViewerEvents {
  on<E extends ViewerEventName>(event: E, listener: ViewerListener<E>): () => void;
  emit<E extends ViewerEventName>(event: E, detail: ViewerEventMap[E]): void;
  clear(): void;
}

/** A small typed emitter; a listener that throws does not stop the others. */
export function createViewerEvents(): ViewerEvents {
  const listeners = new Map<ViewerEventName, Set<(detail: never) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
    emit(event, detail) {
      for (const listener of listeners.get(event) ?? []) {
        try {
          (listener as ViewerListener<typeof event>)(detail);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
