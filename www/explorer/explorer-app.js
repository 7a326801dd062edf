// @ts-check
// The explorer mounted into a root, the page's document or a widget's shadow root: takes the root (holding the shell
// of index.html or widget-shell.js) and a store (store.js); starts the shared wasm engine, fetches each view's module
// (views/registry.js) the first time it is shown, draws the view the store names and keeps it in step.

import { reason } from './api.js';
import { el } from './dom.js';
import { renderFilters } from './filters.js';
import { loadApi } from './loader.js';
import { SearchBox } from './search-box.js';
import { filtersOf, parseHash, toHash } from './state.js';
import { moduleUrl, SECTIONS, viewSpec } from './views/registry.js';

/** @typedef {import('./state.js').State} State */
/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./api.js').Api} Api */
/** @typedef {'visitor' | 'host'} Origin  who asked for a drawing: the visitor (a click inside), or the host page */
/**
 * What a view's renderer gives back.
 * @typedef {object} ViewResult
 * @property {string} title  the view's title (the document title, for the page)
 * @property {import('./filters.js').Facets | null} facets  the filters to offer, or null for none
 * @property {string} [status]  what the polite live region announces
 * @property {number} [total]  search: how many hits (the widget's ce-search event tells it)
 * @property {() => boolean} [after]  runs once the view is in place; true when it has placed the focus itself
 */
/**
 * What views get as their fourth argument.
 * @typedef {object} ViewContext
 * @property {(partial: Partial<State>, options?: {replace?: boolean}) => void} navigate
 * @property {(state: Partial<State>) => string} shareUrl
 * @property {boolean} page
 * @property {(views: string[]) => void} prefetch
 */
/** @typedef {(api: Api, state: State, root: HTMLElement, context: ViewContext) => ViewResult} Renderer */

/**
 * The shell's element `id`, which must be there and be a `type`.
 * @template {HTMLElement} T
 * @param {Document | ShadowRoot} root
 * @param {string} id
 * @param {{new (): T, name: string}} type
 * @returns {T}
 */
function part(root, id, type) {
  const node = root.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the explorer's shell has no ${type.name} #${id}`);
  return node;
}

/** A wait longer than this shows progress; a drawing that took longer shows progress before it starts next time. */
const SLOW_MS = 100;
/** Drawings known to take longer (the graph's largest sizes), with progress from the first time. */
const SLOW_FROM_THE_START = ['graph:60', 'graph:100', 'graph:150'];
/** Below this width (of the page, or of the widget) the filters start folded. */
const NARROW_PX = 760;

/** @type {Map<string, Renderer>} */
const renderers = new Map();
/** @type {Map<string, Promise<Renderer>>} */
const loadingViews = new Map();
let failedLoads = 0;

/**
 * The renderer of `view`, fetching its module once per page (a failed fetch is tried again with a fresh URL).
 * @param {string} view
 * @returns {Promise<Renderer>}
 */
function loadView(view) {
  const loaded = renderers.get(view);
  if (loaded) return Promise.resolve(loaded);
  let loading = loadingViews.get(view);
  if (!loading) {
    const spec = viewSpec(view);
    if (!spec) return Promise.reject(new Error(`there is no view called ${view}`));
    const name = spec.render;
    const promise = import(moduleUrl(spec, failedLoads)).then(
      (module) => {
        renderers.set(view, module[name]);
        return module[name];
      },
      (error) => {
        loadingViews.delete(view);
        failedLoads += 1;
        throw error;
      },
    );
    loading = promise;
    loadingViews.set(view, promise);
  }
  return loading;
}

/**
 * Fetches the modules of `views` ahead of need (e.g. search and profile once the search box has focus).
 * @param {string[]} views
 */
export function prefetchViews(views) {
  for (const view of views) loadView(view).catch(() => {});
}

/** @param {State} state */
function slowKey(state) {
  return state.view === 'graph' ? `graph:${state.size}` : state.view;
}

/** Resolves once the browser has painted (or after 100 ms, in a tab that does not paint). */
function nextPaint() {
  return /** @type {Promise<void>} */ (new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  }));
}

