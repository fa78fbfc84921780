import { defineNewsMapElement } from './news-map-element.js';

// dist/assets/news-map.js: one <script type="module"> tag registers <news-map>.
defineNewsMapElement();
