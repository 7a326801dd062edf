// @ts-check
// <corpus-explorer>: defines the widget's custom element (explorer/widget-element.js) and exports its class. The one
// file an embedder links to; it loads the modules, style sheets and wasm from its own folder. Safe to load twice.
//
//   <script type="module" src="/explorer/widget.js"></script>
//   <corpus-explorer query="Akitkhan"></corpus-explorer>

import { CorpusExplorerElement } from './explorer/widget-element.js';

export { CorpusExplorerElement, scopeRem } from './explorer/widget-element.js';

CorpusExplorerElement.define();
