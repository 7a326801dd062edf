// Deterministic corpus generator for the benchmark: writes a ×N corpus (manifest + captures) by recombining the seed corpus's sentences and names.
//
// Usage: node tests/bench/generate.mjs --scale N --out DIR [--seed-corpus corpus] [--cli BIN]
//
// Method (same output on every run; nothing depends on the clock or Math.random):
// - The seed corpus is compiled by the native CLI: `sentences` gives each document's cleaned text and
//   sentence spans, `export json` the people and their mentions.
// - DIR gets the seed captures and manifest unchanged, then (N − 1) × (seed documents) generated stories,
//   so a ×N corpus holds N times as many documents as the seeds, and ×100 is a prefix of ×1000.
// - Generated story k takes seed document (k mod seeds) as its template for length: as many sentences
//   as the template has, each drawn uniformly from all seed sentences, grouped into paragraphs of 1–4.
// - Names are recombined per story: each person (entity typed `person`, named, two words or more) met
//   in a drawn sentence is kept with probability 1/2, otherwise recast once for the whole story as a
//   given name of one seed person + the surname of another; a recast surname takes, with probability
//   1/3, one romanization variant (k→q, kh→h, ay→ai, yev→ev, zh→j). A full-name mention gets the full
//   recast name, a one-word mention the recast surname, so "Sauytbay" stays the same person in a story.
// - Metadata: title = the story's first sentence cut to 12 words, outlet = a seed outlet, 0–2 authors
//   made of recombined names, published = a day between 2017-01-01 and 2023-12-28.
// - Randomness: a SplitMix32-style hash of (story number, draw) seeds a Mulberry32 stream per story.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_CLI = path.join(ROOT, 'target', 'bench', 'cargo', 'release', 'corpus-explorer');
const GLOBAL_SEED = 0x5eed_2024;
const VARIANTS = [[/^K/, 'Q'], [/kh/g, 'h'], [/ay/g, 'ai'], [/yev/g, 'ev'], [/Zh/g, 'J'], [/zh/g, 'j']];

/** Mulberry32: a small, fast, well-mixed 32-bit PRNG. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(x) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Reads the seed corpus through the CLI: documents with sentences, and person names with mention spans. */
export function readSeeds(seedDir, cli = DEFAULT_CLI) {
  const run = (...args) => JSON.parse(execFileSync(cli, [...args, '--corpus', seedDir], { maxBuffer: 1 << 30, encoding: 'utf8' }));
  const { documents } = run('sentences');
  const graph = run('export', '--format', 'json');
  const people = graph.entities.filter((e) => e.type === 'person' && !e.name.startsWith('[') && e.name.split(/\s+/).length >= 2);
  const byDoc = new Map(documents.map((d) => [d.id, d]));
  const sentences = [];
  for (const doc of documents) {
    for (const [start, end] of doc.sentences) sentences.push({ doc: doc.id, start, end, text: doc.text.slice(start, end), mentions: [] });
  }
  for (const person of people) {
    for (const m of person.mentions) {
      const s = sentences.find((x) => x.doc === m.doc && x.start <= m.start && m.end <= x.end);
      if (s && byDoc.has(m.doc)) s.mentions.push({ person: person.id, start: m.start - s.start, end: m.end - s.start });
    }
  }
  for (const s of sentences) s.mentions.sort((a, b) => a.start - b.start);
  return {
    documents,
    sentences: sentences.filter((s) => s.text.trim().length > 0),
    givenNames: [...new Set(people.map((p) => p.name.split(/\s+/)[0]))],
    surnames: [...new Set(people.map((p) => p.name.split(/\s+/).at(-1)))],
    outlets: [...new Set(documents.map((d) => d.outlet))],
  };
}

