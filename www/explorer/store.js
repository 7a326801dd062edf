// @ts-check
// Where an explorer keeps its view state: the page in the URL hash (links, back/forward, reload), a widget in
// memory (never the host page's hash, so two widgets cannot fight over it). Both give the same interface:
// get() → state, navigate(partial, {replace, origin}), subscribe((state, {origin}) => …), key() → "#view=…".

import { navigate, parseHash, toHash } from './state.js';

/** @typedef {import('./state.js').State} State */
/** @typedef {'visitor' | 'host'} Origin  who asked: the visitor (a click inside) or the host page (an attribute) */
/** @typedef {(state: State, change: {origin: Origin}) => void} Listener */
/**
 * What an explorer needs of the place that keeps its state.
 * @typedef {object} Store
 * @property {() => State} get
 * @property {(partial: Partial<State>, options?: {replace?: boolean, origin?: Origin}) => void} navigate
 * @property {(listener: Listener) => void} subscribe
 * @property {() => string} key  the state as "#view=…"
 * @property {() => boolean} canGoBack
 */

/**
 * The page's store: the URL hash is the state.
 * @returns {Store}
 */
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
  /** @param {Partial<State>} state */
  constructor(state) {
    this.state = parseHash(toHash(state));
    /** @type {State[]} */
    this.history = [];
    /** @type {Set<Listener>} */
    this.listeners = new Set();
  }

  get() {
    return this.state;
  }

  key() {
    return toHash(this.state);
  }

  /** `origin` says who asked: 'visitor' (a click inside the widget) or 'host' (an attribute the page set). */
  /**
   * @param {Partial<State>} partial
   * @param {{replace?: boolean, origin?: Origin}} [options]
   */
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
    const previous = this.history.pop();
    if (!previous) return;
    this.state = previous;
    this.notify('visitor');
  }

  /** @param {Listener} listener */
  subscribe(listener) {
    this.listeners.add(listener);
  }

  /** @param {Origin} origin */
  notify(origin) {
    for (const listener of this.listeners) listener(this.state, { origin });
  }
}
