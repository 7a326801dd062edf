// @ts-check
// Thin wrapper over the wasm Explorer: keeps ids as the API gives them and caches the small, fixed lists.

/** @typedef {import('../pkg/corpus_explorer.js').Explorer} Explorer */
/** @typedef {import('../pkg/corpus_explorer.js').EntityFilter} EntityFilter */

/**
 * No filter: everything. The engine's filter parameters are optional (`Option<JsValue>` in src/bindings.rs), but the
 * generated types declare them required, so "no argument" is spelled as an explicit undefined of the filter's type.
 */
const NO_FILTER = /** @type {EntityFilter} */ (/** @type {unknown} */ (undefined));

export class Api {
  /** @param {Explorer} explorer  the wasm engine */
  constructor(explorer) {
    this.explorer = explorer;
    this.allDocuments = explorer.documents(NO_FILTER);
    this.docIds = new Map(this.allDocuments.map((d) => [String(d.id), d.id]));
    this.docsById = new Map(this.allDocuments.map((d) => [String(d.id), d]));
    this.entityIds = new Map();
    this.briefs = new Map();
    this.stats = explorer.stats();
    this.remember(explorer.entities(NO_FILTER));
  }

  /** The id value the API expects for an id read from the URL (ids may be numbers or strings). */
  docId(text) {
    return this.docIds.has(text) ? this.docIds.get(text) : text;
  }

  entityId(text) {
    if (this.entityIds.has(text)) return this.entityIds.get(text);
    return /^\d+$/.test(text) && this.numericEntityIds ? Number(text) : text;
  }

  remember(entities) {
    for (const entity of entities || []) {
      this.entityIds.set(String(entity.id), entity.id);
      if (entity.name && entity.type) this.briefs.set(String(entity.id), { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases || this.briefs.get(String(entity.id))?.aliases || [] });
      this.numericEntityIds = typeof entity.id === 'number';
    }
    return entities;
  }

  documents(filter) {
    return this.explorer.documents(filter);
  }

  document(id) {
    const doc = this.explorer.document(this.docId(id));
    this.remember((doc.mentions || []).map((m) => ({ id: m.entity })));
    return doc;
  }

  entities(filter) {
    return this.remember(this.explorer.entities(filter));
  }

  entity(id) {
    const entity = this.explorer.entity(this.entityId(id));
    this.remember([entity, ...(entity.relations || []).map((link) => link.other)]);
    return entity;
  }

  neighbors(id, options) {
    const links = this.explorer.neighbors(this.entityId(id), options);
    this.remember(links.map((link) => link.other));
    return links;
  }

  search(query, options) {
    const result = this.explorer.search(query, options);
    this.remember(result.entities);
    return result;
  }

  /** {id, name, type} of entity `id` (for labels like "Related to X"); the id as name when unknown. */
  entityBrief(id) {
    const key = String(id);
    if (!this.briefs.has(key)) {
      try {
        this.remember([this.explorer.entity(this.entityId(key))]);
      } catch {
        return { id: key, name: key, type: 'unknown', aliases: [] };
      }
    }
    return this.briefs.get(key);
  }

  entityName(id) {
    return id ? this.entityBrief(id).name : '';
  }

  graph(filter, options) {
    const graph = this.explorer.graph(filter, options);
    this.remember(graph.nodes);
    return graph;
  }

  timeline(filter, options) {
    const events = this.explorer.timeline(filter, options);
    this.remember(events.flatMap((event) => event.entities));
    return events;
  }

  figures(filter) {
    const groups = this.explorer.figures(filter);
    this.remember(groups.flatMap((group) => group.figures.map((figure) => figure.source).filter(Boolean)));
    return groups;
  }

  quotes(filter, options) {
    const quotes = this.explorer.quotes(filter, options);
    this.remember(quotes.flatMap((quote) => [quote.speaker, quote.outlet].filter(Boolean)));
    return quotes;
  }

  path(from, to, options) {
    return this.explorer.path(this.entityId(from), this.entityId(to), options);
  }

  /** The export as text: format 'json', 'graphml', 'csv' (nodes) or 'csv-edges'. */
  exportText(format) {
    return this.explorer.export(format);
  }

  suggest(prefix, limit) {
    const suggestions = this.explorer.suggest(prefix, limit);
    this.remember(suggestions.filter((s) => s.kind === 'entity'));
    return suggestions;
  }
}

/** The message of whatever a wasm call threw. */
export function reason(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
