// The explorer mounted into a root, the page's document or a widget's shadow root: takes the root (holding the shell
// of index.html or widget-shell.js) and a store (store.js); starts the shared wasm engine, fetches each view's module
// the first time it is shown, draws the view the store names and keeps it in step.

import { reason } from './api.js';
import { el } from './dom.js';
import { renderFilters } from './filters.js';
import { loadApi } from './loader.js';
import { SearchBox } from './search-box.js';
import { filtersOf, parseHash, toHash } from './state.js';

/** Each view's module and renderer: `render(api, state, root, app) → {title, facets, status, after?}`. */
const VIEW_MODULES = {
  overview: ['./views/overview.js', 'renderOverview'],
  search: ['./views/search.js', 'renderSearch'],
  entities: ['./views/entities.js', 'renderEntities'],
  entity: ['./views/profile.js', 'renderProfile'],
  doc: ['./views/reader.js', 'renderReader'],
  graph: ['./views/graph.js', 'renderGraph'],
  timeline: ['./views/timeline.js', 'renderTimeline'],
  figures: ['./views/figures.js', 'renderFigures'],
  path: ['./views/path.js', 'renderPath'],
};

/** What the progress indicator says while a view is on its way. */
const BUSY_LABELS = {
  graph: 'Drawing the graph…',
  path: 'Finding the path…',
  timeline: 'Reading the dates…',
  doc: 'Opening the article…',
  search: 'Searching…',
};

/** Sections of the navigation that are views of their own (the others are entity lists by type). */
const VIEW_SECTIONS = ['overview', 'graph', 'timeline', 'figures'];
/** A wait longer than this shows progress; a drawing that took longer shows progress before it starts next time. */
const SLOW_MS = 100;
/** Drawings known to take longer (the graph's largest sizes), with progress from the first time. */
const SLOW_FROM_THE_START = ['graph:60', 'graph:100', 'graph:150'];
/** Below this width (of the page, or of the widget) the filters start folded. */
const NARROW_PX = 760;

const renderers = new Map();
const loadingViews = new Map();
let failedLoads = 0;

/** The renderer of `view`, fetching its module once per page (a failed fetch is tried again with a fresh URL). */
function loadView(view) {
  if (renderers.has(view)) return Promise.resolve(renderers.get(view));
  if (!loadingViews.has(view)) {
    const [path, name] = VIEW_MODULES[view];
    const url = new URL(failedLoads ? `${path}?retry=${failedLoads}` : path, import.meta.url).href;
    const promise = import(url).then(
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
    loadingViews.set(view, promise);
  }
  return loadingViews.get(view);
}

/** Fetches the modules of `views` ahead of need (e.g. search and profile once the search box has focus). */
export function prefetchViews(views) {
  for (const view of views) loadView(view).catch(() => {});
}

function slowKey(state) {
  return state.view === 'graph' ? `graph:${state.size}` : state.view;
}

/** Resolves once the browser has painted (or after 100 ms, in a tab that does not paint). */
function nextPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0));
  });
}

