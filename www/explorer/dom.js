// @ts-check
// Tiny DOM helpers: build elements with text nodes and DOM APIs only (never innerHTML).

/**
 * el('a', {href: '#x', class: 'link', onclick: fn, dataset: {id: 1}}, 'text', child, [more])
 * Attribute values of null/undefined/false are skipped; `true` sets an empty attribute.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        node.addEventListener(key.slice(2), value);
      } else if (key === 'dataset') {
        Object.assign(node.dataset, value);
      } else if (key === 'class') {
        node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
      } else if (key === 'checked' || key === 'disabled' || key === 'value' || key === 'selected') {
        node[key] = value;
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(node, ...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like `el`, in the SVG namespace: svg('circle', {cx: 1, r: 2, class: 'node'}, svg('title', null, 'name')). */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value));
  }
  return append(node, ...children);
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A text node; text holding bidi controls (from the corpus or the URL) goes in a <bdi>, so an override left open cannot reorder the page's own words. */
export function textNode(text) {
  const node = document.createTextNode(text);
  if (!BIDI_CONTROLS.test(text)) return node;
  const isolated = document.createElement('bdi');
  isolated.appendChild(node);
  return isolated;
}

/** Appends strings (as text nodes), nodes and nested arrays; skips null/false. */
export function append(parent, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(textNode(String(child)));
  }
  return parent;
}

/** Removes every child of `node`, then appends `children`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, ...children);
}

/** Merges, clamps and sorts [start, end) ranges within a text of `length` code units. */
export function normalizeRanges(ranges, length) {
  const sorted = (ranges || [])
    .map(([s, e]) => [Math.max(0, Math.min(length, s)), Math.max(0, Math.min(length, e))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Text with the given [start, end) UTF-16 ranges wrapped in <mark> elements, as a fragment. */
export function markedText(text, ranges, markClass) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of normalizeRanges(ranges, text.length)) {
    if (start > at) fragment.appendChild(textNode(text.slice(at, start)));
    fragment.appendChild(el('mark', markClass ? { class: markClass } : null, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) fragment.appendChild(textNode(text.slice(at)));
  return fragment;
}

// Dates and counts are formatted by hand: the first Intl formatter a page makes loads locale data,
// which cost about 20 ms of the first screen.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1234567 → "1,234,567" (English grouping). */
export function formatCount(count) {
  const [whole, fraction] = String(count).split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction ? `.${fraction}` : '');
}

/**
 * "2021-03-12" → "12 March 2021" (also "YYYY-MM" and "YYYY"); anything else is shown as is.
 * @param {string | null | undefined} value
 */
export function formatDate(value) {
  if (!value) return 'undated';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, monthDigits, dayDigits] = match;
  const month = monthDigits ? MONTHS[Number(monthDigits) - 1] : '';
  if (monthDigits && !month) return value;
  const day = dayDigits ? Number(dayDigits) : 0;
  // A day the month does not have ("2021-02-30") is shown as written, not rolled over into the next month.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(monthDigits), 0)).getUTCDate();
  if (dayDigits && !(day >= 1 && day <= daysInMonth)) return value;
  return [day, month, year].filter(Boolean).join(' ');
}

/** "3 documents", "1 document". */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** A <time> element for an ISO-like date. */
export function dateEl(value) {
  return value ? el('time', { datetime: value }, formatDate(value)) : el('span', null, 'undated');
}
