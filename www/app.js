// Entry point: loads the wasm explorer, then draws the view the URL hash names and keeps it in step.

import { Api, reason } from './api.js';
import { el } from './dom.js';
import { renderFilters } from './filters.js';
import { SearchBox } from './search-box.js';
import { filtersOf, navigate, parseHash, toHash, watchHash } from './state.js';
import { renderEntities } from './views/entities.js';
import { renderFigures } from './views/figures.js';
import { renderGraph } from './views/graph.js';
import { renderOverview } from './views/overview.js';
import { renderPath } from './views/path.js';
import { renderProfile } from './views/profile.js';
import { renderReader } from './views/reader.js';
import { renderSearch } from './views/search.js';
import { renderTimeline } from './views/timeline.js';

const VIEW_RENDERERS = {
  overview: renderOverview,
  search: renderSearch,
  entities: renderEntities,
  entity: renderProfile,
  doc: renderReader,
  graph: renderGraph,
  timeline: renderTimeline,
  figures: renderFigures,
  path: renderPath,
};

/** Sections of the navigation that are views of their own (the others are entity lists by type). */
const VIEW_SECTIONS = ['overview', 'graph', 'timeline', 'figures'];

const app = document.getElementById('app');
const loading = document.getElementById('loading');
const errorBox = document.getElementById('error');
const layout = document.getElementById('layout');
const view = document.getElementById('view');
const status = document.getElementById('status');
const filters = document.getElementById('filters');
const filtersBody = document.getElementById('filters-body');
const searchInput = document.getElementById('search-input');

let api = null;
let searchBox = null;
let attempts = 0;

async function start() {
  app.dataset.state = 'loading';
  app.setAttribute('aria-busy', 'true');
  loading.hidden = false;
  errorBox.hidden = true;
  try {
    // A fresh URL on retry, so a failed first fetch of the module is not served from the module map.
    const url = attempts === 0 ? './pkg/corpus_explorer.js' : `./pkg/corpus_explorer.js?retry=${attempts}`;
    attempts += 1;
    const wasm = await import(url);
    await wasm.default();
    api = new Api(new wasm.Explorer());
  } catch (error) {
    showStartError(reason(error));
    return;
  }
  if (!searchBox) {
    searchBox = new SearchBox(document.getElementById('search-form'), {
      suggest: (prefix, limit) => api.suggest(prefix, limit),
      onSearch: (q) => navigate({ ...currentFilters(), view: q ? 'search' : 'overview', q }),
      onEntity: (id) => {
        searchInput.blur(); // the profile takes the focus: its heading is announced
        navigate({ ...currentFilters(), view: 'entity', entity: id });
      },
    });
    watchHash((state) => draw(state, false));
  }
  searchBox.enable();
  if (window.matchMedia('(max-width: 760px)').matches) document.getElementById('filters-details').open = false;
  loading.hidden = true;
  layout.hidden = false;
  draw(parseHash(location.hash), true);
  app.removeAttribute('aria-busy');
  app.dataset.state = 'ready';
}

function showStartError(message) {
  app.dataset.state = 'error';
  app.removeAttribute('aria-busy');
  loading.hidden = true;
  layout.hidden = true;
  document.getElementById('error-message').textContent = `The explorer could not start: ${message}`;
  errorBox.hidden = false;
}

document.getElementById('retry').addEventListener('click', () => start());

function currentFilters() {
  const state = parseHash(location.hash);
  return { ...filtersOf(state), q: '' };
}

/** Draws the view for `state`; `initial` is the first drawing after load (or reload). */
function draw(state, initial) {
  const focused = document.activeElement;
  const focusedId = focused && focused !== document.body ? focused.id : '';
  const keepSearchFocus = focused === searchInput;

  view.replaceChildren();
  let result;
  try {
    result = VIEW_RENDERERS[state.view](api, state, view);
  } catch (error) {
    view.replaceChildren(
      el('h2', { class: 'view-title', tabindex: '-1', id: 'view-title' }, 'This view could not be shown'),
      el('p', { class: 'message' }, reason(error)),
      el('p', null, el('a', { href: toHash({ ...filtersOf(state), q: '' }) }, 'Back to the overview')),
    );
    result = { title: 'Not found', facets: null, status: reason(error) };
  }

  document.title = `${result.title} — Corpus explorer`;
  status.textContent = result.status || '';
  if (result.facets) {
    filters.hidden = false;
    renderFilters(filtersBody, state, result.facets, (change) => navigate({ ...state, ...change, page: 1 }), api.entityName(state.related));
  } else {
    filters.hidden = true;
    filtersBody.replaceChildren();
  }
  layout.classList.toggle('no-filters', !result.facets);
  updateSections(state);
  if (state.view === 'search') searchBox.setQuery(state.q);
  else if (state.view === 'overview') searchBox.setQuery('');

  const placed = result.after ? result.after() : false;
  if (focusedId && !keepSearchFocus && document.getElementById(focusedId) && focusedId !== 'view-title') {
    document.getElementById(focusedId).focus({ preventScroll: true });
  } else if (!initial && !placed && !keepSearchFocus) {
    window.scrollTo(0, 0);
    document.getElementById('view-title')?.focus({ preventScroll: true });
  } else if (!placed && !initial) {
    window.scrollTo(0, 0);
  }
  // The hash this drawing is for: tests (and embedders) wait on it rather than on the hash alone.
  app.dataset.drawn = location.hash;
}

/** Section links keep the filters and show which section is on screen. */
function updateSections(state) {
  for (const link of document.querySelectorAll('#section-links a')) {
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

start();
