// The real wasm API, called from the page with what only JavaScript can pass: lone surrogates, megabyte strings,
// Symbols, BigInt, NaN, getters and proxies that throw, infinite iterables, cyclic objects, a freed or borrowed
// `this`. Each call returns a value or throws an Error with a short message; nothing panics (the console stays
// empty), nothing hangs, wasm memory stays bounded, and the Explorer and the page keep working afterwards.
// The same contract over generated arguments runs natively in tests/hostile_api.rs.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertNoConsoleErrors, assertNoForeignRequests, startSuite, waitForHash, waitForReady } from './harness.mjs';

const TIMEOUT = { timeout: 180_000 };

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

/** Runs every hostile call in the page; gives [{name, kind: 'returned'|'error'|'other', message, ms}] and facts. */
async function runHostileCalls(page) {
  return page.evaluate(async () => {
    const module = await import('/pkg/corpus_explorer.js');
    const wasm = await module.default();
    const { Explorer } = module;
    const ex = new Explorer();
    const memoryBefore = wasm.memory.buffer.byteLength;
    const baseline = { total: ex.search('Akitkhan').total, entities: ex.entities().length };
    const top = ex.entities({ limit: 1 })[0].id;
    const MB = 1 << 20;
    const throwing = (what) => { throw new Error(`${what} boom`); };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cyclic = {};
    cyclic.outlets = [cyclic];
    const deep = [];
    let cursor = deep;
    for (let i = 0; i < 100; i += 1) { const next = []; cursor.push(next); cursor = next; }
    const throwingElement = ['RFE/RL'];
    Object.defineProperty(throwingElement, 0, { get: () => throwing('element') });
    const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const infinite = { outlets: { *[Symbol.iterator]() { for (;;) yield 'RFE/RL'; } } };
    const ex2 = new Explorer();
    const freed = new Explorer();
    freed.free();

    const cases = [
      // strings where strings belong
      ['a lone high surrogate', () => ex.search('\uD800')],
      ['surrogates out of order, repeated', () => ex.search('a\uDC00\uD800b'.repeat(1000))],
      ['half a million lone surrogates', () => ex.search('\uD800'.repeat(MB / 2))],
      ['a 1 MB query', () => ex.search('Akitkhan '.repeat(MB / 9))],
      ['a 5 MB query', () => ex.search('x'.repeat(5 * MB))],
      ['RTL override and zero-width characters', () => ex.search('\u202EnahktykA\u202C Ak\u200Bytkhan\uFEFF')],
      ['NUL and escape characters', () => ex.search('\u0000\u001b[2J')],
      ['a lone surrogate as an id', () => ex.entity('\uDFFF')],
      ['a 1 MB id', () => ex.document('d'.repeat(MB))],
      ['a 1 MB suggest prefix', () => ex.suggest('Ak'.repeat(MB / 2))],
      ['a 1 MB export format', () => ex.export('j'.repeat(MB))],
      // not strings where strings belong
      ['undefined query', () => ex.search(undefined)],
      ['null query', () => ex.search(null)],
      ['NaN query', () => ex.search(NaN)],
      ['number query', () => ex.search(42)],
      ['BigInt query', () => ex.search(10n)],
      ['Symbol query', () => ex.search(Symbol('q'))],
      ['object with a throwing toString as query', () => ex.search({ toString: () => throwing('toString') })],
      ['String object as query', () => ex.search(new String('Akitkhan'))],
      ['array as query', () => ex.search(['Akitkhan'])],
      ['function as query', () => ex.search(() => 'Akitkhan')],
      ['Symbol id', () => ex.entity(Symbol.iterator)],
      ['undefined path ends', () => ex.path(undefined, null)],
      ['BigInt export format', () => ex.export(1n)],
      // options
      ['a getter that throws', () => ex.search('camps', { get limit() { return throwing('getter'); } })],
      ['a proxy whose ownKeys throws', () => ex.search('camps', new Proxy({}, { ownKeys: () => throwing('ownKeys') }))],
      ['a proxy whose get throws', () => ex.search('camps', new Proxy({ limit: 5 }, { get: () => throwing('get') }))],
      ['a revoked proxy', () => ex.graph(revoked.proxy)],
      ['a revoked proxy as a list', () => ex.search('camps', { outlets: revoked.proxy })],
      ['a list element that throws', () => ex.search('camps', { outlets: throwingElement })],
      ['BigInt limit', () => ex.search('camps', { limit: 1n })],
      ['Symbol limit', () => ex.search('camps', { limit: Symbol('limit') })],
      ['NaN limit', () => ex.search('camps', { limit: NaN })],
      ['negative limit', () => ex.search('camps', { limit: -1 })],
      ['limit 1e300', () => ex.search('camps', { limit: 1e300 })],
      ['limit as a string', () => ex.search('camps', { limit: '5' })],
      ['limit 1.5', () => ex.search('camps', { limit: 1.5 })],
      ['limit -0', () => ex.search('camps', { limit: -0 })],
      ['offset 2^32', () => ex.search('camps', { offset: 2 ** 32 })],
      ['offset at the top', () => ex.search('camps', { offset: 2 ** 32 - 1 })],
      ['a string for a list', () => ex.search('camps', { outlets: 'RFE/RL' })],
      ['an infinite iterable for a list', () => ex.search('camps', infinite)],
      ['an infinite generator as options', () => ex.search('camps', (function* forever() { for (;;) yield ['limit', 1]; })())],
      ['a cyclic object', () => ex.search('camps', cyclic)],
      ['lists nested 100 deep', () => ex.search('camps', { outlets: deep })],
      ['a sparse list of ten million', () => ex.search('camps', { outlets: new Array(1e7) })],
      ['an object of 100,000 keys', () => ex.documents(manyKeys)],
      ['an object without a prototype', () => ex.search('camps', Object.assign(Object.create(null), { limit: 5 }))],
      ['a function as options', () => ex.graph(() => 0)],
      ['a Symbol as options', () => ex.timeline(Symbol('o'))],
      ['a BigInt as options', () => ex.figures(5n)],
      ['a string as options', () => ex.quotes('limit')],
      ['a number as options', () => ex.documents(5)],
      ['a Date as options', () => ex.entities(new Date())],
      ['a Map as options', () => ex.entities(new Map([['limit', 1]]))],
      ['an unknown option', () => ex.neighbors(top, { maxEvidence: 2 })],
      ['snake case option', () => ex.path(top, top, { max_hops: 2 })],
      ['a getter that calls the explorer again', () => ex.search('camps', { get limit() { ex.search('Akitkhan'); return 5; } })],
      ['a getter that frees the explorer being called', () => ex2.search('camps', { get limit() { ex2.free(); return 5; } })],
      // the optional number of suggest
      ['suggest limit NaN', () => ex.suggest('Ak', NaN)],
      ['suggest limit 1.5', () => ex.suggest('Ak', 1.5)],
      ['suggest limit -1', () => ex.suggest('Ak', -1)],
      ['suggest limit "5"', () => ex.suggest('Ak', '5')],
      ['suggest limit 1n', () => ex.suggest('Ak', 1n)],
      ['suggest limit Infinity', () => ex.suggest('Ak', Infinity)],
      ['suggest limit null', () => ex.suggest('Ak', null)],
      // the largest honest requests
      ['the largest graph', () => ex.graph(undefined, { limit: 150, depth: 2, focus: top })],
      ['the longest path', () => ex.path(top, ex.entities().at(-1).id, { maxHops: 8 })],
      ['every export', () => ['json', 'graphml', 'csv', 'csv-edges'].map((f) => ex.export(f).length)],
      // a wrong or freed `this`
      ['a method on a plain object', () => Explorer.prototype.search.call({}, 'camps')],
      ['a method of a freed explorer', () => freed.search('camps')],
      ['a thousand explorers', () => { for (let i = 0; i < 1000; i += 1) new Explorer().free(); }],
      ['the panic probe of a normal build', () => module.__panicForTests()],
    ];

    const outcomes = [];
    for (const [name, call] of cases) {
      const started = performance.now();
      let outcome;
      try {
        call();
        outcome = { name, kind: 'returned' };
      } catch (error) {
        outcome = error instanceof Error
          ? { name, kind: 'error', type: error.constructor.name, message: String(error.message) }
          : { name, kind: 'other', message: typeof error === 'symbol' ? error.toString() : String(error) };
      }
      outcome.ms = Math.round(performance.now() - started);
      outcomes.push(outcome);
    }
    const fresh = new Explorer();
    return {
      outcomes,
      baseline,
      after: { total: ex.search('Akitkhan').total, entities: ex.entities().length, fresh: fresh.search('Akitkhan').total },
      memory: { before: memoryBefore, after: wasm.memory.buffer.byteLength },
    };
  });
}

