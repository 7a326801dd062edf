// @ts-check
// Entity profile: name, type, spellings, role lines, quotes, every mention in context with a link into the article, typed relations grouped by type, and names in the same sentence.

import { append, el, plural } from '../dom.js';
import { documentFacets, typeFacet } from '../filters.js';
import { apiFilter, hasFilters } from '../state.js';
import { relationHeading } from '../relations.js';
import { docLink, entityLink, hrefFor, message, nameRanges, passage, quoteItem, typeBadge, viewHeading } from './common.js';

export function renderProfile(api, state, root, app) {
  const entity = api.entity(state.entity);
  const mentionCount = entity.mentionCount ?? entity.mentions.length;
  const aliases = (entity.aliases || []).filter((alias) => alias !== entity.name);

  // The facet filters narrow the mentions (by document) and the related entities (by type).
  const allowedDocs = new Set(api.documents(apiFilter(state, ['type'])).map((d) => String(d.id)));
  const mentions = entity.mentions.filter((m) => allowedDocs.has(String(m.doc)));
  const allLinks = entity.relations?.length ? entity.relations : api.neighbors(state.entity, {});
  const links = allLinks.filter(
    (link) =>
      (!state.types.length || state.types.includes(link.other.type)) &&
      (!hasFilters(state) || link.evidence.some((e) => allowedDocs.has(String(e.doc)))),
  );

  append(root, 
    el(
      'header',
      { class: 'profile-header' },
      viewHeading(entity.name, ' ', typeBadge(entity.type)),
      entity.unnamed ? el('p', { class: 'muted' }, 'The articles speak of this person without giving a name; the heading describes them.') : null,
      aliases.length ? el('p', { class: 'aliases' }, 'Also spelled ', joinList(aliases.map((a) => el('span', { class: 'alias' }, a)))) : null,
      el('p', { class: 'profile-counts' }, `${plural(mentionCount, 'mention')} in ${plural(entity.documents ?? new Set(entity.mentions.map((m) => m.doc)).size, 'document')}.`),
      actions(state, entity),
      tools(app.shareUrl(state), app.page),
      el('p', { class: 'print-only print-source' }, `Corpus explorer: ${app.shareUrl(state)}`),
    ),
    rolesSection(state, entity),
    quotesSection(state, entity, allowedDocs),
    relationsSection(state, entity, links.filter((link) => link.type !== 'co-mention'), allowedDocs),
    mentionsSection(state, entity, mentions),
    coMentionSection(state, entity, links.filter((link) => link.type === 'co-mention'), allowedDocs),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit, 'type'])));
  facets.outlet = restrictTo(facets.outlet, entity.mentions, api, (d) => d.outlet);
  facets.year = restrictTo(facets.year, entity.mentions, api, (d) => (d.published || '').slice(0, 4));
  facets.type = typeFacet(allLinks.map((link) => link.other));
  return {
    title: entity.name,
    facets,
    status: `${entity.name}: ${plural(mentions.length, 'mention')}${mentions.length !== entity.mentions.length ? ' with the filters' : ''}.`,
  };
}

/** Counts of the entity's mentioned documents per facet value (so the numbers say what a filter leaves). */
function restrictTo(options, mentions, api, keyOf) {
  const docs = new Set(mentions.map((m) => String(m.doc)));
  const counts = new Map();
  for (const id of docs) {
    const doc = api.docsById.get(id);
    if (doc) counts.set(keyOf(doc), (counts.get(keyOf(doc)) || 0) + 1);
  }
  return options.map((o) => ({ value: o.value, count: counts.get(o.value) || 0 }));
}

function joinList(items) {
  const out = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? ' and ' : ', ');
    out.push(item);
  });
  return out;
}

/** What the text says the entity is ("head of …", "67-year-old pensioner"), each linked to its sentence. */
function rolesSection(state, entity) {
  const roles = entity.roles || [];
  if (!roles.length) return null;
  return el(
    'section',
    { class: 'roles', 'aria-labelledby': 'roles-heading' },
    el('h3', { id: 'roles-heading' }, 'Described as'),
    el(
      'ul',
      { class: 'role-list' },
      roles.map((role) =>
        el(
          'li',
          null,
          el('span', { class: 'role-text' }, role.text),
          ' — ',
          el(
            'a',
            { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(role.doc), offset: role.sentence.start, end: role.sentence.end }) },
            role.title,
          ),
        ),
      ),
    ),
  );
}

function mentionsSection(state, entity, mentions) {
  const byDoc = new Map();
  for (const mention of mentions) {
    const key = String(mention.doc);
    if (!byDoc.has(key)) byDoc.set(key, { doc: mention.doc, title: mention.title, items: [] });
    byDoc.get(key).items.push(mention);
  }
  return el(
    'section',
    { class: 'mentions', 'aria-labelledby': 'mentions-heading' },
    el('h3', { id: 'mentions-heading' }, 'Mentions ', el('span', { class: 'count' }, `(${mentions.length})`)),
    mentions.length
      ? [...byDoc.values()].map((group) =>
          el(
            'article',
            { class: 'mention-group' },
            el('h4', null, docLink(state, group.doc, group.title)),
            el(
              'ol',
              { class: 'mention-list' },
              group.items.map((mention) => {
                const sentence = mention.sentence;
                const range = [mention.start - sentence.start, mention.end - sentence.start];
                return el(
                  'li',
                  null,
                  passage(sentence.text, [range]),
                  el(
                    'a',
                    { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(mention.doc), offset: mention.start, end: mention.end }) },
                    'Read in the article',
                    el('span', { class: 'visually-hidden' }, `: ${group.title}`),
                  ),
                );
              }),
            ),
          ),
        )
      : message(entity.mentions.length ? 'No mention in the documents that match the filters.' : 'No mention recorded.'),
  );
}

