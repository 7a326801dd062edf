// @ts-check
// Timeline view: dated events oldest first, grouped by year, each with its date at the precision the text gives, its sentence (linked into the article) and its names; narrowed to one name on request.

import { append, el, formatDate, markedText, plural } from '../dom.js';
import { documentFacets, typeFacet } from '../filters.js';
import { apiFilter, hasFilters } from '../state.js';
import { entityLink, hrefFor, message, viewHeading } from './common.js';

const PRECISION_WORDS = { day: 'exact day', month: 'month only', year: 'year only' };
export function renderTimeline(api, state, root, app) {
  const filter = apiFilter(state);
  const everything = api.timeline(filter, {});
  const events = state.entity ? api.timeline(filter, { entity: state.entity }) : everything;
  const name = state.entity ? api.entityName(state.entity) : '';

  const years = new Map();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(event);
  }

  append(
    root,
    viewHeading(state.entity ? `Timeline of ${name}` : 'Timeline'),
    el(
      'p',
      { class: 'lede' },
      'Dated events as the articles give them: a date like “last month” is read against the article’s publication date and kept at the precision the text allows. ',
      el('a', { href: hrefFor(state, { view: 'figures' }) }, 'Figures'),
      ' puts the numbers side by side.',
    ),
    entityChooser(state, everything, name, app),
    events.length
      ? el(
          'div',
          { class: 'timeline' },
          [...years].map(([year, list]) =>
            el(
              'section',
              { class: 'timeline-year', 'aria-labelledby': `year-${year}` },
              el('h3', { id: `year-${year}` }, year, ' ', el('span', { class: 'count' }, `(${list.length})`)),
              el('ol', { class: 'event-list' }, list.map((event) => eventItem(state, event))),
            ),
          ),
        )
      : message(
          everything.length
            ? `No dated event names ${name}${hasFilters(state) ? ' with these filters' : ''}.`
            : hasFilters(state)
              ? 'No dated event with these filters.'
              : 'No dated event has been found in the articles.',
        ),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit, 'type', 'related'])));
  facets.type = typeFacet(api.entities(apiFilter(state, ['type'])));
  return { title: state.entity ? `Timeline of ${name}` : 'Timeline', facets, status: `${plural(events.length, 'dated event')}.` };
}

function eventItem(state, event) {
  const range = [event.start - event.sentence.start, event.end - event.sentence.start];
  return el(
    'li',
    { class: ['event', `precision-${event.precision}`] },
    el(
      'p',
      { class: 'event-date' },
      el('time', { datetime: event.date }, formatDate(event.date)),
      ' ',
      el('span', { class: 'precision', title: `The text gives the ${event.precision === 'day' ? 'day' : event.precision}` }, PRECISION_WORDS[event.precision]),
    ),
    el('p', { class: 'passage' }, markedText(event.sentence.text, [range])),
    el(
      'p',
      { class: 'event-source' },
      el('a', { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(event.doc), offset: event.sentence.start, end: event.sentence.end }) }, event.title),
      event.entities.length ? [' · ', joinNames(state, event.entities)] : null,
    ),
  );
}

function joinNames(state, entities) {
  return el('span', { class: 'event-names' }, entities.map((entity, i) => [i ? ', ' : '', entityLink(state, entity)]));
}

/** A select of the names the events mention (most events first) that narrows the timeline to one. */
function entityChooser(state, events, name, app) {
  const counts = new Map();
  for (const event of events) {
    for (const entity of event.entities) {
      const entry = counts.get(entity.id) || { entity, count: 0 };
      entry.count += 1;
      counts.set(entity.id, entry);
    }
  }
  const options = [...counts.values()].sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
  if (!options.length && !state.entity) return null;
  if (state.entity && !counts.has(state.entity)) options.unshift({ entity: { id: state.entity, name }, count: 0 });
  return el(
    'form',
    { class: 'inline-form', onsubmit: (event) => event.preventDefault() },
    el('label', { for: 'timeline-entity' }, 'Events naming'),
    el(
      'select',
      { id: 'timeline-entity', onchange: (event) => app.navigate({ ...state, entity: event.target.value }) },
      el('option', { value: '', selected: !state.entity }, 'anyone'),
      options.map(({ entity, count }) => el('option', { value: entity.id, selected: entity.id === state.entity }, `${entity.name} (${count})`)),
    ),
  );
}
