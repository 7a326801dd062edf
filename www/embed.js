// The host page's own script (embed.html): buttons that steer the first widget through its attributes, a toggle for
// the sidebar widget's theme, and a log of the events both widgets send (they cross the shadow boundary).

const explorer = document.getElementById('explorer');
const profile = document.getElementById('profile');
const log = document.getElementById('event-log');

for (const button of document.querySelectorAll('[data-set]')) {
  button.addEventListener('click', () => {
    for (const name of ['view', 'query', 'entity', 'doc']) explorer.removeAttribute(name);
    for (const [name, value] of new URLSearchParams(button.dataset.set)) explorer.setAttribute(name, value);
  });
}

document.getElementById('theme-toggle').addEventListener('click', (event) => {
  const dark = profile.getAttribute('theme') === 'dark';
  profile.setAttribute('theme', dark ? 'light' : 'dark');
  event.currentTarget.textContent = dark ? 'Dark sidebar' : 'Light sidebar';
});

for (const type of ['ce-search', 'ce-select-entity', 'ce-navigate']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `#${event.target.id} ${type} ${JSON.stringify(event.detail)}`;
    log.querySelector('.empty')?.remove();
    log.prepend(item);
  });
}
