// The search box: a WAI-ARIA combobox whose listbox suggests entities, then index terms; "/" focuses it.

import { el, plural, replace } from './dom.js';

const SUGGESTION_LIMIT = 8;

/** Text for one suggestion: "Qalida Akytkhan (person · 3 documents)" or "akytkhan (term · 5 occurrences)". */
export function suggestionLabel(suggestion) {
  if (suggestion.kind === 'entity') {
    return `${suggestion.label} (${suggestion.type} · ${plural(suggestion.documents ?? 0, 'document')})`;
  }
  return `${suggestion.label} (term · ${plural(suggestion.count ?? 0, 'occurrence')})`;
}

export class SearchBox {
  /**
   * @param {HTMLFormElement} form  the role=search form holding the input and listbox
   * @param {{suggest: (prefix: string, limit: number) => object[], onSearch: (q: string) => void,
   *          onEntity: (id: string) => void, onFocus?: () => void, keyScope?: Document | ShadowRoot}} handlers
   *   `keyScope` is where "/" focuses the box: the whole page, or (in a widget) only while focus is inside it.
   */
  constructor(form, { suggest, onSearch, onEntity, onFocus = () => {}, keyScope = document }) {
    this.form = form;
    this.input = form.querySelector('[role="combobox"]');
    this.listbox = form.querySelector('[role="listbox"]');
    this.suggest = suggest;
    this.onSearch = onSearch;
    this.onEntity = onEntity;
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
      const option = event.target.closest('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });
    keyScope.addEventListener('keydown', (event) => {
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

  /** Shows `query` in the box (when the view changes from elsewhere). */
  setQuery(query) {
    if (this.input.getRootNode().activeElement !== this.input || !this.isOpen()) this.input.value = query;
  }

  isOpen() {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  update() {
    const prefix = this.input.value.trim();
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

function isEditable(target) {
  if (!(target instanceof Element)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}