export class ExplorerApp {
  /**
   * @param {Document | ShadowRoot} root  holds the shell
   * @param {object} options
   * @param options.store      hashStore() for the page, a MemoryStore for a widget
   * @param options.base       folder holding pkg/ (and index.html, which links to the full page point at)
   * @param options.page       true for the page: document title, window scrolling, "/" anywhere, native hash links
   * @param options.container  the element that scrolls and whose width decides the narrow layout (widget)
   * @param options.onDraw     (state, result, origin) after each drawing; origin 'visitor' or 'host'
   * @param options.onReady    (api) once started and the first view is drawn (also after a Retry)
   * @param options.landmarkPrefix  id of an element whose text starts the name of every named section of a view
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
    this.api = null;
    this.searchBox = null;
    this.ticket = 0;
    this.slow = new Set(SLOW_FROM_THE_START);
    this.get = (id) => root.getElementById(id);
    this.app = this.get('app');
    this.view = this.get('view');
    this.status = this.get('status');
    this.layout = this.get('layout');
    this.filters = this.get('filters');
    this.filtersBody = this.get('filters-body');
    this.searchInput = this.get('search-input');
    /** What views get as their fourth argument. */
    this.context = {
      navigate: (partial, options) => store.navigate(partial, options),
      shareUrl: (state) => this.shareUrl(state),
      page,
      prefetch: prefetchViews,
    };
    this.get('retry').addEventListener('click', () => this.start());
    if (!page) root.addEventListener('click', (event) => this.followLink(event));
    // Printed, every folded list of evidence opens; afterwards it folds again.
    window.addEventListener('beforeprint', () => {
      this.unfolded = [...this.view.querySelectorAll('details:not([open])')];
      for (const details of this.unfolded) details.open = true;
    });
    window.addEventListener('afterprint', () => {
      for (const details of this.unfolded || []) details.open = false;
      this.unfolded = [];
    });
    loadView(store.get().view).catch(() => {}); // fetched while the wasm starts
  }

  async start() {
    this.app.dataset.state = 'loading';
    this.app.setAttribute('aria-busy', 'true');
    this.get('loading').hidden = false;
    this.get('error').hidden = true;
    const progress = this.get('loading-progress');
    try {
      this.api = await loadApi(this.base, {
        onProgress: (loaded, total) => {
          if (!progress) return;
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
      this.searchBox = new SearchBox(this.get('search-form'), {
        suggest: (prefix, limit) => this.api.suggest(prefix, limit),
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
    const width = this.page ? window.innerWidth : this.container.clientWidth;
    if (width <= NARROW_PX) this.get('filters-details').open = false;
    this.get('loading').hidden = true;
    this.layout.hidden = false;
    await this.draw(this.store.get(), true, 'host');
    this.app.removeAttribute('aria-busy');
    this.app.dataset.state = 'ready';
    this.onReady(this.api);
  }

  showStartError(message) {
    this.app.dataset.state = 'error';
    this.app.removeAttribute('aria-busy');
    this.get('loading').hidden = true;
    this.layout.hidden = true;
    this.get('error-message').textContent = `The explorer could not start: ${message}`;
    this.get('error').hidden = false;
  }

  currentFilters() {
    return { ...filtersOf(this.store.get()), q: '' };
  }

  /** A link to `state` that opens outside this page: the page's own URL, or the full explorer page for a widget. */
  shareUrl(state) {
    if (this.page) return new URL(toHash(state), location.href).href;
    return new URL(`index.html${toHash(state)}`, this.base).href;
  }

  /** In a widget, links to "#view=…" move the widget, not the host page (a modified click opens the full page). */
  followLink(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    const link = event.composedPath().find((node) => node instanceof Element && node.localName === 'a' && node.getAttribute('href')?.startsWith('#'));
    if (!link) return;
    event.preventDefault();
    const state = parseHash(link.getAttribute('href'));
    if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(this.shareUrl(state), '_blank', 'noopener');
    else this.store.navigate(state);
  }

  /** Draws the view for `state`: fetches its module if need be, shows progress when it takes a while. */
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

  showBusy(state) {
    this.view.setAttribute('aria-busy', 'true');
    this.view.replaceChildren(
      el('div', { class: 'loading busy', role: 'status' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('span', null, BUSY_LABELS[state.view] || 'Loading…')),
    );
  }

  /** A view whose module did not arrive: said in place, with a button that tries again. */
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

  paint(state, render, initial, origin) {
    const started = performance.now();
    const focused = this.root.activeElement;
    const focusedId = focused && focused !== document.body ? focused.id : '';
    const keepSearchFocus = focused === this.searchInput;

    this.view.removeAttribute('aria-busy');
    this.view.replaceChildren();
    let result;
    try {
      result = render(this.api, state, this.view, this.context);
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
      renderFilters(this.filtersBody, state, result.facets, (change) => this.store.navigate({ ...state, ...change, page: 1 }), this.api.entityName(state.related));
    } else {
      this.filters.hidden = true;
      this.filtersBody.replaceChildren();
    }
    this.layout.classList.toggle('no-filters', !result.facets);
    this.updateSections(state);
    if (state.view === 'search') this.searchBox.setQuery(state.q);
    else if (state.view === 'overview') this.searchBox.setQuery('');

    const placed = result.after ? result.after() : false;
    const moveFocus = !initial && origin === 'visitor';
    if (focusedId && !keepSearchFocus && this.get(focusedId) && focusedId !== 'view-title') {
      this.get(focusedId).focus({ preventScroll: true });
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
  scrollToTop(origin) {
    if (this.page) {
      window.scrollTo(0, 0);
      return;
    }
    this.container.scrollTop = 0;
    if (origin === 'visitor' && this.container.getBoundingClientRect().top < 0) this.container.scrollIntoView({ block: 'start' });
  }

  /** Section links keep the filters and show which section is on screen. */
  updateSections(state) {
    for (const link of this.root.querySelectorAll('#section-links a')) {
      const section = link.dataset.section;
      const isView = VIEW_SECTIONS.includes(section);
      link.href = toHash({
        ...filtersOf(state),
        q: '',
        view: isView ? section : 'entities',
        types: isView ? state.types : [section],
      });
      const current = isView
        ? state.view === section
        : state.view === 'entities' && state.types.length === 1 && state.types[0] === section;
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
}

/** Whether an error means the wasm instance is broken (a trap, or the engine asking for a reload after a panic). */
function brokenEngine(error) {
  return (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) || /reload the page/i.test(String(error?.message ?? error));
}