export class ExplorerApp {
  /**
   * @param {Document | ShadowRoot} root  holds the shell
   * @param {object} options
   * @param {Store} options.store  hashStore() for the page, a MemoryStore for a widget
   * @param {URL} options.base  folder holding pkg/ (and index.html, which links to the full page point at)
   * @param {boolean} [options.page]  true for the page: document title, window scrolling, "/" anywhere, native hash links
   * @param {HTMLElement | null} [options.container]  the element that scrolls and whose width decides the narrow layout (widget)
   * @param {(state: State, result: ViewResult, origin: Origin) => void} [options.onDraw]  after each drawing
   * @param {(api: Api) => void} [options.onReady]  once started and the first view is drawn (also after a Retry)
   * @param {string} [options.landmarkPrefix]  id of an element whose text starts the name of every named section of a view
   *                           (a widget's name: two widgets showing the same view keep distinct landmarks)
   */
  constructor(root, { store, base, page = false, container = null, onDraw = () => {}, onReady = () => {}, landmarkPrefix = '' }) {
    this.root = root;
    this.store = store;
    this.base = base;
    this.page = page;
    this.container = container;
    this.onDraw = onDraw;
    this.onReady = onReady;
    this.landmarkPrefix = landmarkPrefix;
    /** @type {Api | null} the engine, once started */
    this.api = null;
    /** @type {SearchBox | null} */
    this.searchBox = null;
    this.ticket = 0;
    this.slow = new Set(SLOW_FROM_THE_START);
    /** @type {HTMLDetailsElement[]} evidence lists opened for printing */
    this.unfolded = [];
    /** @param {string} id */
    this.get = (id) => root.getElementById(id);
    this.app = part(root, 'app', HTMLElement);
    this.view = part(root, 'view', HTMLElement);
    this.status = part(root, 'status', HTMLElement);
    this.layout = part(root, 'layout', HTMLElement);
    this.filters = part(root, 'filters', HTMLElement);
    this.filtersBody = part(root, 'filters-body', HTMLElement);
    this.filtersDetails = part(root, 'filters-details', HTMLDetailsElement);
    this.searchForm = part(root, 'search-form', HTMLFormElement);
    this.searchInput = part(root, 'search-input', HTMLInputElement);
    this.loading = part(root, 'loading', HTMLElement);
    this.progress = part(root, 'loading-progress', HTMLProgressElement);
    this.error = part(root, 'error', HTMLElement);
    this.errorMessage = part(root, 'error-message', HTMLElement);
    /** @type {ViewContext} */
    this.context = {
      navigate: (partial, options) => store.navigate(partial, options),
      shareUrl: (state) => this.shareUrl(state),
      page,
      prefetch: prefetchViews,
    };
    part(root, 'retry', HTMLButtonElement).addEventListener('click', () => this.start());
    if (!page) root.addEventListener('click', (event) => this.followLink(/** @type {MouseEvent} */ (event)));
    // Printed, every folded list of evidence opens; afterwards it folds again.
    window.addEventListener('beforeprint', () => {
      this.unfolded = [...this.view.querySelectorAll('details:not([open])')].filter((node) => node instanceof HTMLDetailsElement);
      for (const details of this.unfolded) details.open = true;
    });
    window.addEventListener('afterprint', () => {
      for (const details of this.unfolded) details.open = false;
      this.unfolded = [];
    });
    loadView(store.get().view).catch(() => {}); // fetched while the wasm starts
  }

  async start() {
    this.app.dataset.state = 'loading';
    this.app.setAttribute('aria-busy', 'true');
    this.loading.hidden = false;
    this.error.hidden = true;
    const progress = this.progress;
    try {
      this.api = await loadApi(this.base, {
        onProgress: (loaded, total) => {
          progress.max = total;
          progress.value = loaded;
          progress.hidden = false;
        },
      });
    } catch (error) {
      this.showStartError(reason(error));
      return;
    }
    if (!this.searchBox) {
      this.searchBox = new SearchBox(this.searchForm, {
        suggest: (prefix, limit) => this.engine.suggest(prefix, limit),
        onSearch: (q) => this.store.navigate({ ...this.currentFilters(), view: q ? 'search' : 'overview', q }),
        onEntity: (id) => {
          this.searchInput.blur(); // the profile takes the focus: its heading is announced
          this.store.navigate({ ...this.currentFilters(), view: 'entity', entity: id });
        },
        onFocus: () => prefetchViews(['search', 'entity']),
        keyScope: this.page ? document : this.root,
      });
      this.store.subscribe((state, { origin }) => this.draw(state, false, origin));
    }
    this.searchBox.enable();
    const width = this.page || !this.container ? window.innerWidth : this.container.clientWidth;
    if (width <= NARROW_PX) this.filtersDetails.open = false;
    this.loading.hidden = true;
    this.layout.hidden = false;
    await this.draw(this.store.get(), true, 'host');
    this.app.removeAttribute('aria-busy');
    this.app.dataset.state = 'ready';
    this.onReady(this.engine);
  }

