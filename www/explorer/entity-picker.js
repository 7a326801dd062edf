// @ts-check
// A name chooser: a WAI-ARIA combobox whose listbox suggests entities as the visitor types (arrows move, Enter chooses, Escape closes).

import { el, plural, replace } from './dom.js';

const LIMIT = 8;

/**
 * @param {{id: string, label: string, chosen: {id: string, name: string} | null,
 *          suggest: (prefix: string, limit: number) => object[], onChoose: (id: string) => void}} options
 * @returns {HTMLElement} a labelled field
 */
export function entityPicker({ id, label, chosen, suggest, onChoose }) {
  const listId = `${id}-options`;
  const input = el('input', {
    id,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Type a name',
    value: chosen ? chosen.name : '',
  });
  const list = el('ul', { id: listId, role: 'listbox', 'aria-label': `${label}: suggestions`, hidden: true });
  let options = [];
  let active = -1;

  const render = () => {
    replace(
      list,
      options.map((option, index) =>
        el(
          'li',
          { id: `${listId}-${index}`, role: 'option', class: 'suggestion suggestion-entity', 'aria-selected': index === active ? 'true' : 'false', dataset: { index: String(index) } },
          el('span', { class: 'suggestion-name' }, option.label),
          ' ',
          el('span', { class: 'suggestion-meta' }, `(${option.type} · ${plural(option.documents ?? 0, 'document')})`),
        ),
      ),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const update = () => {
    const prefix = input.value.trim();
    try {
      options = prefix ? suggest(prefix, LIMIT).filter((s) => s.kind === 'entity') : [];
    } catch {
      options = [];
    }
    active = -1;
    render();
  };
  const choose = (index) => {
    const option = options[index];
    if (!option) return;
    input.value = option.label;
    options = [];
    render();
    onChoose(String(option.id));
  };

  input.addEventListener('input', update);
  input.addEventListener('blur', () => {
    options = [];
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options.length) update();
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape' && options.length) {
      event.preventDefault();
      options = [];
      render();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) choose(Number(option.dataset.index));
  });

  return el('div', { class: 'picker' }, el('label', { for: id }, label), el('div', { class: 'combo' }, input, list));
}
