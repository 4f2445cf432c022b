// One-off import of jurisdiction research notes (docs/research/jurisdictions/<id>.yaml, format in
// docs/research/README.md) into content: the sources (content/sources/jurisdictions/<id>.yaml), one
// overview instrument holding the statute sections (content/instruments/<id>/state-law.mdx, or
// national-law.mdx outside the US), and one assessment per topic appended to content/topics/<topic>.mdx.
// It refuses to import a jurisdiction that already has content, so it never overwrites edits.
// Usage (it reads src/vocab, so it runs under tsx): npx tsx scripts/import-research.mjs us-va ...
// Updates of cells still "unknown" (docs/research/UPDATES.md):
//   npx tsx scripts/import-research.mjs --update docs/research/updates/<topic>/<id>.yaml ...
//   npx tsx scripts/import-research.mjs --revise <file> ...   (replaces a graded cell; the file says revise: true)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { OFFICIAL_HOSTS, rootJurisdiction } from '../src/vocab/index.ts';

const YAML_OPTS = { lineWidth: 110, aliasDuplicateObjects: false };
/** True when `host` is an official host of the jurisdiction's root (the list the content check uses). */
const isOfficial = (id, host) => OFFICIAL_HOSTS[rootJurisdiction(id)].some((h) => host === h || host.endsWith(`.${h}`));
const slug = (s) =>
  String(s)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/([-.])[-.]+/g, '$1');
