// @ts-check
// Path view: two names chosen with comboboxes, and the cheapest chain of links between them, each hop with the sentences that make it.

import { append, el, plural } from '../dom.js';
import { entityPicker } from '../entity-picker.js';
import { FAMILY_LABELS, RELATION_FAMILIES, relationPhrase } from '../relations.js';
import { PATH_HOPS } from '../state.js';
import { docLink, entityLink, hrefFor, message, nameRanges, passage, viewHeading } from './common.js';

const SHOWN_EVIDENCE = 3;
/** Every family but co-mention: "stated relations only". */
const STATED = RELATION_FAMILIES.filter((family) => family !== 'co-mention');

export function renderPath(api, state, root, app) {
  const named = (id) => (id ? api.entityBrief(id) : null);
  const from = named(state.from);
  const to = named(state.to);
  const statedOnly = state.rel.length > 0 && !state.rel.includes('co-mention');

  let result = null;
  if (from && to) {
    const options = { maxHops: state.hops };
    if (statedOnly) options.types = STATED;
    result = api.path(state.from, state.to, options);
  }

  const form = el(
    'form',
    { class: 'path-form', onsubmit: (event) => event.preventDefault(), 'aria-label': 'Choose two names' },
    entityPicker({ id: 'path-from', label: 'From', chosen: from, suggest: (p, n) => api.suggest(p, n), onChoose: (id) => app.navigate({ ...state, from: id }) }),
    entityPicker({ id: 'path-to', label: 'To', chosen: to, suggest: (p, n) => api.suggest(p, n), onChoose: (id) => app.navigate({ ...state, to: id }) }),
    el(
      'label',
      { class: 'path-option' },
      el('input', { type: 'checkbox', name: 'stated', checked: statedOnly, onchange: (event) => app.navigate({ ...state, rel: event.target.checked ? STATED : [] }) }),
      ' Stated relations only (not names that merely share a sentence)',
    ),
    el(
      'label',
      { class: 'path-option' },
      'At most ',
      el(
        'select',
        { name: 'hops', onchange: (event) => app.navigate({ ...state, hops: Number(event.target.value) }) },
        PATH_HOPS.map((n) => el('option', { value: String(n), selected: n === state.hops }, String(n))),
      ),
      ' links',
    ),
  );

  append(
    root,
    viewHeading('Path between two names'),
    el(
      'p',
      { class: 'lede' },
      'The shortest chain of links from one name to another. Stated relations (spouse of, head of, met with…) are preferred: a link that only means “named in the same sentence” counts as three. Every link shows the sentences that make it.',
    ),
    form,
    result ? pathResult(api, state, result, from, to) : message('Choose two names to see how the articles connect them.'),
  );

  return {
    title: from && to ? `Path from ${from.name} to ${to.name}` : 'Path between two names',
    facets: null,
    status: result ? (result.found ? `${plural(result.hops.length, 'link')} from ${from.name} to ${to.name}.` : `No path from ${from.name} to ${to.name}.`) : '',
  };
}

function pathResult(api, state, result, from, to) {
  if (!result.found) {
    return message(
      `No chain of at most ${plural(state.hops, 'link')} joins ${from.name} and ${to.name}.`,
      state.hops < 8 ? el('a', { href: hrefFor(state, { view: 'path', from: state.from, to: state.to, rel: state.rel, hops: 8 }) }, 'Allow up to 8 links') : null,
    );
  }
  if (!result.hops.length) return message(`${from.name} is where the path starts and ends.`);
  return el(
    'section',
    { class: 'path', 'aria-labelledby': 'path-heading' },
    el('h3', { id: 'path-heading' }, `${plural(result.hops.length, 'link')} from ${from.name} to ${to.name}`),
    el(
      'ol',
      { class: 'path-hops' },
      result.hops.map((hop) => {
        const evidence = hop.evidence;
        const [a, b] = [api.entityBrief(hop.source), api.entityBrief(hop.target)];
        // The sentence reads "source type target"; walked backwards it reads from the other end.
        const phrase = relationPhrase(hop.type, !hop.reversed, hop.former);
        const marks = (text) => nameRanges(text, [a.name, ...a.aliases, b.name, ...b.aliases]);
        const item = (e) => el('li', null, passage(e.text, marks(e.text)), el('p', { class: 'evidence-source' }, docLink(state, e.doc, e.title, e.start, e.end)));
        return el(
          'li',
          { class: ['hop', `family-${hop.family}`] },
          el(
            'p',
            { class: 'hop-head' },
            entityLink(state, a),
            ' ',
            el('span', { class: 'relation-type' }, phrase),
            ' ',
            entityLink(state, b),
            el('span', { class: 'count' }, ` · ${hop.family === 'co-mention' ? '' : `${FAMILY_LABELS[hop.family]} · `}${plural(evidence.length, 'sentence')}`),
          ),
          el('ol', { class: 'hop-evidence' }, evidence.slice(0, SHOWN_EVIDENCE).map(item)),
          evidence.length > SHOWN_EVIDENCE
            ? el('details', { class: 'evidence' }, el('summary', null, `${plural(evidence.length - SHOWN_EVIDENCE, 'more sentence')}`), el('ol', { class: 'hop-evidence', start: String(SHOWN_EVIDENCE + 1) }, evidence.slice(SHOWN_EVIDENCE).map(item)))
            : null,
        );
      }),
    ),
  );
}