  /** The started engine (views are drawn only once start() has it). */
  get engine() {
    if (!this.api) throw new Error('the explorer has not started');
    return this.api;
  }

  /** @param {string} message */
  showStartError(message) {
    this.app.dataset.state = 'error';
    this.app.removeAttribute('aria-busy');
    this.loading.hidden = true;
    this.layout.hidden = true;
    this.errorMessage.textContent = `The explorer could not start: ${message}`;
    this.error.hidden = false;
  }

  currentFilters() {
    return { ...filtersOf(this.store.get()), q: '' };
  }

  /**
   * A link to `state` that opens outside this page: the page's own URL, or the full explorer page for a widget.
   * @param {Partial<State>} state
   */
  shareUrl(state) {
    if (this.page) return new URL(toHash(state), location.href).href;
    return new URL(`index.html${toHash(state)}`, this.base).href;
  }

  /**
   * In a widget, links to "#view=…" move the widget, not the host page (a modified click opens the full page).
   * @param {MouseEvent} event
   */
  followLink(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    const link = event.composedPath().find((node) => node instanceof Element && node.localName === 'a' && node.getAttribute('href')?.startsWith('#'));
    if (!(link instanceof Element)) return;
    event.preventDefault();
    const state = parseHash(link.getAttribute('href'));
    if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(this.shareUrl(state), '_blank', 'noopener');
    else this.store.navigate(state);
  }

  /**
   * Draws the view for `state`: fetches its module if need be, shows progress when it takes a while.
   * @param {State} state
   * @param {boolean} initial  the first drawing after a start
   * @param {Origin} [origin]
   */
  async draw(state, initial, origin = 'visitor') {
    const ticket = ++this.ticket;
    let render = renderers.get(state.view);
    if (!render) {
      const timer = setTimeout(() => this.showBusy(state), SLOW_MS);
      try {
        render = await loadView(state.view);
      } catch (error) {
        if (ticket === this.ticket) this.showLoadError(state, error, origin);
        return;
      } finally {
        clearTimeout(timer);
      }
      if (ticket !== this.ticket) return; // a newer navigation came first
    }
    if (this.slow.has(slowKey(state))) {
      this.showBusy(state);
      await nextPaint();
      if (ticket !== this.ticket) return;
    }
    this.paint(state, render, initial, origin);
  }

