// @ts-check
// Search results: matching names first, then hit sentences with the matched words marked, and pages.

import { append, el, plural } from '../dom.js';
import { apiFilter, hasFilters, toHash } from '../state.js';
import { docLink, docMeta, entityCounts, entityLink, message, pagination, passage, quoteItem, typeBadge, viewHeading } from './common.js';

export const PAGE_SIZE = 10;

/** Lower-cased, accent-free words of the query, to tell a variant spelling from what was typed. */
function foldWords(text) {
  return new Set(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

function variantSpellings(matched, typed) {
  const seen = new Set();
  const variants = [];
  for (const spelling of matched || []) {
    const folded = [...foldWords(spelling)];
    if (folded.length && folded.every((w) => typed.has(w))) continue;
    const key = spelling.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      variants.push(spelling);
    }
  }
  return variants;
}

export function renderSearch(api, state, root, app) {
  const query = state.q;
  const options = { ...apiFilter(state), limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE };
  const result = api.search(query, options);
  const typed = foldWords(query);
  const first = options.offset + 1;

  const heading = query ? viewHeading('Results for ', el('q', null, query)) : viewHeading('Search');
  const notice = result.notice ? el('p', { class: 'notice', role: 'note' }, result.notice) : null;

  const entities = result.entities?.length
    ? el(
        'section',
        { class: 'matching-entities', 'aria-labelledby': 'matching-entities-heading' },
        el('h3', { id: 'matching-entities-heading' }, 'Names matching ', el('q', null, query)),
        el(
          'ul',
          { class: 'chips' },
          result.entities.slice(0, 12).map((entity) =>
            el('li', null, entityLink(state, entity, el('span', { class: 'chip-name' }, entity.name), ' ', typeBadge(entity.type), el('span', { class: 'chip-meta' }, entityCounts(entity)))),
          ),
        ),
      )
    : null;

  let hits;
  if (result.hits.length) {
    hits = el(
      'section',
      { class: 'hits', 'aria-labelledby': 'hits-heading' },
      el(
        'h3',
        { id: 'hits-heading' },
        'Passages ',
        el('span', { class: 'count' }, `(${first}–${first + result.hits.length - 1} of ${result.total})`),
      ),
      el(
        'ol',
        { class: 'hit-list', start: String(first) },
        result.hits.map((hit) => {
          const variants = variantSpellings(hit.matched, typed);
          return el(
            'li',
            { class: 'hit' },
            passage(hit.text, hit.highlights),
            el(
              'p',
              { class: 'hit-source' },
              docMeta(hit.outlet, hit.published),
              ' · ',
              docLink(state, hit.doc, hit.title, hit.start, hit.end),
              variants.length ? el('span', { class: 'matched-note' }, ` · matched ${variants.join(', ')}`) : null,
            ),
          );
        }),
      ),
      pagination(state, { total: result.total, pageSize: PAGE_SIZE, label: 'Pages of results' }),
    );
  } else if (result.total > 0) {
    hits = message(
      `This page is past the last of ${plural(result.total, 'passage')}.`,
      el('a', { href: toHash({ ...state, page: 1 }) }, 'Back to the first page'),
    );
  } else if (query) {
    hits = message(
      `No passage matches “${query}”${hasFilters(state) ? ' with the current filters' : ''}.`,
      hasFilters(state)
        ? el(
            'button',
            { type: 'button', class: 'link-button', onclick: () => app.navigate({ ...state, outlets: [], year: '', types: [], related: '', page: 1 }) },
            'Search without filters',
          )
        : result.suggestion
          ? el('p', null, 'Did you mean ', el('a', { href: toHash({ ...state, q: result.suggestion, page: 1 }), class: 'suggestion-link' }, result.suggestion), '?')
          : el('p', { class: 'muted' }, 'Names are matched whatever the spelling; try a shorter word or another spelling.'),
    );
  } else {
    hits = message('Type a word or a name in the search box above.');
  }

  const quotes = result.quotes?.length && state.page === 1
    ? el(
        'section',
        { class: 'quotes matching-quotes', 'aria-labelledby': 'matching-quotes-heading' },
        el('h3', { id: 'matching-quotes-heading' }, 'Quotes with ', el('q', null, query), ' ', el('span', { class: 'count' }, `(${result.quotes.length})`)),
        el('ul', { class: 'quote-list' }, result.quotes.map((quote) => quoteItem(state, quote, true))),
      )
    : null;

  append(root, heading, notice, entities, quotes, hits);
  const count = query
    ? `${plural(result.total, 'passage')} ${result.total === 1 ? 'matches' : 'match'} “${query}”${hasFilters(state) ? ' with the filters' : ''}.`
    : 'No query.';
  return { title: query ? `“${query}”` : 'Search', facets: result.facets, status: count, total: result.total };
}