/** Generated story `k`: {id, title, outlet, published, authors, paragraphs: string[]}. */
export function generateStory(seeds, k) {
  const random = mulberry32(mix(GLOBAL_SEED ^ mix(k + 1)));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const template = seeds.documents[k % seeds.documents.length];
  const cast = new Map(); // person id → null (kept) or {given, surname}
  const recast = () => {
    let surname = pick(seeds.surnames);
    if (random() < 1 / 3) {
      const [pattern, replacement] = pick(VARIANTS);
      surname = surname.replace(pattern, replacement);
    }
    return { given: pick(seeds.givenNames), surname };
  };
  const sentences = [];
  for (let i = 0; i < template.sentences.length; i += 1) {
    const s = pick(seeds.sentences);
    let text = '';
    let at = 0;
    for (const m of s.mentions) {
      if (!cast.has(m.person)) cast.set(m.person, random() < 0.5 ? null : recast());
      const name = cast.get(m.person);
      if (!name || m.start < at) continue;
      const original = s.text.slice(m.start, m.end);
      text += s.text.slice(at, m.start) + (/\s/.test(original) ? `${name.given} ${name.surname}` : name.surname);
      at = m.end;
    }
    sentences.push((text + s.text.slice(at)).trim());
  }
  const paragraphs = [];
  for (let i = 0; i < sentences.length;) {
    const n = 1 + Math.floor(random() * 4);
    paragraphs.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  const words = sentences[0].replace(/[.!?…:;"”’')\]]+$/, '').split(/\s+/);
  const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(random() * 2552) * 86_400_000).toISOString().slice(0, 10);
  const authors = Array.from({ length: Math.floor(random() * 3) }, () => `${pick(seeds.givenNames)} ${pick(seeds.surnames)}`);
  return {
    id: `gen-${String(k).padStart(6, '0')}`,
    title: words.slice(0, 12).join(' '),
    outlet: pick(seeds.outlets),
    published: day,
    authors,
    paragraphs,
  };
}

const toml = (value) => JSON.stringify(value); // a JSON string literal is a valid TOML basic string

/** Writes the ×`scale` corpus into `out` (replacing it); returns {documents, bytes}. */
export function writeCorpus({ seedDir, scale, out, cli = DEFAULT_CLI }) {
  const seeds = readSeeds(seedDir, cli);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let manifest = readFileSync(path.join(seedDir, 'corpus.toml'), 'utf8');
  for (const file of manifest.matchAll(/^file\s*=\s*"([^"]+)"/gm)) copyFileSync(path.join(seedDir, file[1]), path.join(out, file[1]));
  manifest += `\n# ---- generated by tests/bench/generate.mjs --scale ${scale} (deterministic; see its header) ----\n`;
  const stories = (scale - 1) * seeds.documents.length;
  let bytes = 0;
  for (let k = 0; k < stories; k += 1) {
    const story = generateStory(seeds, k);
    const file = `${story.id}.txt`;
    const text = `${story.paragraphs.join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(out, file), text);
    const first = story.paragraphs[0];
    manifest += `\n[[capture]]\nfile = ${toml(file)}\n\n[[capture.story]]\nid = ${toml(story.id)}\ntitle = ${toml(story.title)}\n`
      + `outlet = ${toml(story.outlet)}\nauthors = [${story.authors.map(toml).join(', ')}]\npublished = ${toml(story.published)}\n`
      + `begin = ${toml(Array.from(first).slice(0, 60).join(''))}\nend = ${toml(story.paragraphs.at(-1))}\n`;
  }
  writeFileSync(path.join(out, 'corpus.toml'), manifest);
  return { documents: seeds.documents.length * scale, generatedBytes: bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const scale = Number(option('scale'));
  const out = option('out');
  if (!Number.isInteger(scale) || scale < 1 || !out) {
    console.error('usage: node tests/bench/generate.mjs --scale N --out DIR [--seed-corpus corpus] [--cli BIN]');
    process.exit(2);
  }
  const result = writeCorpus({ seedDir: path.resolve(option('seed-corpus', path.join(ROOT, 'corpus'))), scale, out: path.resolve(out), cli: option('cli', process.env.CORPUS_EXPLORER_BIN ?? DEFAULT_CLI) });
  console.log(`wrote ${out}: ${result.documents} documents (${result.generatedBytes} bytes of generated captures)`);
}