/** Messages some cases must give: what a caller would need to fix the call. */
const EXPECTED = {
  'a 5 MB query': /^search query: a string longer than 4 MiB$/,
  'undefined query': /^search query must be a string, got undefined$/,
  'Symbol query': /^search query must be a string, got symbol$/,
  'BigInt query': /^search query must be a string, got bigint$/,
  'String object as query': /^search query must be a string, got object$/,
  'a getter that throws': /^search options: limit: reading it threw: getter boom$/,
  'a proxy whose ownKeys throws': /^search options: reading it threw: ownKeys boom$/,
  'a proxy whose get throws': /^search options: limit: reading it threw: get boom$/,
  'a revoked proxy': /^graph filter: reading it threw: /,
  'a list element that throws': /^search options: outlets\[0\]: reading it threw: element boom$/,
  'BigInt limit': /^search options: limit: expected a plain value, got a BigInt$/,
  'Symbol limit': /^search options: limit: expected a plain value, got a Symbol$/,
  'NaN limit': /^search options: limit: expected a whole number from 0 to 4294967295, got NaN$/,
  'limit as a string': /^search options: limit: expected a whole number from 0 to 4294967295, got a string$/,
  'a string for a list': /^search options: outlets: expected a list, got string "RFE\/RL"$/,
  'an infinite iterable for a list': /^search options: outlets: expected a list, got an object$/,
  'limit 1e300': /^search options: limit: expected a whole number from 0 to 4294967295, got a number beyond 9e15$/,
  'a cyclic object': /nested deeper than 8 levels/,
  'a sparse list of ten million': /^search options: outlets: holds more than 10000 values$/,
  'an object of 100,000 keys': /^documents filter: holds more than 10000 values$/,
  'a function as options': /^graph filter: expected a plain value, got a function$/,
  'an unknown option': /^neighbors options: unknown field `maxEvidence`/,
  'suggest limit NaN': /^suggest limit: expected a whole number from 0 to 4294967295, got NaN$/,
  'suggest limit 1n': /^suggest limit: expected a plain value, got a BigInt$/,
  'the panic probe of a normal build': /^not a test build$/,
};

