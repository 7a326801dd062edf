// @ts-check
// Entry point of the page (index.html): mounts the explorer into this document, with the view state in the URL hash.

import { ExplorerApp } from './explorer-app.js';
import { ROOT } from './loader.js';
import { hashStore } from './store.js';

new ExplorerApp(document, { store: hashStore(), base: ROOT, page: true }).start();
