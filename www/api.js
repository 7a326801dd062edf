// Thin wrapper over the wasm Explorer: keeps ids as the API gives them and caches the small, fixed lists.

export class Api {
  constructor(explorer) {
    this.explorer = explorer;
    this.allDocuments = explorer.documents();
    this.docIds = new Map(this.allDocuments.map((d) => [String(d.id), d.id]));
    this.docsById = new Map(this.allDocuments.map((d) => [String(d.id), d]));
    this.entityIds = new Map();
    this.stats = explorer.stats();
    this.remember(explorer.entities());
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
