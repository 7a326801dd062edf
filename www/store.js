// Where an explorer keeps its view state: the page in the URL hash (links, back/forward, reload), a widget in
// memory (never the host page's hash, so two widgets cannot fight over it). Both give the same interface:
// get() → state, navigate(partial, {replace, origin}), subscribe((state, {origin}) => …), key() → "#view=…".

import { navigate, parseHash, toHash } from './state.js';

/** The page's store: the URL hash is the state. */
export function hashStore() {
  return {
    get: () => parseHash(location.hash),
    navigate: (partial, { replace = false } = {}) => navigate(partial, { replace }),
    subscribe(listener) {
      window.addEventListener('hashchange', () => listener(parseHash(location.hash), { origin: 'visitor' }));
    },
    key: () => location.hash,
    canGoBack: () => false,
  };
}

const HISTORY_LIMIT = 50;

/** A widget's store: the state in memory, with its own history for its Back button. */
export class MemoryStore {
  constructor(state) {
    this.state = parseHash(toHash(state));
    this.history = [];
    this.listeners = new Set();
  }

  get() {
    return this.state;
  }

  key() {
    return toHash(this.state);
  }

  /** `origin` says who asked: 'visitor' (a click inside the widget) or 'host' (an attribute the page set). */
  navigate(partial, { replace = false, origin = 'visitor' } = {}) {
    const next = parseHash(toHash(partial));
    if (!replace && toHash(next) !== this.key()) {
      this.history.push(this.state);
      if (this.history.length > HISTORY_LIMIT) this.history.shift();
    }
    this.state = next;
    this.notify(origin);
  }

  canGoBack() {
    return this.history.length > 0;
  }

  goBack() {
    if (!this.history.length) return;
    this.state = this.history.pop();
    this.notify('visitor');
  }

  subscribe(listener) {
    this.listeners.add(listener);
  }

  notify(origin) {
    for (const listener of this.listeners) listener(this.state, { origin });
  }
}
