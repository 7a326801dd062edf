// @ts-check
// Pieces shared by the views: links that keep the filters, entity and document labels, hits, pagination.

import { dateEl, el, markedText, plural } from '../dom.js';
import { filtersOf, toHash } from '../state.js';

/** href for a view, keeping the current facet filters. */
export function hrefFor(state, partial) {
  return toHash({ ...filtersOf(state), q: '', ...partial });
}

export function entityLink(state, entity, ...children) {
  return el(
    'a',
    { href: hrefFor(state, { view: 'entity', entity: String(entity.id) }), class: ['entity-link', `type-${entity.type}`, entity.unnamed ? 'unnamed' : null] },
    children.length ? children : entity.name,
  );
}

export function typeBadge(type) {
  return el('span', { class: ['type-badge', `type-${type}`] }, type);
}

/** "Title" link to the reader, optionally at [start, end). */
export function docLink(state, doc, title, start = null, end = null) {
  return el(
    'a',
    { href: hrefFor(state, { view: 'doc', doc: String(doc), offset: start, end }), class: 'doc-link' },
    title || 'Untitled',
  );
}

/** "RFE/RL · 12 March 2021" */
export function docMeta(outlet, published, ...more) {
  return el('span', { class: 'doc-meta' }, outlet || 'unknown outlet', ' · ', dateEl(published), more);
}

/** A sentence with marks, as a <blockquote>-like block. */
export function passage(text, ranges, markClass) {
  return el('p', { class: 'passage' }, markedText(text, ranges, markClass));
}

/** The view's main heading, focusable so navigation can move focus to it. */
export function viewHeading(text, ...extra) {
  return el('h2', { class: 'view-title', tabindex: '-1', id: 'view-title' }, text, extra);
}

/**
 * Previous / numbered / next page links; `page` is 1-based.
 * Returns null when everything fits on one page.
 */
export function pagination(state, { total, pageSize, label }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const page = Math.min(state.page, pages);
  const link = (n, text, rel) =>
    n === page
      ? el('span', { class: 'page current', 'aria-current': 'page' }, text)
      : el('a', { class: 'page', href: toHash({ ...state, page: n }), rel, 'aria-label': rel ? null : `Page ${n}` }, text);
  const numbers = [];
  for (let n = 1; n <= pages; n += 1) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) numbers.push(link(n, String(n)));
    else if (numbers[numbers.length - 1]?.textContent !== '…') numbers.push(el('span', { class: 'page gap' }, '…'));
  }
  return el(
    'nav',
    { class: 'pagination', 'aria-label': label || 'Pages' },
    page > 1 ? link(page - 1, '← Previous', 'prev') : el('span', { class: 'page disabled' }, '← Previous'),
    numbers,
    page < pages ? link(page + 1, 'Next →', 'next') : el('span', { class: 'page disabled' }, 'Next →'),
  );
}

/** "3 mentions · 2 documents" for an EntitySummary. */
export function entityCounts(entity) {
  const mentions = entity.mentionCount ?? (typeof entity.mentions === 'number' ? entity.mentions : entity.mentions?.length ?? 0);
  return `${plural(mentions, 'mention')} · ${plural(entity.documents ?? 0, 'document')}`;
}

/** A short message block (empty results, errors inside a view). */
export function message(text, ...more) {
  return el('div', { class: 'message' }, el('p', null, text), more);
}

/** Ranges in `text` where any of `names` occurs (case-insensitive), to mark names in evidence sentences. */
export function nameRanges(text, names) {
  const lower = text.toLowerCase();
  const ranges = [];
  for (const name of names) {
    if (!name || name.length < 2) continue;
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  return ranges;
}

/** One quote: the words, to whom they were said if named, and a link to them in the article. */
export function quoteItem(state, quote, withSpeaker) {
  return el(
    'li',
    { class: 'quote' },
    el('blockquote', { class: 'quote-text' }, el('p', null, `“${quote.text.replace(/^[\s“”"]+|[\s“”",]+$/g, '')}”`)),
    el(
      'p',
      { class: 'quote-source' },
      withSpeaker ? ['— ', entityLink(state, quote.speaker), quote.outlet ? ' to ' : ', in '] : quote.outlet ? 'To ' : 'In ',
      quote.outlet ? [entityLink(state, quote.outlet), ', in '] : null,
      docLink(state, quote.doc, quote.title, quote.start, quote.end),
    ),
  );
}
