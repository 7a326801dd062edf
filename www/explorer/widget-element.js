// @ts-check
// <corpus-explorer>: the explorer as a custom element in its own shadow root. Takes attributes (query, entity, view,
// doc, theme, height, base, label), gives events (ce-search, ce-select-entity, ce-navigate; bubbling, composed) and a handle
// (element.explorer: the wasm API of docs/js-api.md). Widgets on one page share one wasm instance; each keeps its
// view state to itself, never in the host page's URL. The class only: ../widget.js defines the element.

import { ExplorerApp } from './explorer-app.js';
import { ROOT } from './loader.js';
import { emptyState, parseHash, toHash } from './state.js';
import { MemoryStore } from './store.js';
import { viewOfAttribute, viewSpec } from './views/registry.js';
import { buildShell } from './widget-shell.js';

/** The widget's style sheets, under ROOT (the folder of widget.js). */
const STYLE_FILES = ['styles/style.css', 'styles/relations.css', 'styles/widget.css'];
/** Reflected attributes that steer the view; `theme`, `height` and `base` are observed apart. */
const VIEW_ATTRIBUTES = ['view', 'query', 'entity', 'doc'];

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./store.js').Origin} Origin */
/** @typedef {import('./explorer-app.js').ViewResult} ViewResult */
/** @typedef {import('../pkg/corpus_explorer.js').Explorer} Explorer */

/**
 * The state field the `entity` attribute sets in `view` (views about one entity), or undefined.
 * @param {string} view
 */
function entityField(view) {
  return viewSpec(view)?.entityField;
}

