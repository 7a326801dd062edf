// @ts-check
// The search box: a WAI-ARIA combobox whose listbox suggests entities, then index terms; "/" focuses it.

import { el, plural, replace } from './dom.js';

/** @typedef {import('../pkg/corpus_explorer.js').Suggestion} Suggestion */

const SUGGESTION_LIMIT = 8;

/**
 * Text for one suggestion: "Qalida Akytkhan (person · 3 documents)" or "akytkhan (term · 5 occurrences)".
 * @param {Suggestion} suggestion
 */
export function suggestionLabel(suggestion) {
  if (suggestion.kind === 'entity') {
    return `${suggestion.label} (${suggestion.type} · ${plural(suggestion.documents ?? 0, 'document')})`;
  }
  return `${suggestion.label} (term · ${plural(suggestion.count ?? 0, 'occurrence')})`;
}

export class SearchBox {
  /**
   * @param {HTMLFormElement} form  the role=search form holding the input and listbox
   * @param {{suggest: (prefix: string, limit: number) => Suggestion[], onSearch: (q: string) => void,
   *          onEntity: (id: string) => void, onFocus?: () => void, keyScope?: Document | ShadowRoot}} handlers
   *   `keyScope` is where "/" focuses the box: the whole page, or (in a widget) only while focus is inside it.
   */
  constructor(form, { suggest, onSearch, onEntity, onFocus = () => {}, keyScope = document }) {
    const input = form.querySelector('[role="combobox"]');
    const listbox = form.querySelector('[role="listbox"]');
    if (!(input instanceof HTMLInputElement) || !(listbox instanceof HTMLElement)) throw new Error('the search form has no combobox input and listbox');
    this.form = form;
    this.input = input;
    this.listbox = listbox;
    this.suggest = suggest;
    this.onSearch = onSearch;
    this.onEntity = onEntity;
    /** @type {Suggestion[]} */
    this.suggestions = [];
    this.active = -1;

    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.keydown(event));
    this.input.addEventListener('blur', () => this.close());
    this.input.addEventListener('focus', () => {
      onFocus();
      if (this.input.value.trim()) this.update();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.close();
      this.onSearch(this.input.value.trim());
    });
    // Keep focus in the input while an option is clicked.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
      if (option instanceof HTMLElement) this.choose(Number(option.dataset.index));
    });
    keyScope.addEventListener('keydown', (/** @type {Event} */ keydown) => {
      const event = /** @type {KeyboardEvent} */ (keydown);
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.composedPath()[0])) return;
      event.preventDefault();
      this.input.focus();
      this.input.select();
    });
  }

  enable() {
    this.input.disabled = false;
    for (const button of this.form.querySelectorAll('button')) button.disabled = false;
  }

  /**
   * Shows `query` in the box (when the view changes from elsewhere).
   * @param {string} query
   */
  setQuery(query) {
    const root = /** @type {Document | ShadowRoot} */ (this.input.getRootNode());
    if (root.activeElement !== this.input || !this.isOpen()) this.input.value = query;
  }

  isOpen() {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  update() {
    const prefix = this.input.value.trim();
    /** @type {Suggestion[]} */
    let suggestions = [];
    if (prefix) {
      try {
        suggestions = this.suggest(prefix, SUGGESTION_LIMIT) || [];
      } catch {
        suggestions = []; // e.g. a prefix over the length cap: no suggestion, the search will say why
      }
    }
    this.suggestions = suggestions;
    this.active = -1;
    this.render();
  }

  render() {
    const options = this.suggestions.map((suggestion, index) =>
      el(
        'li',
        {
          id: `suggestion-${index}`,
          role: 'option',
          class: ['suggestion', `suggestion-${suggestion.kind}`],
          'aria-selected': index === this.active ? 'true' : 'false',
          dataset: { index: String(index) },
        },
        el('span', { class: 'suggestion-name' }, suggestion.label),
        ' ',
        el(
          'span',
          { class: 'suggestion-meta' },
          suggestionLabel(suggestion).slice(suggestion.label.length + 1),
        ),
      ),
    );
    replace(this.listbox, options);
    const open = options.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
      options[this.active].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  close() {
    this.suggestions = [];
    this.active = -1;
    this.render();
  }

  move(step) {
    if (!this.isOpen()) {
      this.update();
      if (!this.suggestions.length) return;
    }
    const count = this.suggestions.length;
    this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
    this.render();
  }

  keydown(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  /** @param {number} index */
  choose(index) {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.close();
    if (suggestion.kind === 'entity') {
      this.input.value = suggestion.label;
      this.onEntity(String(suggestion.id));
    } else {
      this.input.value = suggestion.label;
      this.onSearch(suggestion.label);
    }
  }
}

/** @param {EventTarget | undefined} target */
function isEditable(target) {
  if (!(target instanceof Element)) return false;
  return (target instanceof HTMLElement && target.isContentEditable) || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