const yn = (v) => (v === true ? 'yes' : v === false ? 'no' : v == null ? 'unknown' : String(v));
const https = (u) => (typeof u === 'string' && /^https?:\/\//.test(u) ? u.replace(/^http:/, 'https:') : undefined);
const iso = (d) =>
  d instanceof Date
    ? d.toISOString().slice(0, 10)
    : typeof d === 'string' && /^\d{4}-\d\d-\d\d$/.test(d)
      ? d
      : undefined;
const clean = (s) => (s == null ? undefined : String(s).replace(/\s+/g, ' ').trim() || undefined);

/** One source from research notes as a source entry: official only on an official host. */
function sourceEntry(id, s, newId, url, day) {
  const host = new URL(url).hostname;
  const official = s.official === true && isOfficial(id, host);
  const published = iso(s.published);
  const accessed = iso(s.accessed) ?? day;
  const note = [
    clean(s.note),
    s.official === true && !official ? 'primary text, but on a host not on the official list' : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  return {
    id: newId,
    title: clean(s.title) ?? host,
    publisher: clean(s.publisher) ?? host,
    ...(published ? { published } : {}),
    accessed,
    url,
    official,
    ...(official ? { jurisdiction: id } : {}),
    ...(note ? { note } : {}),
  };
}

/** One statute section or bill from research notes, as a provision entry, and its commencement event. */
function provisionEntry(p, newId, topics, mapSources, fallback, day) {
  const srcs = mapSources(p.sources);
  const url = https(p.url);
  const from = iso(p.inForce);
  const bill =
    !from &&
    !p.enactedBy &&
    /\b(S\.?B|H\.?B|A\.?B|LD|LB|Bill)\b/i.test(p.citation) &&
    !/Code|Stat|§|R\.S\.|Ann\./.test(p.citation);
  const unverified = [clean(p.unverified), url ? undefined : 'No link to the official text was found.']
    .filter(Boolean)
    .join(' ');
  const provision = {
    id: newId,
    label: clean(p.citation),
    title: clean(p.title) ?? clean(p.gloss) ?? clean(p.citation),
    topics,
    summary: clean(p.summary),
    ...(url ? { url } : {}),
    ...(p.quote?.text && String(p.quote.text).length <= 400
      ? { quote: { text: clean(p.quote.text), pinpoint: clean(p.quote.pinpoint) ?? clean(p.citation) } }
      : {}),
    ...(clean(p.penalty) ? { penalty: clean(p.penalty) } : {}),
    ...(from
      ? { inForce: { value: from <= day ? 'yes' : 'no', from, asOf: day, sources: srcs.length ? srcs : [fallback] } }
      : bill
        ? {
            inForce: {
              value: 'no',
              asOf: day,
              sources: srcs.length ? srcs : [fallback],
              note: 'A bill, not law, as of this date.',
            },
          }
        : {}),
    sources: srcs.length ? srcs : [fallback],
    ...(unverified ? { unverified } : {}),
  };
  const event = from && {
    date: from,
    type: 'commencement',
    event: `${clean(p.citation)}${p.enactedBy ? ` (${clean(p.enactedBy)})` : ''} in force`,
    provisions: [newId],
    sources: srcs.length ? srcs : [fallback],
  };
  return { provision, event };
}

/** One topic's assessment from research notes (`reach` for AI CSAM, else a grade). */
function assessmentEntry(id, file, a, { name, searched, day, found = day, mapSources, pid, fallback }) {
  const from = iso(a.from);
  const srcs = mapSources(a.sources);
  const refs = [
    ...(a.provisions ?? []).filter((p) => pid.has(p)).map((p) => `${id}/${file}#${pid.get(p)}`),
    // References to provisions already in the knowledge base, as "<jurisdiction>/<file>#<id>".
    ...(a.existingProvisions ?? []).filter((r) => typeof r === 'string'),
  ];
  const step = (f, extra, note) => ({ from: f, ...extra, note });
  let history;
  const dated = from
    ? 'The law took effect on this date.'
    : `As found on ${found}; the date this took effect was not found.`;
  if (a.reach) {
    const reach = Object.fromEntries(Object.entries(a.reach).map(([k, v]) => [k, yn(v)]));
    history = [step(from ?? found, { reach }, dated)];
  } else if (a.grade === 'not-yet-applicable' && from && from > day) {
    history = [
      step(day, { grade: 'not-yet-applicable' }, `Enacted; applies from ${from}.`),
      step(
        from,
        { grade: 'explicit' },
        'The law applies from this date (graded explicit: it addresses the topic in terms).',
      ),
    ];
  } else {
    history = [
      step(from ?? day, { grade: a.grade === 'not-yet-applicable' ? 'explicit' : (a.grade ?? 'unknown') }, dated),
    ];
  }
  const grade = history.at(-1).grade;
  const gaps =
    clean(a.gaps) ??
    (grade === 'explicit' && !a.reach
      ? undefined
      : `Not established by the research: ${clean(searched) ?? 'see sources'}`);
  return {
    row: id,
    history,
    summary: clean(a.summary) ?? `Nothing was found for ${name}.`,
    ...(refs.length ? { provisions: refs } : {}),
    ...(clean(a.penalty) ? { penalty: clean(a.penalty) } : {}),
    ...(gaps ? { gaps } : {}),
    asOf: day,
    sources: srcs.length ? srcs : [fallback],
    ...(clean(a.unverified) ? { unverified: clean(a.unverified) } : {}),
  };
}

function importOne(id) {
  const r = parse(readFileSync(`docs/research/jurisdictions/${id}.yaml`, 'utf8'));
  const code = id.split('-').slice(1).join('-');
  const day = iso(r.researchedOn) ?? '2026-12-01';
  const instDir = `content/instruments/${id}`;
  const file = id.startsWith('us-') ? 'state-law' : 'national-law';
  if (existsSync(`${instDir}/${file}.mdx`)) throw new Error(`${id}: already imported`);

  // Sources: ids prefixed with the jurisdiction, official only on an official host.
  const sid = new Map();
  const sources = [];
  for (const s of r.sources ?? []) {
    const url = https(s.url);
    if (!url) continue;
    const newId = `${id}-${slug(String(s.id).replace(new RegExp(`^${code}-`), ''))}`;
    sid.set(s.id, newId);
    sources.push(sourceEntry(id, s, newId, url, day));
  }
  const mapSources = (ids) => (ids ?? []).map((x) => sid.get(x)).filter(Boolean);
  const fallback = sources[0]?.id;
  if (!fallback) throw new Error(`${id}: no usable source`);

  // Which topics cite each provision.
  const topicsOf = new Map();
  for (const [topic, a] of Object.entries(r.assessments ?? {}))
    for (const p of a.provisions ?? []) topicsOf.set(p, [...(topicsOf.get(p) ?? []), topic]);

  const provisions = [];
  const pid = new Map();
  const timeline = [];
  for (const p of r.provisions ?? []) {
    const topics = topicsOf.get(p.id);
    if (!topics) continue; // a lead no assessment rests on
    const newId = slug(p.id);
    pid.set(p.id, newId);
    const { provision, event } = provisionEntry(p, newId, topics, mapSources, fallback, day);
    provisions.push(provision);
    if (event) timeline.push(event);
  }
  timeline.sort((a, b) => a.date.localeCompare(b.date));
  if (!timeline.length)
    timeline.push({ date: day, type: 'other', event: 'Researched for this knowledge base', sources: [fallback] });
  const official = sources.filter((s) => s.official);
  const bills = [
    ...new Set((r.provisions ?? []).filter((p) => pid.has(p.id) && p.enactedBy).map((p) => clean(p.enactedBy))),
  ];
  const name = r.name;
  const inst = {
    title: `${name}: law on AI-generated child sexual abuse material and related conduct`,
    shortTitle: `${name} law`,
    aliases: [name, ...bills.slice(0, 10)],
    jurisdiction: id,
    kind: 'overview',
    citation:
      provisions
        .filter((p) => p.inForce?.value !== 'no' || p.inForce?.from)
        .map((p) => p.label)
        .slice(0, 6)
        .join('; ') || `${name} statutes`,
    ...(bills.length ? { otherCitations: bills } : {}),
    officialUrl:
      provisions.find((p) => p.url && official.some((s) => p.sources.includes(s.id)))?.url ??
      provisions.find((p) => p.url)?.url ??
      sources[0].url,
    summary:
      `The sections of ${name} law that this knowledge base relies on for AI-generated child sexual ` +
      `abuse material, the tools that make it and related conduct, with the bills that made them reach AI material.`,
    stage: {
      value: 'enacted',
      asOf: day,
      sources: official.length ? [official[0].id] : [fallback],
      note: 'Each section is enacted law unless marked as a bill; see each section for its date in force.',
    },
    inForce: {
      value: 'partly',
      asOf: day,
      sources: official.length ? [official[0].id] : [fallback],
      note: 'Each section shows its own date in force where one was found.',
    },
    timeline,
    provisions,
    lastReviewed: day,
    ...(official.length
      ? {}
      : {
          unverified:
            'No official source was reachable for this state; every fact rests on the secondary sources named at ' +
            'each item.',
        }),
  };
  if (!provisions.length) delete inst.provisions;

  // Assessments, one per topic.
  const assessments = {};
  for (const [topic, a] of Object.entries(r.assessments ?? {}))
    assessments[topic] = assessmentEntry(id, file, a, { name, searched: r.searched, day, mapSources, pid, fallback });

  mkdirSync('content/sources/jurisdictions', { recursive: true });
  writeFileSync(`content/sources/jurisdictions/${id}.yaml`, stringify(sources, YAML_OPTS));
  if (inst.provisions) {
    mkdirSync(instDir, { recursive: true });
    const body = `Researched on ${day}. What was searched: ${clean(r.searched) ?? 'see the sources'}\n`;
    writeFileSync(`${instDir}/${file}.mdx`, `---\n${stringify(inst, YAML_OPTS)}---\n\n${body.replace(/[<>{}]/g, '')}`);
  } else {
    for (const a of Object.values(assessments)) delete a.provisions;
  }
  for (const [topic, a] of Object.entries(assessments)) {
    const file = `content/topics/${topic}.mdx`;
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    const block = stringify([a], YAML_OPTS).replace(/^/gm, '  ').trimEnd();
    writeFileSync(file, `${text.slice(0, end)}\n${block}${text.slice(end)}`);
  }
  return (
    `${id}: ${sources.length} sources (${official.length} official), ${provisions.length} provisions, ` +
    `${Object.keys(assessments).length} assessments`
  );
}

/** Every source already in the knowledge base, by URL (a document is listed once). */
function sourcesByUrl() {
  const byUrl = new Map();
  for (const f of readdirSync('content/sources', { recursive: true }).filter((x) => String(x).endsWith('.yaml')))
    for (const src of parse(readFileSync(`content/sources/${f}`, 'utf8')) ?? []) byUrl.set(src.url, src.id);
  return byUrl;
}

/** The assessment block of `row` in a topic file: its start and end offsets, or undefined. */
function assessmentBlock(text, row) {
  const start = text.indexOf(`\n  - row: ${row}\n`);
  if (start < 0) return undefined;
  const end = text.slice(start + 1).search(/\n {2}- row: |\n---/);
  return { start: start + 1, end: start + 1 + end + 1 };
}

/**
 * True when an assessment block grades nothing: "unknown", or reach facts that establish neither images of
 * real children nor wholly synthetic material (the rule in src/lib/reach.ts).
 */
function ungraded(block) {
  if (/grade: unknown\n/.test(block) && !/grade: (?!unknown)/.test(block)) return true;
  if (!/reach:/.test(block)) return false;
  const reaches = /realChild: "?yes/.test(block) || /whollySynthetic: "?(yes|obscene-only)/.test(block);
  const none = /realChild: "?no"?\n/.test(block) && /whollySynthetic: "?no"?\n/.test(block);
  return !reaches && !none;
}

/**
 * Applies one research update (docs/research/updates/<topic>/<id>.yaml, format in docs/research/UPDATES.md):
 * new sources (documents already listed are cited by their existing id), new sections added to the
 * jurisdiction's entry, and the topic's assessment for the jurisdiction replaced. It only replaces an
 * assessment that is "unknown", so it never overwrites a graded cell, unless run with --revise on a file
 * that says `revise: true` (a complete assessment that carries over what stays right).
 */
function updateOne(path, revise = false) {
  const r = parse(readFileSync(path, 'utf8'));
  const { id, topic } = r;
  const code = id.split('-').slice(1).join('-');
  const day = iso(r.researchedOn) ?? '2026-12-01';
  const file = id.startsWith('us-') ? 'state-law' : 'national-law';
  const topicFile = `content/topics/${topic}.mdx`;
  let text = readFileSync(topicFile, 'utf8');
  const block = assessmentBlock(text, id);
  if (block && !ungraded(text.slice(block.start, block.end)) && !(revise && r.revise === true))
    return `${path}: skipped, ${id} is already graded on ${topic}${r.revise ? ' (use --revise)' : ''}`;

  // Sources: reuse a listed document's id; add the rest to the jurisdiction's source file.
  const known = sourcesByUrl();
  const srcFile = `content/sources/jurisdictions/${id}.yaml`;
  const listed = existsSync(srcFile) ? (parse(readFileSync(srcFile, 'utf8')) ?? []) : [];
  const taken = new Set([...known.values()]);
  const sid = new Map();
  const added = [];
  for (const src of r.sources ?? []) {
    const url = https(src.url);
    if (!url) continue;
    if (known.has(url)) {
      sid.set(src.id, known.get(url));
      continue;
    }
    let newId = `${id}-${slug(String(src.id).replace(new RegExp(`^${code}-`), ''))}`;
    for (let n = 2; taken.has(newId); n++) newId = `${newId.replace(/-\d+$/, '')}-${n}`;
    taken.add(newId);
    known.set(url, newId);
    sid.set(src.id, newId);
    added.push(sourceEntry(id, src, newId, url, day));
  }
  if (added.length) {
    mkdirSync('content/sources/jurisdictions', { recursive: true });
    writeFileSync(srcFile, stringify([...listed, ...added], YAML_OPTS));
  }
  const mapSources = (ids) => (ids ?? []).map((x) => sid.get(x)).filter(Boolean);
  const fallback = mapSources(r.assessment?.sources)[0] ?? [...sid.values()][0];
  if (!fallback) throw new Error(`${path}: no usable source`);

  // Sections: added to the jurisdiction's entry (created when it has none yet).
  const instFile = `content/instruments/${id}/${file}.mdx`;
  const pid = new Map();
  const cited = new Set(r.assessment?.provisions ?? []);
  const newProvisions = (r.provisions ?? []).filter((p) => cited.has(p.id));
  let addedSections = 0;
  if (newProvisions.length) {
    if (!existsSync(instFile)) throw new Error(`${path}: ${instFile} does not exist; import ${id} first`);
    const raw = readFileSync(instFile, 'utf8');
    const end = raw.indexOf('\n---', 4);
    const inst = parse(raw.slice(4, end));
    const ids = new Set(inst.provisions.map((p) => p.id));
    for (const p of newProvisions) {
      // A section already in the entry (same official link or citation) is cited, not added again.
      const same = inst.provisions.find(
        (x) => (https(p.url) && x.url === https(p.url)) || x.label === clean(p.citation),
      );
      if (same) {
        pid.set(p.id, same.id);
        if (!same.topics.includes(topic)) same.topics.push(topic);
        continue;
      }
      let newId = slug(p.id);
      for (let n = 2; ids.has(newId); n++) newId = `${slug(p.id)}-${n}`;
      ids.add(newId);
      pid.set(p.id, newId);
      const { provision, event } = provisionEntry(p, newId, [topic], mapSources, fallback, day);
      inst.provisions.push(provision);
      addedSections++;
      if (event) inst.timeline.push(event);
    }
    inst.timeline.sort((a, b) => a.date.localeCompare(b.date));
    const bills = newProvisions.map((p) => clean(p.enactedBy)).filter(Boolean);
    inst.otherCitations = [...new Set([...(inst.otherCitations ?? []), ...bills])];
    writeFileSync(instFile, `---\n${stringify(inst, YAML_OPTS)}${raw.slice(end + 1)}`);
  }
  // Sections already in the knowledge base gain the topic.
  for (const ref of r.existingProvisions ?? []) {
    const [inst, prov] = String(ref).split('#');
    const f = `content/instruments/${inst}.mdx`;
    if (!existsSync(f)) throw new Error(`${path}: ${ref} names no entry`);
    const raw = readFileSync(f, 'utf8');
    const end = raw.indexOf('\n---', 4);
    const data = parse(raw.slice(4, end));
    const p = data.provisions?.find((x) => x.id === prov);
    if (!p) throw new Error(`${path}: ${ref} names no section`);
    if (!p.topics.includes(topic)) {
      p.topics.push(topic);
      writeFileSync(f, `---\n${stringify(data, YAML_OPTS)}${raw.slice(end + 1)}`);
    }
  }

  const name = r.name ?? id;
  // A revision of a cell whose start is not known keeps the date it was first found ("As found on ..."),
  // so views of the days between stay graded.
  const found =
    (revise &&
      block &&
      /\n\s+- from: (\d{4}-\d{2}-\d{2})\n(?:.*\n)*?\s+note: As found on/.exec(
        text.slice(block.start, block.end),
      )?.[1]) ||
    day;
  const a = assessmentEntry(
    id,
    file,
    { ...r.assessment, existingProvisions: r.existingProvisions ?? [] },
    {
      name,
      searched: r.searched,
      day,
      found: found < day ? found : day,
      mapSources,
      pid,
      fallback,
    },
  );
  const entry = `${stringify([a], YAML_OPTS).replace(/^/gm, '  ').trimEnd()}\n`;
  text = readFileSync(topicFile, 'utf8');
  const b = assessmentBlock(text, id);
  if (b) text = text.slice(0, b.start) + entry + text.slice(b.end);
  else {
    const end = text.indexOf('\n---', 4);
    text = `${text.slice(0, end)}\n${entry.trimEnd()}${text.slice(end)}`;
  }
  writeFileSync(topicFile, text);
  return `${path}: ${added.length} new sources, ${addedSections} new sections, ${topic} for ${id} replaced`;
}

const args = process.argv.slice(2);
if (args[0] === '--update' || args[0] === '--revise')
  for (const path of args.slice(1)) console.log(updateOne(path, args[0] === '--revise'));
else for (const id of args) console.log(importOne(id));
