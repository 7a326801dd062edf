// @ts-check
// Entity lists by type: every person, organization, place or group, ranked by mentions, with a name filter and pages.

import { append, el, plural } from '../dom.js';
import { documentFacets, TYPE_LABELS, typeFacet } from '../filters.js';
import { apiFilter } from '../state.js';
import { entityLink, message, pagination, typeBadge, viewHeading } from './common.js';

/** @typedef {import('../../pkg/corpus_explorer.js').EntityFilter} EntityFilter */

const PAGE_SIZE = 50;

export function renderEntities(api, state, root, app) {
  /** @type {EntityFilter} */
  const base = apiFilter(state);
  if (state.name) base.query = state.name;
  const all = api.entities(base);
  const page = Math.min(state.page, Math.max(1, Math.ceil(all.length / PAGE_SIZE)));
  const shown = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const kind = state.types.length === 1 ? TYPE_LABELS[state.types[0]] : 'Names';
  const title = state.related ? `${kind} related to ${api.entityName(state.related)}` : kind;

  const nameInput = el('input', {
    type: 'search',
    id: 'entity-name-filter',
    name: 'name',
    value: state.name,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const form = el(
    'form',
    {
      class: 'inline-form',
      role: 'search',
      'aria-label': 'Filter names',
      onsubmit: (event) => {
        event.preventDefault();
        app.navigate({ ...state, name: nameInput.value.trim(), page: 1 });
      },
    },
    el('label', { for: 'entity-name-filter' }, 'Name contains'),
    nameInput,
    el('button', { type: 'submit' }, 'Filter'),
  );

  append(root, 
    viewHeading(title, ' ', el('span', { class: 'count' }, `(${all.length})`)),
    form,
    shown.length
      ? el(
          'table',
          { class: 'entity-table' },
          el('caption', { class: 'visually-hidden' }, `${title}, ranked by mentions`),
          el(
            'thead',
            null,
            el('tr', null, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col', class: 'type-col' }, 'Type'), el('th', { scope: 'col', class: 'num' }, 'Mentions'), el('th', { scope: 'col', class: 'num' }, 'Documents'), el('th', { scope: 'col' }, 'Also spelled')),
          ),
          el(
            'tbody',
            null,
            shown.map((entity) =>
              el(
                'tr',
                null,
                el('th', { scope: 'row' }, entityLink(state, entity)),
                el('td', { class: 'type-col' }, typeBadge(entity.type)),
                el('td', { class: 'num' }, String(entity.mentions)),
                el('td', { class: 'num' }, String(entity.documents)),
                el('td', { class: 'aliases' }, (entity.aliases || []).filter((a) => a !== entity.name).join(', ')),
              ),
            ),
          ),
        )
      : message(state.name ? `No name contains “${state.name}” with these filters.` : 'No name matches the filters.'),
    pagination({ ...state, page }, { total: all.length, pageSize: PAGE_SIZE, label: 'Pages of names' }),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit])));
  /** @type {EntityFilter} */
  const typeBase = apiFilter(state, ['type']);
  if (state.name) typeBase.query = state.name;
  facets.type = typeFacet(api.entities(typeBase));
  return { title, facets, status: `${plural(all.length, 'name')} listed.` };
}