  /** @param {State} state */
  showBusy(state) {
    this.view.setAttribute('aria-busy', 'true');
    this.view.replaceChildren(
      el('div', { class: 'loading busy', role: 'status' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('span', null, viewSpec(state.view)?.busy ?? 'Loading…')),
    );
  }

  /**
   * A view whose module did not arrive: said in place, with a button that tries again.
   * @param {State} state
   * @param {unknown} error
   * @param {Origin} origin
   */
  showLoadError(state, error, origin) {
    this.view.removeAttribute('aria-busy');
    this.view.replaceChildren(
      el(
        'div',
        { class: 'start-error', role: 'alert' },
        el('h2', { class: 'view-title', tabindex: '-1', id: 'view-title' }, 'This view could not be loaded'),
        el('p', null, reason(error)),
        el('button', { type: 'button', onclick: () => this.draw(state, false, origin) }, 'Retry'),
      ),
    );
    this.status.textContent = 'This view could not be loaded.';
    this.app.dataset.drawn = this.store.key();
  }

  /**
   * @param {State} state
   * @param {Renderer} render
   * @param {boolean} initial
   * @param {Origin} origin
   */
  paint(state, render, initial, origin) {
    const started = performance.now();
    const focused = this.root.activeElement;
    const focusedId = focused && focused !== document.body ? focused.id : '';
    const keepSearchFocus = focused === this.searchInput;

    this.view.removeAttribute('aria-busy');
    this.view.replaceChildren();
    /** @type {ViewResult} */
    let result;
    try {
      result = render(this.engine, state, this.view, this.context);
    } catch (error) {
      this.view.replaceChildren(
        el('h2', { class: 'view-title', tabindex: '-1', id: 'view-title' }, 'This view could not be shown'),
        el('p', { class: 'message' }, reason(error)),
        // After a panic the engine refuses further calls: offer a reload rather than a dead end.
        brokenEngine(error)
          ? el('p', null, el('button', { type: 'button', class: 'retry', onclick: () => location.reload() }, 'Reload the page'))
          : el('p', null, el('a', { href: toHash({ ...filtersOf(state), q: '' }) }, 'Back to the overview')),
      );
      result = { title: 'Not found', facets: null, status: reason(error) };
    }

    if (this.landmarkPrefix) {
      for (const section of this.view.querySelectorAll('section[aria-labelledby]')) {
        section.setAttribute('aria-labelledby', `${this.landmarkPrefix} ${section.getAttribute('aria-labelledby')}`);
      }
    }
    if (this.page) document.title = `${result.title} — Corpus explorer`;
    this.status.textContent = result.status || '';
    if (result.facets) {
      this.filters.hidden = false;
      renderFilters(this.filtersBody, state, result.facets, (change) => this.store.navigate({ ...state, ...change, page: 1 }), this.engine.entityName(state.related));
    } else {
      this.filters.hidden = true;
      this.filtersBody.replaceChildren();
    }
    this.layout.classList.toggle('no-filters', !result.facets);
    this.updateSections(state);
    if (state.view === 'search') this.searchBox?.setQuery(state.q);
    else if (state.view === 'overview') this.searchBox?.setQuery('');

    const placed = result.after ? result.after() : false;
    const moveFocus = !initial && origin === 'visitor';
    const refocus = focusedId && !keepSearchFocus && focusedId !== 'view-title' ? this.get(focusedId) : null;
    if (refocus) {
      refocus.focus({ preventScroll: true });
    } else if (moveFocus && !placed && !keepSearchFocus) {
      this.scrollToTop(origin);
      this.get('view-title')?.focus({ preventScroll: true });
    } else if (!placed && !initial) {
      this.scrollToTop(origin);
    }

    const key = slowKey(state);
    if (performance.now() - started > SLOW_MS) this.slow.add(key);
    else if (!SLOW_FROM_THE_START.includes(key)) this.slow.delete(key);
    // The state this drawing is for: tests (and embedders) wait on it rather than on the hash alone.
    this.app.dataset.drawn = this.store.key();
    this.onDraw(state, result, origin);
  }

  /** Back to the top of the view: the window for the page; the widget's own scroll box, and the widget into sight. */
  /** @param {Origin} origin */
  scrollToTop(origin) {
    if (this.page || !this.container) {
      window.scrollTo(0, 0);
      return;
    }
    this.container.scrollTop = 0;
    if (origin === 'visitor' && this.container.getBoundingClientRect().top < 0) this.container.scrollIntoView({ block: 'start' });
  }

  /**
   * Section links keep the filters and show which section is on screen.
   * @param {State} state
   */
  updateSections(state) {
    for (const link of this.root.querySelectorAll('#section-links a')) {
      if (!(link instanceof HTMLAnchorElement)) continue;
      const section = SECTIONS.find((s) => s.key === link.dataset.section);
      if (!section) continue;
      const types = section.types ?? state.types;
      link.href = toHash({ ...filtersOf(state), q: '', view: section.view, types });
      const current = state.view === section.view && (!section.types || (state.types.length === types.length && types.every((type, i) => state.types[i] === type)));
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
}

/** Whether an error means the wasm instance is broken (a trap, or the engine asking for a reload after a panic). */
function brokenEngine(error) {
  return (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) || /reload the page/i.test(String(error?.message ?? error));
}