/** Cases that must return a value. */
const RETURNS = [
  'a lone high surrogate', 'surrogates out of order, repeated', 'half a million lone surrogates', 'a 1 MB query',
  'RTL override and zero-width characters', 'NUL and escape characters', 'a 1 MB suggest prefix', 'an object without a prototype',
  'a getter that calls the explorer again', 'suggest limit null', 'the largest graph', 'the longest path', 'every export', 'a thousand explorers',
  'an infinite generator as options',
];

test('hostile JavaScript values make every method return or throw an Error with a message, and the explorer keeps working', TIMEOUT, async () => {
  const session = await suite.open('/');
  const { page } = session;
  try {
    await waitForReady(session);
    const { outcomes, baseline, after: afterwards, memory } = await runHostileCalls(page);
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3).map((o) => `${o.name} ${o.ms} ms`);
    console.log(`# ${outcomes.length} hostile calls; slowest: ${slowest.join(', ')}; wasm memory ${memory.before} -> ${memory.after} bytes`);
    for (const outcome of outcomes) {
      assert.notEqual(outcome.kind, 'other', `${outcome.name}: threw something that is not an Error: ${outcome.message}`);
      if (outcome.kind === 'error') {
        assert.ok(outcome.message.trim().length > 0, `${outcome.name}: an Error without a message`);
        assert.ok(outcome.message.length <= 600, `${outcome.name}: a message of ${outcome.message.length} characters`);
        assert.doesNotMatch(outcome.message, /unreachable|panicked|RuntimeError/, `${outcome.name}: ${outcome.message}`);
      }
      if (EXPECTED[outcome.name]) {
        assert.equal(outcome.kind, 'error', `${outcome.name}: expected an error, it ${outcome.kind}`);
        assert.match(outcome.message, EXPECTED[outcome.name], outcome.name);
      }
      if (RETURNS.includes(outcome.name)) assert.equal(outcome.kind, 'returned', `${outcome.name}: ${outcome.message}`);
    }
    assert.deepEqual({ total: afterwards.total, entities: afterwards.entities }, baseline, 'the explorer answers as before');
    assert.equal(afterwards.fresh, baseline.total, 'a new Explorer answers as before');
    assert.ok(memory.after <= 256 * 2 ** 20, `wasm memory grew to ${memory.after} bytes`);

    // The page itself still works.
    await page.evaluate(() => { location.hash = '#view=search&q=Akitkhan'; });
    await waitForHash(page, /q=Akitkhan/);
    assert.ok(await page.locator('#view mark').count() > 0, 'the page shows marked hits after the hostile calls');
    assertNoConsoleErrors(session);
    assertNoForeignRequests(session);
  } finally {
    await session.close();
  }
});
