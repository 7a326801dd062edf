// Overview: the documents (outlet, date, title) and the most mentioned people, organizations, places and groups.

import { append, el, plural } from '../dom.js';
import { downloadForm } from '../download.js';
import { documentFacets, TYPE_LABELS, typeFacet } from '../filters.js';
import { apiFilter, ENTITY_TYPES, hasFilters } from '../state.js';
import { docLink, docMeta, entityLink, hrefFor, message, viewHeading } from './common.js';

const TOP = 10;

export function renderOverview(api, state, root) {
  const filter = apiFilter(state);
  const documents = api.documents(filter);
  const types = state.types.length ? ENTITY_TYPES.filter((t) => state.types.includes(t)) : ENTITY_TYPES;

  const documentList = documents.length
    ? el(
        'ol',
        { class: 'doc-list' },
        documents.map((doc) =>
          el(
            'li',
            { class: 'doc-item' },
            el('h4', { class: 'doc-title' }, docLink(state, doc.id, doc.title)),
            el(
              'p',
              null,
              docMeta(doc.outlet, doc.published, doc.authors?.length ? ` · ${doc.authors.join(', ')}` : null),
            ),
          ),
        ),
      )
    : message('No document matches the filters.');

  const columns = types.map((type) => {
    const entities = api.entities({ ...apiFilter(state, ['type']), types: [type], limit: TOP });
    const headingId = `top-${type}`;
    return el(
      'section',
      { class: 'top-entities', 'aria-labelledby': headingId },
      el('h4', { id: headingId }, TYPE_LABELS[type]),
      entities.length
        ? el(
            'ol',
            { class: 'ranked' },
            entities.map((entity) =>
              el(
                'li',
                null,
                entityLink(state, entity),
                el('span', { class: 'count', title: 'mentions' }, plural(entity.mentions, 'mention')),
              ),
            ),
          )
        : el('p', { class: 'muted' }, 'None found.'),
      el('p', { class: 'more' }, el('a', { href: hrefFor(state, { view: 'entities', types: [type] }) }, `All ${TYPE_LABELS[type].toLowerCase()} →`)),
    );
  });

  append(root, 
    viewHeading('Overview'),
    el(
      'p',
      { class: 'lede' },
      `${plural(api.stats.documents, 'article')}, ${plural(api.stats.sentences, 'sentence')} and ${plural(api.stats.entities, 'named entity', 'named entities')}. `,
      'Search above, or start from a document or a name. ',
      'See also the ',
      el('a', { href: hrefFor(state, { view: 'graph' }) }, 'graph'),
      ' of who is linked to whom, the ',
      el('a', { href: hrefFor(state, { view: 'timeline' }) }, 'timeline'),
      ', the ',
      el('a', { href: hrefFor(state, { view: 'figures' }) }, 'figures'),
      ' side by side, and a ',
      el('a', { href: hrefFor(state, { view: 'path' }) }, 'path between two names'),
      '.',
    ),
    el(
      'div',
      { class: 'overview-grid' },
      el(
        'section',
        { class: 'documents', 'aria-labelledby': 'documents-heading' },
        el('h3', { id: 'documents-heading' }, 'Documents ', el('span', { class: 'count' }, `(${documents.length})`)),
        documentList,
      ),
      el(
        'section',
        { class: 'entities-summary', 'aria-labelledby': 'entities-heading' },
        el('h3', { id: 'entities-heading' }, 'Most mentioned'),
        el('div', { class: 'top-grid' }, columns),
      ),
    ),
    el('section', { class: 'download', 'aria-labelledby': 'download-heading' }, el('h3', { id: 'download-heading' }, 'Download'), downloadForm(api, 'overview-download')),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit])));
  facets.type = typeFacet(api.entities(apiFilter(state, ['type'])));
  return {
    title: 'Overview',
    facets,
    status: `${plural(documents.length, 'document')}${hasFilters(state) ? ' match the filters' : ''}.`,
  };
}
