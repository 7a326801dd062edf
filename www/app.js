// Entry point of the page: mounts the explorer into this document, with the view state in the URL hash.

import { ExplorerApp } from './explorer-app.js';
import { hashStore } from './store.js';

new ExplorerApp(document, { store: hashStore(), base: new URL('.', import.meta.url), page: true }).start();
