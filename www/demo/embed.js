// @ts-check
// The host page's own script (embed.html): buttons that steer the first widget through its attributes, a toggle for
// the sidebar widget's theme, and a log of the events both widgets send (they cross the shadow boundary).

/**
 * The element with id `id` (the page has each).
 * @param {string} id
 */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`embed.html has no #${id}`);
  return element;
}

const explorer = byId('explorer');
const profile = byId('profile');
const log = byId('event-log');
const themeToggle = byId('theme-toggle');

for (const button of document.querySelectorAll('[data-set]')) {
  button.addEventListener('click', () => {
    for (const name of ['view', 'query', 'entity', 'doc']) explorer.removeAttribute(name);
    for (const [name, value] of new URLSearchParams(button.getAttribute('data-set') ?? '')) explorer.setAttribute(name, value);
  });
}

themeToggle.addEventListener('click', () => {
  const dark = profile.getAttribute('theme') === 'dark';
  profile.setAttribute('theme', dark ? 'light' : 'dark');
  themeToggle.textContent = dark ? 'Dark sidebar' : 'Light sidebar';
});

for (const type of ['ce-search', 'ce-select-entity', 'ce-navigate']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const source = event.target instanceof Element ? event.target.id : '';
    item.textContent = `#${source} ${type} ${JSON.stringify(event instanceof CustomEvent ? event.detail : null)}`;
    log.querySelector('.empty')?.remove();
    log.prepend(item);
  });
}
