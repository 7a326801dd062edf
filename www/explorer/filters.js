// @ts-check
// Facet filters (outlet, year, entity type) with counts; every change narrows all views at once.

import { el, replace } from './dom.js';
import { ENTITY_TYPES } from './state.js';

/** @typedef {import('./state.js').State} State */
/** @typedef {import('../pkg/corpus_explorer.js').FacetValue} FacetValue */
/** @typedef {{outlet?: FacetValue[], year?: FacetValue[], type?: FacetValue[]}} Facets */

export const TYPE_LABELS = { person: 'People', organization: 'Organizations', place: 'Places', group: 'Groups' };

function slug(value) {
  return String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function countLabel(count) {
  return el('span', { class: 'facet-count', 'aria-label': `(${count})` }, String(count));
}

function checkboxFacet({ name, legend, options, selected, labelOf, onToggle }) {
  const values = new Map(options.map((o) => [o.value, o.count]));
  for (const value of selected) if (!values.has(value)) values.set(value, 0);
  const items = [...values].map(([value, count]) => {
    const id = `filter-${name}-${slug(value)}`;
    const checked = selected.includes(value);
    return el(
      'li',
      null,
      el('input', {
        type: 'checkbox',
        id,
        name,
        value,
        checked,
        disabled: !checked && count === 0,
        onchange: (event) => onToggle(value, event.target.checked),
      }),
      el('label', { for: id }, el('span', { class: 'facet-value' }, labelOf(value)), countLabel(count)),
    );
  });
  return el(
    'fieldset',
    { class: 'facet' },
    el('legend', null, legend),
    items.length ? el('ul', { class: 'facet-options' }, items) : el('p', { class: 'muted' }, 'None'),
  );
}

function yearFacet({ options, selected, onSelect }) {
  const values = new Map(options.map((o) => [o.value, o.count]));
  if (selected && !values.has(selected)) values.set(selected, 0);
  const sorted = [...values].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const radio = (value, label, count) => {
    const id = `filter-year-${value || 'any'}`;
    return el(
      'li',
      null,
      el('input', {
        type: 'radio',
        id,
        name: 'year',
        value,
        checked: selected === value,
        onchange: () => onSelect(value),
      }),
      el('label', { for: id }, el('span', { class: 'facet-value' }, label), count === null ? null : countLabel(count)),
    );
  };
  return el(
    'fieldset',
    { class: 'facet' },
    el('legend', null, 'Year'),
    el(
      'ul',
      { class: 'facet-options' },
      radio('', 'Any year', null),
      sorted.map(([value, count]) => radio(String(value), String(value), count)),
    ),
  );
}

/** "Related to X": the entity every view is narrowed to the neighbours of, with a button that drops it. */
function relatedFacet(name, onClear) {
  return el(
    'fieldset',
    { class: 'facet' },
    el('legend', null, 'Related to'),
    el(
      'p',
      { class: 'related-filter' },
      el('span', { class: 'related-name' }, name),
      ' ',
      el('button', { type: 'button', class: 'link-button', onclick: onClear, 'aria-label': `Stop narrowing to names related to ${name}` }, 'Remove'),
    ),
  );
}

/**
 * Draws the facets into `container`.
 * @param {HTMLElement} container
 * @param {State} state
 * @param {Facets} facets  counts per value of each facet (type may be absent)
 * @param {(change: Partial<State>) => void} onChange  receives the changed part of the state ({outlets} | {year} | {types} | {related} | all)
 * @param {string} [relatedName]  the name of the entity `state.related` names (shown instead of its id)
 */
export function renderFilters(container, state, facets, onChange, relatedName = state.related) {
  const toggle = (list, value, on) => (on ? [...list, value] : list.filter((v) => v !== value));
  const groups = [
    checkboxFacet({
      name: 'outlet',
      legend: 'Outlet',
      options: facets.outlet || [],
      selected: state.outlets,
      labelOf: (v) => v,
      onToggle: (value, on) => onChange({ outlets: toggle(state.outlets, value, on) }),
    }),
    yearFacet({ options: facets.year || [], selected: state.year, onSelect: (year) => onChange({ year }) }),
  ];
  if (facets.type) {
    groups.push(
      checkboxFacet({
        name: 'type',
        legend: 'Entity type',
        options: ENTITY_TYPES.map((value) => ({
          value,
          count: facets.type?.find((option) => option.value === value)?.count ?? 0,
        })),
        selected: state.types,
        labelOf: (v) => TYPE_LABELS[v] || v,
        onToggle: (value, on) => onChange({ types: toggle(state.types, value, on) }),
      }),
    );
  }
  if (state.related) groups.unshift(relatedFacet(relatedName, () => onChange({ related: '' })));
  const active = state.outlets.length > 0 || state.year || state.types.length > 0 || state.related;
  replace(
    container,
    groups,
    active
      ? el(
          'button',
          { type: 'button', class: 'link-button', onclick: () => onChange({ outlets: [], year: '', types: [], related: '' }) },
          'Clear filters',
        )
      : null,
  );
}

/** Facet counts over documents (for views without a search): {outlet, year}. */
export function documentFacets(documentsFor) {
  const count = (docs, keyOf) => {
    const counts = new Map();
    for (const doc of docs) {
      const key = keyOf(doc);
      if (key) counts.set(key, (counts.get(key) || 0) + 1);
    }
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  };
  return {
    outlet: count(documentsFor('outlet'), (d) => d.outlet),
    year: count(documentsFor('year'), (d) => (d.published || '').slice(0, 4)),
  };
}

/** Entity counts per type (for views without a search), given the entities matching the other filters. */
export function typeFacet(entities) {
  const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0]));
  for (const entity of entities) if (entity.type in counts) counts[entity.type] += 1;
  return Object.entries(counts).map(([value, count]) => ({ value, count }));
}
