// Benchmark page logic for the peers: loads one engine and its data, marks ready and first result in window.__bench, exposes __bench.search(q).
//
// MiniSearch and FlexSearch index the same cleaned passages as ours (each sentence of `corpus-explorer sentences`,
// grouped per document in /data/passages.json) in the browser; Pagefind loads its prebuilt bundle from /data/pagefind/.

const params = new URLSearchParams(location.search);
const engineName = params.get('engine');
const firstQuery = params.get('q') || 'Akitkhan';
const bench = (window.__bench ??= {});
const SHOWN = 20; // results drawn for the first query (ours draws 20 hits)

async function passages() {
  const data = await (await fetch('/data/passages.json')).json();
  const list = [];
  for (const doc of data.documents) {
    for (const text of doc.sentences) list.push({ id: list.length, title: doc.title, text });
  }
  return list;
}

const ENGINES = {
  async minisearch() {
    const [{ default: MiniSearch }, list] = await Promise.all([import('/lib/minisearch.js'), passages()]);
    const started = performance.now();
    const index = new MiniSearch({ fields: ['text'], idField: 'id' });
    index.addAll(list);
    bench.indexMs = performance.now() - started;
    const options = { prefix: true, fuzzy: 0.2, combineWith: 'AND' };
    return (q) => {
      const hits = index.search(q, options);
      return { total: hits.length, top: hits.slice(0, SHOWN).map((h) => list[h.id]) };
    };
  },

  async flexsearch() {
    const [{ Index, Charset }, list] = await Promise.all([import('/lib/flexsearch.js'), passages()]);
    const started = performance.now();
    const index = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance });
    for (const p of list) index.add(p.id, p.text);
    bench.indexMs = performance.now() - started;
    return (q) => {
      const ids = index.search(q, { limit: SHOWN, suggest: true });
      return { total: ids.length, top: ids.map((id) => list[id]) };
    };
  },

  async pagefind() {
    const pagefind = await import('/data/pagefind/pagefind.js');
    await pagefind.options({ basePath: '/data/pagefind/' });
    await pagefind.init();
    return async (q, { load = false } = {}) => {
      const { results } = await pagefind.search(q);
      const top = load ? await Promise.all(results.slice(0, 5).map(async (r) => { const d = await r.data(); return { title: d.meta?.title ?? d.url, text: d.excerpt }; })) : [];
      return { total: results.length, top };
    };
  },
};

try {
  const search = await ENGINES[engineName]();
  bench.readyAt = performance.now();
  const first = await search(firstQuery, { load: true });
  const list = document.getElementById('results');
  for (const hit of first.top) {
    const item = document.createElement('li');
    const title = document.createElement('b');
    title.textContent = hit.title;
    item.append(title, ' ', hit.text);
    list.append(item);
  }
  bench.firstResultAt = performance.now();
  bench.firstTotal = first.total;
  bench.search = search;
  document.getElementById('app').dataset.state = 'ready';
} catch (error) {
  bench.error = String(error?.stack ?? error);
  document.getElementById('app').dataset.state = 'error';
}
