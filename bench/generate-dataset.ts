// A seeded generator of synthetic datasets, for the benchmarks and the property tests.
// Deterministic: the same size and seed give the same document, which parseDataset
// accepts. It exercises what real data holds: states with institutions and speakers,
// blocs with dated memberships, nested namespaced types, quantities of every kind
// (exact, ranges, approximate with and without bounds, money in several currencies,
// disputed claims), dates of every precision and "unknown", and several statements
// per actor, type, location and speaker over time.
import type { DatasetDocument } from "../src/fixtures.js";
import { SOURCE_KINDS } from "../src/model/source-kinds.js";
import { STANCE_PHRASES } from "../src/model/stance-phrases.js";
import { STANCES, type Stance } from "../src/model/stance.js";
import { mulberry32 } from "./prng.js";

/** Options of {@link generateDataset}. */
export interface GenerateDatasetOptions {
  /** The seed of the pseudo-random generator; 1 by default. */
  readonly seed?: number;
  /** Keep the commitments in generation (id) order instead of shuffling them; false by default. */
  readonly sorted?: boolean;
}

const STATE_CODES = (
  "AT AU BE BG CA CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT JP KR LT LU LV MD ME MK MT NL NO NZ PL PT RO RS SE SI SK " +
  "TR UA US AL AR BR CL CO EG GE ID IL IN JO KE KZ MA MX MY NG PE PH PK QA SA SG TH TN UY VN ZA AE AM AZ BA BY CN"
).split(" ");
const PLACES = ["UA", "PL", "RO", "MD", "EE", "LV", "LT", "FI"];
const TYPE_ROOTS = [
  "personnel",
  "ground-troops",
  "peacekeepers",
  "air",
  "aircraft",
  "maritime",
  "naval-vessels",
  "land-equipment",
  "logistics",
  "financial-assistance",
];
const BUILTIN_TYPES = [
  ...TYPE_ROOTS,
  "trainers",
  "air-power",
  "air-policing",
  "minesweepers",
  "tanks",
  "intelligence",
  "surveillance",
  "border-surveillance",
  "transit-hub",
  "basing",
];
const CURRENCIES = ["EUR", "USD", "GBP"];
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2018, 0, 1);

/** The seeded generator, with the draws the generator makes. */
function prng(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const iso = (day: number) => new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);

/**
 * A synthetic dataset document with `commitments` commitments, to be parsed with
 * `parseDataset`. About one actor per 20 commitments (states first, then agencies),
 * each with a few timelines of one to six statements. Actor ids are short
 * (`GB`, `ag-00042`), as ISO codes and bloc ids are.
 */