/** Enough to show the loading line legibly (and nothing half-styled) before the style sheets arrive. */
const BOOT_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
[hidden] { display: none !important; }
.ce-root:not(.styled) .ce-header, .ce-root:not(.styled) .layout { display: none; }
.ce-root:not(.styled) .loading, .ce-root:not(.styled) .start-error { padding: 2em 1em; font: 16px/1.5 system-ui, sans-serif; text-align: center; }
.ce-root:not(.styled) .spinner { display: none; }
`;

/** @type {CSSStyleSheet | null} */
let bootSheet = null;
/** @type {Promise<CSSStyleSheet[]> | null} */
let styleSheets = null;

function boot() {
  if (!bootSheet) {
    bootSheet = new CSSStyleSheet();
    bootSheet.replaceSync(BOOT_CSS);
  }
  return bootSheet;
}

/**
 * The page's style sheets for shadow roots, fetched once per page and shared by every widget. `rem` always means the
 * host page's root font size, which a widget cannot scope, so lengths in rem become multiples of the widget's --ce-rem.
 * @param {string} css
 */
export function scopeRem(css) {
  return css.replace(/(-?\d*\.?\d+)rem\b/g, 'calc($1 * var(--ce-rem))');
}

function loadStyleSheets() {
  styleSheets ??= Promise.all(
    STYLE_FILES.map(async (file) => {
      const url = new URL(file, ROOT);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(scopeRem(await response.text()));
      return sheet;
    }),
  ).catch((error) => {
    styleSheets = null;
    throw error;
  });
  return styleSheets;
}

export class CorpusExplorerElement extends HTMLElement {
  static observedAttributes = [...VIEW_ATTRIBUTES, 'theme', 'height', 'base', 'label'];

  /** Defines the element as `tag` in `registry` unless that tag is taken (loading the script twice is harmless). */
  static define(tag = 'corpus-explorer', registry = customElements) {
    if (!registry.get(tag)) {
      // A class can be defined once per registry: under a second tag it goes as a subclass.
      registry.define(tag, registry.getName?.(this) ? class extends this {} : this);
    }
    return registry.get(tag);
  }

  /** @type {ExplorerApp | null} */
  #app = null;
  /** @type {MemoryStore | null} */
  #store = null;
  /** @type {ReturnType<typeof buildShell> | null} */
  #shell = null;
  /** @type {Set<string>} view attributes changed since they were last applied */
  #changed = new Set();
  #reflecting = false;
  /** @type {State | null} */
  #drawnState = null;
  /** @type {Explorer | null} */
  #explorer = null;
  /** @type {(explorer: Explorer) => void} */
  #resolveReady = () => {};
  /** @type {Promise<Explorer>} */
  #ready = new Promise((resolve) => {
    this.#resolveReady = resolve;
  });

  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
  }

  /** The wasm Explorer (docs/js-api.md) this widget draws from, shared by every widget on the page; null until ready. */
  get explorer() {
    return this.#explorer;
  }

  /** Resolves with `explorer` once the widget has started and drawn its first view. */
  get ready() {
    return this.#ready;
  }

  connectedCallback() {
    if (this.#app) return; // moved within the page: it keeps its state
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const shell = buildShell(this.#label());
    this.#shell = shell;
    root.adoptedStyleSheets = [boot()];
    root.replaceChildren(shell.root);
    this.#applyHeight();
    loadStyleSheets().then(
      (sheets) => {
        root.adoptedStyleSheets = [boot(), ...sheets];
        shell.root.classList.add('styled');
      },
      () => shell.root.classList.add('styled'), // unstyled beats hidden: the explorer still works
    );
    const store = new MemoryStore(this.#stateFromAttributes(emptyState(), new Set(VIEW_ATTRIBUTES)));
    this.#store = store;
    const app = new ExplorerApp(root, {
      store,
      base: this.#base(),
      container: shell.root,
      landmarkPrefix: 'widget-name',
      onDraw: (state, result, origin) => this.#drawn(state, result, origin),
      onReady: (api) => {
        const explorer = api.explorer;
        this.#explorer = explorer;
        this.#resolveReady(explorer);
      },
    });
    this.#app = app;
    shell.back.addEventListener('click', () => store.goBack());
    app.start();
  }

  /**
   * @param {string} name
   * @param {string | null} before
   * @param {string | null} after
   */
  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === 'height') {
      this.#applyHeight();
      return;
    }
    if (name === 'label') {
      this.#shell?.setLabel(this.#label());
      return;
    }
    // theme is CSS (:host([theme])); base is read once, when the widget starts.
    if (!VIEW_ATTRIBUTES.includes(name) || this.#reflecting || !this.#store) return;
    // Changes made together (view and entity, say) are applied together, once.
    this.#changed.add(name);
    if (this.#changed.size === 1) queueMicrotask(() => this.#applyAttributes());
  }

  #applyAttributes() {
    const changed = new Set(this.#changed);
    this.#changed.clear();
    const store = this.#store;
    if (!store) return;
    const next = this.#stateFromAttributes(store.get(), changed);
    if (toHash(next) !== store.key()) store.navigate(next, { origin: 'host' });
  }

  /**
   * The state the attributes ask for, from `current`, given which attributes changed.
   * @param {State} current
   * @param {Set<string>} changed
   */
  #stateFromAttributes(current, changed) {
    const attribute = (/** @type {string} */ name) => (this.getAttribute(name) ?? '').trim();
    const named = viewOfAttribute(attribute('view'));
    const [query, entity, doc] = [attribute('query'), attribute('entity'), attribute('doc')];
    let view = current.view;
    if (changed.has('view') && named) view = named;
    else if (changed.has('doc') && doc) view = 'doc';
    else if (changed.has('entity') && entity) view = entityField(current.view) ? current.view : 'entity';
    else if (changed.has('query') && query) view = 'search';
    else if (changed.has('query') && current.view === 'search') view = 'overview';
    if ((view === 'entity' && !entity) || (view === 'doc' && !doc)) view = 'overview';

    const next = { ...current, view, q: view === 'search' ? query : '', page: 1 };
    const field = entityField(view);
    if (field) next[field] = entity;
    if (view === 'doc' && doc !== current.doc) Object.assign(next, { doc, offset: null, end: null });
    return parseHash(toHash(next));
  }

  /**
   * After each drawing: attributes follow the view; a change the visitor made is told to the page.
   * @param {State} state
   * @param {ViewResult} result
   * @param {Origin} origin
   */
  #drawn(state, result, origin) {
    const [shell, store, app] = [this.#shell, this.#store, this.#app];
    if (!shell || !store || !app) return;
    const before = this.#drawnState;
    this.#drawnState = state;
    this.#reflect(state);
    shell.back.disabled = !store.canGoBack();
    shell.fullPage.href = app.shareUrl(state);
    shell.fullPage.hidden = false;
    if (origin !== 'visitor' || (before && toHash(before) === toHash(state))) return;

    if (state.view === 'search' && (before?.view !== 'search' || before.q !== state.q)) {
      this.#emit('ce-search', { query: state.q, total: result.total ?? null });
    }
    if (state.view === 'entity' && (before?.view !== 'entity' || before.entity !== state.entity)) {
      const { id, name, type } = app.engine.entityBrief(state.entity);
      this.#emit('ce-select-entity', { id: String(id), name, type });
    }
    this.#emit('ce-navigate', { ...this.#attributesOf(state), hash: toHash(state), title: result.title });
  }

  /**
   * @param {string} type
   * @param {object} detail
   */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  /**
   * What the view attributes say for `state` (null: the attribute is absent).
   * @param {State} state
   */
  #attributesOf(state) {
    const field = entityField(state.view);
    return {
      view: viewSpec(state.view)?.attribute ?? state.view,
      query: state.view === 'search' ? state.q : null,
      entity: field && state[field] ? state[field] : null,
      doc: state.view === 'doc' ? state.doc : null,
    };
  }

  /** @param {State} state */
  #reflect(state) {
    this.#reflecting = true;
    try {
      for (const [name, value] of Object.entries(this.#attributesOf(state))) {
        if (value === null || value === '') this.removeAttribute(name);
        else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  /** The accessible name: the `label` attribute, else "Corpus explorer", numbered when it is not the page's first widget. */
  #label() {
    const label = (this.getAttribute('label') ?? '').trim();
    if (label) return label;
    const index = [...document.querySelectorAll(this.localName)].filter((w) => !w.hasAttribute('label')).indexOf(this);
    return index > 0 ? `Corpus explorer ${index + 1}` : 'Corpus explorer';
  }

  /** `height="600"` (pixels) or any CSS length: the widget scrolls inside it; without, it grows with its content. */
  #applyHeight() {
    if (!this.#shell) return;
    const value = (this.getAttribute('height') ?? '').trim();
    const length = /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value;
    if (length && CSS.supports('height', length)) this.#shell.root.style.setProperty('--ce-height', length);
    else this.#shell.root.style.removeProperty('--ce-height');
  }

  /** The folder holding pkg/ (and index.html): the `base` attribute, else the folder of widget.js. */
  #base() {
    const base = this.getAttribute('base');
    if (!base) return ROOT;
    const url = new URL(base, document.baseURI);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  }
}

// Each attribute is also a property (element.query = 'Akitkhan' sets the attribute, and the other way round).
for (const name of CorpusExplorerElement.observedAttributes) {
  Object.defineProperty(CorpusExplorerElement.prototype, name, {
    get() {
      return this.getAttribute(name) ?? '';
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    configurable: true,
  });
}
