// @ts-check
// The widget's shell: the parts the app finds by id, as in index.html (keep the two in step), built with DOM calls
// for a shadow root. Instead of the page's header and footer it has a Back button and a link to the full page.
// Every part an embedder may style carries a part= name (README, "Embedding").

import { el } from './dom.js';
import { toHash } from './state.js';
import { SECTIONS } from './views/registry.js';

/**
 * The widget's accessible name (`label`) prefixes the names of its landmarks (the region, search, sections, filters,
 * and through #widget-name the sections of each view), so that several widgets on a page stay distinct.
 * @returns {{root: HTMLElement, back: HTMLButtonElement, fullPage: HTMLAnchorElement, setLabel: (label: string) => void}}
 */
export function buildShell(label) {
  const back = el('button', { type: 'button', class: 'ce-back', part: 'back', disabled: true, title: 'Back' }, el('span', { 'aria-hidden': 'true' }, '←'), el('span', { class: 'visually-hidden' }, 'Back'));
  const fullPage = el(
    'a',
    { class: 'ce-full-page', part: 'full-page-link', target: '_blank', rel: 'noopener', hidden: true },
    'Full page',
    el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
  );
  const search = el(
    'form',
    { class: 'search', id: 'search-form', role: 'search', 'aria-label': 'Search the articles', part: 'search' },
    el('label', { for: 'search-input', class: 'visually-hidden' }, 'Search names and words'),
    el(
      'div',
      { class: 'combo' },
      el('input', {
        id: 'search-input',
        name: 'q',
        type: 'search',
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': 'search-suggestions',
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: 'Names, words…',
        disabled: true,
        part: 'search-input',
      }),
      el('ul', { id: 'search-suggestions', role: 'listbox', 'aria-label': 'Suggestions', hidden: true, part: 'suggestions' }),
    ),
    el('button', { type: 'submit', disabled: true, part: 'button' }, 'Search'),
  );
  const sections = el(
    'nav',
    { class: 'sections', part: 'nav' },
    el('ul', { id: 'section-links' }, SECTIONS.map(({ key, label, view, types }) => el('li', null, el('a', { href: toHash({ view, types: types ?? [] }), dataset: { section: key } }, label)))),
  );
  const main = el(
    'div',
    { id: 'app', class: 'ce-main', 'data-state': 'loading', 'aria-busy': 'true', part: 'main' },
    el(
      'div',
      { id: 'loading', class: 'loading', role: 'status', part: 'loading' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }),
      el('span', null, 'Loading the explorer…'),
      el('progress', { id: 'loading-progress', 'aria-label': 'Loading the explorer', hidden: true }),
    ),
    el('div', { id: 'error', class: 'start-error', role: 'alert', hidden: true, part: 'error' }, el('p', { id: 'error-message' }), el('button', { type: 'button', id: 'retry' }, 'Retry')),
    el(
      'div',
      { id: 'layout', class: 'layout', hidden: true },
      el(
        'aside',
        { id: 'filters', class: 'filters', 'aria-labelledby': 'widget-name filters-heading', part: 'filters' },
        el('details', { id: 'filters-details', open: true }, el('summary', null, el('h2', { id: 'filters-heading' }, 'Filters')), el('div', { id: 'filters-body' })),
      ),
      el('div', { id: 'view', class: 'view', tabindex: '-1', part: 'view' }),
    ),
    el('p', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
  );
  const name = el('span', { id: 'widget-name', hidden: true });
  const root = el('div', { class: 'ce-root', role: 'region', part: 'root' }, name, el('div', { class: 'ce-header', part: 'header' }, back, search, el('div', { class: 'ce-nav-row' }, sections, fullPage)), main);
  const setLabel = (text) => {
    name.textContent = text;
    root.setAttribute('aria-label', text);
    search.setAttribute('aria-label', `${text}: search the articles`);
    sections.setAttribute('aria-label', `${text}: sections`);
  };
  setLabel(label);
  return { root, back, fullPage, setLabel };
}