/** Where to go from here: the graph around the entity, its timeline, a path, or every view narrowed to its neighbours. */
function actions(state, entity) {
  const id = String(entity.id);
  return el(
    'p',
    { class: 'profile-actions' },
    el('a', { href: hrefFor(state, { view: 'graph', focus: id }) }, 'Graph around ' + entity.name),
    el('a', { href: hrefFor(state, { view: 'timeline', entity: id }) }, 'Timeline'),
    el('a', { href: hrefFor(state, { view: 'path', from: id }) }, 'Find a path to…'),
    el('a', { href: hrefFor(state, { view: 'entities', related: id }) }, 'Names related to ' + entity.name),
  );
}

/** Copy a link to this profile (the page's deep link; from a widget, the full page's) and, on the page, print it. */
function tools(url, canPrint) {
  const status = el('span', { class: 'tool-status', role: 'status' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.replaceChildren('Link copied.');
    } catch {
      // No clipboard (permission, old browser): the link, selected, to copy by hand.
      const field = el('input', { type: 'text', readonly: true, value: url, class: 'copy-field', 'aria-label': 'Link to this profile' });
      status.replaceChildren(field);
      field.select();
    }
  };
  return el(
    'p',
    { class: 'profile-tools' },
    el('button', { type: 'button', class: 'tool-button', onclick: copy }, 'Copy link'),
    canPrint ? el('button', { type: 'button', class: 'tool-button', onclick: () => window.print() }, 'Print with evidence') : null,
    status,
  );
}

/** What the entity said, as quoted, each linked to the quoted words in the article. */
function quotesSection(state, entity, allowedDocs) {
  const quotes = (entity.quotes || []).filter((q) => !hasFilters(state) || allowedDocs.has(String(q.doc)));
  if (!quotes.length) return null;
  return el(
    'section',
    { class: 'quotes', 'aria-labelledby': 'quotes-heading' },
    el('h3', { id: 'quotes-heading' }, 'Quoted ', el('span', { class: 'count' }, `(${quotes.length})`)),
    el('ul', { class: 'quote-list' }, quotes.map((quote) => quoteItem(state, quote, false))),
  );
}

function evidenceDetails(state, link, names, allowedDocs) {
  const other = link.other;
  const evidence = link.evidence.filter((e) => !hasFilters(state) || allowedDocs.has(String(e.doc)));
  const marks = (text) => nameRanges(text, [...names, other.name, ...(other.aliases || [])]);
  return el(
    'details',
    { class: 'evidence', open: evidence.length <= 2 ? true : null },
    el('summary', null, `Evidence (${evidence.length})`),
    el(
      'ol',
      null,
      evidence.map((item) =>
        el('li', null, passage(item.text, marks(item.text)), el('p', { class: 'evidence-source' }, docLink(state, item.doc, item.title, item.start, item.end))),
      ),
    ),
  );
}

function linkItem(state, entity, link, allowedDocs) {
  const names = [entity.name, ...(entity.aliases || [])];
  return el(
    'li',
    { class: ['relation', `family-${link.family}`] },
    el(
      'p',
      { class: 'relation-head' },
      entityLink(state, link.other),
      ' ',
      typeBadge(link.other.type),
      el('span', { class: 'count' }, ` · ${plural(link.evidence.length, 'sentence')}`),
    ),
    evidenceDetails(state, link, names, allowedDocs),
  );
}

/** Stated relations grouped by how they read from this entity ("Spouse of", "Headed by"), each citing its sentences. */
function relationsSection(state, entity, links, allowedDocs) {
  const groups = new Map();
  for (const link of links) {
    const heading = relationHeading(link.type, !link.directed || link.source === String(entity.id) || link.source === entity.id, link.former);
    if (!groups.has(heading)) groups.set(heading, { family: link.family, links: [] });
    groups.get(heading).links.push(link);
  }
  return el(
    'section',
    { class: 'relations', 'aria-labelledby': 'relations-heading' },
    el('h3', { id: 'relations-heading' }, 'Relations ', el('span', { class: 'count' }, `(${links.length})`)),
    links.length
      ? [...groups].map(([heading, group]) =>
          el(
            'section',
            { class: ['relation-group', `family-${group.family}`] },
            el('h4', { class: 'relation-group-title' }, heading),
            el('ul', { class: 'relation-list' }, group.links.map((link) => linkItem(state, entity, link, allowedDocs))),
          ),
        )
      : el('p', { class: 'muted' }, hasFilters(state) ? 'No stated relation with the filters.' : 'No relation is stated in the articles; names in the same sentence are listed below.'),
  );
}

/** Names in the same sentence: a weaker link, kept apart from stated relations. */
function coMentionSection(state, entity, links, allowedDocs) {
  return el(
    'section',
    { class: 'relations co-mentions', 'aria-labelledby': 'co-mentions-heading' },
    el('h3', { id: 'co-mentions-heading' }, 'Named in the same sentence ', el('span', { class: 'count' }, `(${links.length})`)),
    links.length
      ? [
          el('p', { class: 'muted' }, 'Being named together says nothing more about how they are connected; each sentence is shown.'),
          el('ul', { class: 'relation-list' }, links.map((link) => linkItem(state, entity, link, allowedDocs))),
        ]
      : message(hasFilters(state) ? 'No name in the same sentence with the filters.' : 'No other name in the same sentence.'),
  );
}