export function generateDataset(commitments: number, options: GenerateDatasetOptions = {}): DatasetDocument {
  const random = prng(options.seed ?? 1);
  const { int, pick, chance } = random;

  // Dates of every precision; records must not be dated after their sources.
  const partial = (day: number, unknown = 0.15) => {
    const roll = random.next();
    if (roll < unknown) return "unknown";
    const text = iso(day);
    return roll < unknown + 0.2 ? text.slice(0, 7) : roll < unknown + 0.3 ? text.slice(0, 4) : text;
  };
  const startOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const endOf = (date: string) =>
    date.length === 4 ? `${date}-12-31` : date.length === 7 ? iso(Math.round((Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0) - EPOCH) / DAY_MS)) : date;

  const sourceCount = Math.max(40, Math.round(commitments / 250));
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const date = i === sourceCount - 1 ? "2025-12-31" : partial(int(2920), 0);
    return { id: `src-${i}`, kind: pick(SOURCE_KINDS), publisher: `Publisher ${i % 97}`, date };
  }).sort((a, b) => (endOf(a.date) < endOf(b.date) ? -1 : endOf(a.date) > endOf(b.date) ? 1 : 0));
  const sourceEnds = sources.map((source) => endOf(source.date));
  /** A source published on or after `date` starts (the last is dated 2025-12-31, after every record). */
  const sourceFor = (date: string) => {
    if (date === "unknown") return (pick(sources) as { id: string }).id;
    const start = startOf(date);
    let lo = 0;
    let hi = sourceEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sourceEnds[mid] as string) < start) lo = mid + 1;
      else hi = mid;
    }
    return (sources[Math.min(lo + int(sourceEnds.length - lo), sources.length - 1)] as { id: string }).id;
  };
  const sourcesFor = (date: string) => {
    const first = sourceFor(date);
    const second = chance(0.2) ? sourceFor(date) : first;
    return second === first ? [first] : [first, second];
  };

  const states = STATE_CODES.map((id) => ({ id }));
  const agencyCount = Math.max(0, Math.ceil(commitments / 20) - STATE_CODES.length);
  const agencies = Array.from({ length: agencyCount }, (_, i) => `ag-${String(i).padStart(5, "0")}`);
  const actors = [...STATE_CODES, ...agencies];
  const institutions = STATE_CODES.flatMap((code) =>
    (["head-of-government", "parliament", "government"] as const).map((kind) => ({ id: `${code}.${kind}`, actor: code, kind })),
  );
  const persons = STATE_CODES.map((code) => ({
    id: `person-${code.toLowerCase()}`,
    name: `Leader of ${code}`,
    offices: [{ institution: `${code}.head-of-government`, title: "Prime Minister", from: "2019", sources: [sourceFor("2019")] }],
  }));

  const blocs = Array.from({ length: 8 }, (_, b) => {
    const members = [...STATE_CODES].sort(() => random.next() - 0.5).slice(0, 10 + int(30));
    if (b === 0) members.push(...agencies.slice(0, 20));
    return {
      id: `bloc-${b}`,
      name: `Bloc ${b}`,
      kind: pick(["alliance", "union", "forum"] as const),
      memberships: members.map((member) => {
        const from = int(2500) - 9000;
        const fromDate = partial(from < 0 ? from : from, 0);
        const left = chance(0.2) ? from + 400 + int(2000) : undefined;
        return {
          member,
          from: fromDate,
          ...(left === undefined ? {} : { to: iso(left + 400) }),
          sources: [sourceFor(fromDate)],
        };
      }),
    };
  });
  const organizations = [
    ...blocs,
    ...agencies.map((id) => ({ id, name: `Agency ${id}`, kind: "international-organization" as const })),
  ];

  const contributionTypes = TYPE_ROOTS.flatMap((root) =>
    [1, 2, 3].flatMap((i) => [
      { id: `gen:${root}-${i}`, parent: root, label: `${root} ${i}` },
      ...["a", "b"].map((j) => ({ id: `gen:${root}-${i}-${j}`, parent: `gen:${root}-${i}`, label: `${root} ${i}${j}` })),
    ]),
  );
  const typePool = [...BUILTIN_TYPES, ...BUILTIN_TYPES, ...contributionTypes.map((type) => type.id)];
  const phrases = new Map<Stance, string[]>(STANCES.map((stance) => [stance, []]));
  for (const { phrase, stance } of STANCE_PHRASES) phrases.get(stance)?.push(phrase);

  const location = () => {
    const roll = random.next();
    const country = pick(PLACES);
    if (roll < 0.45) return { kind: "in-country" as const, country };
    if (roll < 0.55) return { kind: "line-of-contact" as const, country: "UA" };
    if (roll < 0.65) return { kind: "behind-demarcation-line" as const, country: "UA" };
    if (roll < 0.8) return { kind: "neighbouring-countries" as const, of: "UA", ...(chance(0.5) ? { region: "European" } : {}) };
    if (roll < 0.9) return { kind: "at-sea" as const, ...(chance(0.5) ? { area: "Black Sea" } : {}) };
    return { kind: "remote" as const };
  };
  const amount = (unit: string, date: string) => {
    const money = unit === "money" ? { currency: pick(CURRENCIES), date: date === "unknown" ? "2025" : date } : {};
    const scale = unit === "money" ? 1_000_000 : unit === "people" ? 1000 : 50;
    const a = 1 + int(scale);
    const b = a + int(scale);
    const roll = random.next();
    if (roll < 0.5) return { kind: "exact" as const, unit, ...money, value: a };
    if (roll < 0.75) return { kind: "range" as const, unit, ...money, low: a, high: b };
    const bounds = roll < 0.83 ? { low: a } : roll < 0.88 ? { high: b } : roll < 0.92 ? { low: a, high: b } : {};
    return { kind: "approximate" as const, unit, ...money, phrase: "several", ...bounds };
  };
  const unitOf = () => {
    const roll = random.next();
    return roll < 0.4 ? "people" : roll < 0.5 ? "aircraft" : roll < 0.58 ? "vessels" : roll < 0.66 ? "tanks" : roll < 0.91 ? "money" : "gen:drones";
  };

  const records: Record<string, unknown>[] = [];
  for (let k = 0; records.length < commitments; k++) {
    const actor = actors[k % actors.length] as string;
    const state = k % actors.length < STATE_CODES.length;
    const type = pick(typePool);
    const where = chance(0.75) ? location() : undefined;
    const institution = state && chance(0.65) ? `${actor}.${pick(["head-of-government", "parliament", "government"])}` : undefined;
    const person = institution?.endsWith("head-of-government") && chance(0.4) ? `person-${actor.toLowerCase()}` : undefined;
    const unit = unitOf();
    let rank = int(STANCES.length);
    let day = int(2500);
    const statements = 1 + int(6);
    for (let s = 0; s < statements && records.length < commitments; s++) {
      day += int(200);
      rank = Math.max(0, Math.min(STANCES.length - 1, rank + int(3) - 1));
      const stance = STANCES[rank] as Stance;
      const date = partial(Math.min(day, 2800));
      const record: Record<string, unknown> = {
        id: `c${String(records.length).padStart(7, "0")}`,
        actor,
        ...(institution === undefined ? {} : { statedBy: { institution, ...(person === undefined ? {} : { person }) } }),
        type,
        ...(where === undefined ? {} : { location: where }),
        stance,
        date,
        sources: sourcesFor(date),
      };
      const phrase = phrases.get(stance);
      if (phrase !== undefined && phrase.length > 0 && chance(0.3)) record.phrase = pick(phrase);
      if (chance(0.65)) {
        const claims = [{ value: amount(unit, date), sources: [sourceFor(date)] }];
        if (chance(0.08)) claims.push({ value: amount(chance(0.9) ? unit : unitOf(), date), sources: [sourceFor(date)] });
        record.quantity = { claims };
      }
      const roll = random.next();
      if (roll < 0.1) record.condition = { kind: "peace", form: "agreement", country: "UA" };
      else if (roll < 0.14) record.condition = { kind: "request", by: "UA" };
      else if (roll < 0.17 && state) {
        record.condition = { kind: "all", of: [{ kind: "request" }, { kind: "approval", institution: `${actor}.government` }] };
      } else if (roll < 0.2) record.condition = { kind: "fact", id: "ceasefire-holds", description: "The ceasefire holds" };
      if (chance(0.1)) record.coalition = "gen-coalition";
      if (chance(0.1)) {
        // Steps stay before the last source's date (2025-12-31), as every step needs a source.
        let at = Math.min(day, 2800) + int(10);
        const steps = ["announced", "specified", "delivered"].slice(0, 1 + int(3)).map((stage) => {
          at += int(30);
          return { stage, date: iso(at), sources: [sourceFor(iso(at))] };
        });
        if (chance(0.15)) {
          at += 1 + int(20);
          steps.push({ stage: "withdrawn", date: iso(at), sources: [sourceFor(iso(at))] });
        }
        record.fulfilment = steps;
      }
      if (chance(0.05)) record.quote = `Statement ${records.length}`;
      records.push(record);
    }
  }
  if (options.sorted !== true) {
    for (let i = records.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [records[i], records[j]] = [records[j] as Record<string, unknown>, records[i] as Record<string, unknown>];
    }
  }

  const proposals = Array.from({ length: 3 + Math.floor(commitments / 20_000) }, (_, i) => {
    const date = partial(int(2500));
    return {
      id: `proposal-${i}`,
      title: `Proposal ${i}`,
      proposedBy: [pick(STATE_CODES)],
      date,
      provisions: [{ type: pick(BUILTIN_TYPES), provider: pick(STATE_CODES) }],
      exclusions: chance(0.5) ? [{ type: pick(BUILTIN_TYPES), provider: pick(STATE_CODES) }] : [],
      sources: [sourceFor(date)],
    };
  });
  const positions = Array.from({ length: Math.max(10, Math.floor(commitments / 100)) }, (_, i) => {
    const actor = pick(STATE_CODES);
    const date = partial(int(2700));
    return {
      id: `position-${i}`,
      proposal: (pick(proposals) as { id: string }).id,
      actor,
      ...(chance(0.5) ? { statedBy: { institution: `${actor}.${pick(["head-of-government", "parliament"])}` } } : {}),
      stance: pick(STANCES),
      date,
      sources: [sourceFor(date)],
    };
  });
  const participants = STATE_CODES.slice(0, 30).map((actor, i) => {
    const from = i % 3 === 0 ? "unknown" : partial(int(2000), 0);
    return { actor, from, sources: [sourceFor(from)] };
  });
  const coalitions = [
    {
      id: "gen-coalition",
      name: "Generated coalition",
      leads: STATE_CODES.slice(0, 2),
      participants,
      participantCount: { claims: [{ value: 30, sources: [sourceFor("2025")] }, { value: 32, sources: [sourceFor("2025")] }] },
      condition: { kind: "peace", form: "ceasefire", country: "UA" },
      sources: [sourceFor("2025")],
    },
  ];
  const events = Array.from({ length: 5 }, (_, i) => {
    const from = partial(int(2700), 0.2);
    return {
      id: `event-${i}`,
      title: `Meeting ${i}`,
      kind: "meeting",
      status: "held",
      from,
      participants: STATE_CODES.slice(i * 5, i * 5 + 12),
      sources: [sourceFor(from)],
    };
  });

  const document = {
    id: `synthetic-${commitments}-${options.seed ?? 1}`,
    title: `Synthetic dataset of ${commitments} commitments`,
    sources,
    states,
    organizations,
    institutions,
    persons,
    contributionTypes,
    coalitions,
    commitments: records,
    proposals,
    positions,
    events,
  };
  // Read back as from a JSON file (record by record, as one string would be too long at
  // a million records): the records are laid out in memory in the dataset's order, and
  // their strings are what JSON.parse makes of them.
  const reread = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) copy[key] = Array.isArray(value) ? value.map(reread) : value;
  return copy as unknown as DatasetDocument;
}
