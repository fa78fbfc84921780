import L from 'leaflet';

// Leaflet.markercluster extends the global `L`; it must exist before that plugin runs.
(window as unknown as { L: typeof L }).L = L;
