// Feature tests of the relation views in real Chromium: graph, timeline, figures, quotes, path between two names, export download.
// Pairs and counts are read from the wasm API inside the page (ids depend on extraction); each test
// asserts a quiet console and no request to another origin.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertNoConsoleErrors, assertNoForeignRequests, screenshot, startSuite, waitForReady, waitForHash } from './harness.mjs';

const TIMEOUT = { timeout: 120_000 };

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function openReady(urlPath, options) {
  const session = await suite.open(urlPath, options);
  await waitForReady(session);
  return session;
}

function assertClean(session) {
  assertNoConsoleErrors(session);
  assertNoForeignRequests(session);
}

// Counts and pairs come from the page's own wasm module, imported inside `page.evaluate` (the module is
// already loaded, so `wasm.default()` returns at once); a helper taking a function cannot be rebuilt
// in the page, whose CSP forbids eval.

test('the graph view draws nodes and edges and shows evidence on hover', TIMEOUT, async () => {
  const session = await openReady('/#view=graph');
  const { page } = session;
  try {
    await page.locator('svg.graph .node-link').first().waitFor();
    const nodes = await page.locator('svg.graph .node-link').count();
    const edges = await page.locator('svg.graph .edge-group').count();
    const expected = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().graph();
    });
    assert.equal(nodes, expected.nodes.length, 'every node of graph() is drawn');
    assert.equal(edges, expected.edges.length, 'every edge of graph() is drawn');
    assert.ok(nodes >= 10 && edges >= 1, `${nodes} nodes and ${edges} edges drawn`);

    // Hover a link where nothing else lies on top of it: the panel shows its evidence sentences.
    const target = await page.evaluate(() => {
      for (const group of document.querySelectorAll('svg.graph .edge-group')) {
        const path = group.querySelector('.edge-hit');
        const point = path.getPointAtLength(path.getTotalLength() / 2);
        const box = path.ownerSVGElement.getBoundingClientRect();
        const scale = box.width / path.ownerSVGElement.viewBox.baseVal.width;
        const x = box.left + point.x * scale;
        const y = box.top + point.y * scale;
        if (group.contains(document.elementFromPoint(x, y))) return { x, y, ends: group.dataset.ends.split(' ') };
      }
      return null;
    });
    assert.ok(target, 'no link can be pointed at');
    await page.mouse.move(target.x, target.y);
    const panel = page.locator('#graph-panel');
    await panel.locator('.passage').first().waitFor();
    const names = await Promise.all(target.ends.map((id) => page.locator(`svg.graph [data-id="${id}"]`).getAttribute('aria-label')));
    const title = await panel.locator('.panel-title').textContent();
    for (const label of names) assert.ok(title.includes(label.replace(/ \(.*$/, '')), `panel "${title}" does not name ${label}`);
    const sentences = await panel.locator('.passage').allTextContents();
    assert.ok(sentences.every((s) => s.trim().length > 10), `evidence sentences: ${JSON.stringify(sentences)}`);
    assert.match(await panel.locator('.doc-link').first().getAttribute('href'), /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    await screenshot(page, 'graph-hover.png');

    // Keyboard: a focused node shows its links; Enter centres the graph on it.
    await page.locator('svg.graph .node-link').first().focus();
    await panel.locator('.panel-actions').waitFor();
    const focused = await page.locator('svg.graph .node-link').first().getAttribute('data-id');
    await page.keyboard.press('Enter');
    await waitForHash(page, new RegExp(`focus=${focused}`));
    await page.locator('svg.graph .focus-node').waitFor();
    assert.match(await page.locator('#view-title').textContent(), /^Graph around /);
    await screenshot(page, 'graph-focus.png');

    // The text alternative lists the same links.
    await page.locator('.graph-table summary').click();
    await page.locator('.link-table tbody tr').first().waitFor();
    const rows = await page.locator('.link-table tbody tr').count();
    assert.equal(rows, await page.locator('svg.graph .edge-group').count(), 'the table lists every drawn link');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the timeline lists dated events that link to their sentences', TIMEOUT, async () => {
  const session = await openReady('/#view=timeline');
  const { page } = session;
  try {
    const expected = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().timeline();
    });
    await page.locator('#view-title').waitFor();
    await screenshot(page, 'timeline.png');
    assert.ok(expected.length > 0, 'the extractor found no dated event');
    const events = page.locator('.event');
    assert.equal(await events.count(), expected.length, 'every event is listed');
    const dates = await events.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort(), 'events are in date order');
    for (let i = 0; i < expected.length; i += 1) {
      const precision = await events.nth(i).locator('.precision').textContent();
      assert.match(precision, { day: /day/, month: /month/, year: /year/ }[expected[i].precision]);
      assert.ok((await events.nth(i).locator('.passage mark').textContent()).length > 0, 'the date words are marked');
    }

    // An event's link opens its sentence in the article.
    const first = events.first();
    const sentence = (await first.locator('.passage').textContent()).replace(/\s+/g, ' ').trim();
    await first.locator('a.in-article').click();
    await waitForHash(page, /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    const marked = (await page.locator('mark.target').allTextContents()).join('').replace(/\s+/g, ' ').trim();
    assert.equal(marked, sentence);

    // Narrowed to one name, every event names it.
    await page.goBack();
    await page.locator('#timeline-entity').waitFor();
    const option = await page.locator('#timeline-entity option').nth(1).getAttribute('value');
    await page.locator('#timeline-entity').selectOption(option);
    await waitForHash(page, new RegExp(`view=timeline.*entity=${option}`));
    const narrowed = await page.evaluate(async (id) => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().timeline(undefined, { entity: id }).length;
    }, option);
    assert.equal(await page.locator('.event').count(), narrowed);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a path between two people who never share a sentence shows each hop\'s evidence', TIMEOUT, async () => {
  const session = await openReady('/#view=path');
  const { page } = session;
  try {
    // Two people, most mentioned first, who are never named in one sentence but are joined by a path.
    const pair = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      const explorer = new wasm.Explorer();
      const people = explorer.entities({ types: ['person'], limit: 40 });
      const sentences = new Map(people.map((p) => [p.id, new Set(explorer.entity(p.id).mentions.map((m) => `${m.doc}:${m.sentence.start}`))]));
      for (const a of people) {
        for (const b of people) {
          if (a.id >= b.id || [...sentences.get(a.id)].some((s) => sentences.get(b.id).has(s))) continue;
          const path = explorer.path(a.id, b.id, {});
          if (path.found && path.hops.length >= 2) return { a, b, hops: path.hops.length };
        }
      }
      return null;
    });
    assert.ok(pair, 'no two people in the corpus are joined only through others');

    for (const [field, person] of [['#path-from', pair.a], ['#path-to', pair.b]]) {
      await page.locator(field).fill(person.name);
      const option = page.locator(`${field}-options [role="option"]`).filter({ hasText: person.name }).first();
      await option.waitFor();
      await option.click();
      await waitForHash(page, new RegExp(`${field === '#path-from' ? 'from' : 'to'}=${person.id}`));
    }
    const hops = page.locator('.hop');
    await hops.first().waitFor();
    assert.equal(await hops.count(), pair.hops, 'every hop of the path is shown');
    const heads = await hops.locator('.hop-head').allTextContents();
    assert.ok(heads[0].startsWith(pair.a.name), `the path starts at ${pair.a.name}: ${heads[0]}`);
    assert.ok(heads[heads.length - 1].includes(pair.b.name), `the path ends at ${pair.b.name}: ${heads.at(-1)}`);
    for (let i = 0; i < pair.hops; i += 1) {
      const evidence = hops.nth(i).locator('.hop-evidence .passage');
      assert.ok((await evidence.count()) >= 1, `hop ${i + 1} (${heads[i]}) shows no evidence sentence`);
      assert.ok((await evidence.first().locator('mark').count()) >= 1, `hop ${i + 1}'s sentence marks no name`);
      assert.match(await hops.nth(i).locator('.doc-link').first().getAttribute('href'), /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    }
    await screenshot(page, 'path.png');

    // The deep link reproduces the path.
    const hash = await page.evaluate(() => location.hash);
    const fresh = await openReady(`/${hash}`);
    try {
      assert.deepEqual(await fresh.page.locator('.hop .hop-head').allTextContents(), heads);
      assertClean(fresh);
    } finally {
      await fresh.close();
    }
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a role the text gives as past reads as former from both ends, never as a current role', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    // A link the wasm marks former (the corpus states one: "a former employee of ..."), read from the API.
    const link = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      const explorer = new wasm.Explorer();
      for (const entity of explorer.entities({ limit: 500 })) {
        const former = explorer.neighbors(entity.id, {}).find((l) => l.former && l.source === entity.id);
        if (former) return { source: former.source, target: former.target, type: former.type };
      }
      return null;
    });
    assert.ok(link, 'no relation in the corpus is marked former');
    for (const [id, other, pattern] of [[link.source, link.target, /^Former(ly)? /], [link.target, link.source, /^Formerly /]]) {
      await page.goto(new URL(`/#view=entity&entity=${id}`, page.url()).href);
      await page.locator('.relation-group-title').first().waitFor();
      const groups = page.locator('.relation-group');
      const headings = [];
      for (let i = 0; i < (await groups.count()); i += 1) {
        const group = groups.nth(i);
        const names = await group.locator('.relation-list > li a[href*="entity="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        if (names.some((href) => href.includes(`entity=${other}`))) headings.push(await group.locator('.relation-group-title').textContent());
      }
      assert.ok(headings.some((h) => pattern.test(h)), `${id}: the past ${link.type} reads as former: ${headings.join(' | ')}`);
    }
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the export download offers json, graphml and csv', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    const select = page.locator('#overview-download-format');
    const formats = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
    assert.deepEqual(formats, ['json', 'graphml', 'csv', 'csv-edges']);
    const checks = {
      json: (text) => {
        const data = JSON.parse(text);
        for (const key of ['documents', 'entities', 'relations', 'events', 'figures', 'quotes']) assert.ok(Array.isArray(data[key]), `json has ${key}`);
      },
      graphml: (text) => {
        assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
        assert.match(text, /<key id="mentions" for="node" attr.name="mentions" attr.type="int"\/>/);
        assert.ok(text.includes('<node id=') && text.includes('<edge id='));
      },
      csv: (text) => assert.ok(text.startsWith('id,name,type,mentions,documents,aliases\r\n')),
      'csv-edges': (text) => assert.ok(text.startsWith('source,target,type,family,directed,former,evidence\r\n')),
    };
    const names = {};
    for (const format of formats) {
      await select.selectOption(format);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-form button').click()]);
      names[format] = download.suggestedFilename();
      const text = await readFile(await download.path(), 'utf8');
      checks[format](text);
      const same = await page.evaluate(async (f) => {
        const wasm = await import('/pkg/corpus_explorer.js');
        await wasm.default();
        return new wasm.Explorer().export(f);
      }, format);
      assert.equal(text, same, `${format}: the file holds what export() gives`);
    }
    assert.deepEqual(names, { json: 'corpus-explorer.json', graphml: 'corpus-explorer.graphml', csv: 'corpus-explorer-nodes.csv', 'csv-edges': 'corpus-explorer-edges.csv' });
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the figures view puts figures about the same thing side by side and flags disagreement', TIMEOUT, async () => {
  const session = await openReady('/#view=figures');
  const { page } = session;
  try {
    const expected = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().figures();
    });
    const compared = expected.filter((group) => group.topic && group.figures.length >= 2);
    assert.ok(compared.length > 0, 'no two figures are about the same thing');
    await page.locator('.figure-group').first().waitFor();
    const groups = page.locator('.figure-group');
    assert.equal(await groups.count(), expected.length, 'one section per topic');
    for (let i = 0; i < expected.length; i += 1) {
      const group = groups.nth(i);
      assert.equal(await group.locator('.figure-card').count(), expected[i].figures.length, `topic ${expected[i].topic}: every figure is a card`);
      assert.equal(await group.locator('.disagree-flag').count(), expected[i].disagree ? 1 : 0, `topic ${expected[i].topic}: the flag says whether values disagree`);
      const first = group.locator('.figure-card').first();
      assert.equal((await first.locator('.passage mark').textContent()).trim(), expected[i].figures[0].text, 'the number is marked in its sentence');
      assert.match(await first.locator('a.in-article').getAttribute('href'), /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    }
    await screenshot(page, 'figures.png');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a search finds what people said, with the speaker and the outlet', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    const quote = await page.evaluate(async () => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().quotes().find((q) => q.outlet);
    });
    assert.ok(quote, 'no quote names the outlet it was told to');
    const word = quote.text.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    await page.evaluate((q) => { location.hash = `#view=search&q=${encodeURIComponent(q)}`; }, word);
    await waitForHash(page, /view=search/);
    const item = page.locator('.matching-quotes .quote').filter({ hasText: quote.text.slice(0, 30) }).first();
    await item.waitFor();
    const source = await item.locator('.quote-source').textContent();
    assert.ok(source.includes(quote.speaker.name), `"${source}" does not name the speaker ${quote.speaker.name}`);
    assert.ok(source.includes(quote.outlet.name), `"${source}" does not name the outlet ${quote.outlet.name}`);
    assert.match(await item.locator('a.doc-link, a.in-article').first().getAttribute('href'), /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    assertClean(session);
  } finally {
    await session.close();
  }
});
