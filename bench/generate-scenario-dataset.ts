// A seeded generator of synthetic datasets for the scenario benchmarks. It builds the
// typed Dataset directly, without parsing (a million commitments would spend most of
// the benchmark in the parser), but every dataset it builds is valid per the schema:
// tests/scenario/bench-dataset.test.ts parses a generated one with parseDataset.
//
// Shape: one organization per ten commitments, each offering ten distinct leaf
// contribution types; condition trees 3 to 6 deep with 4 to 10 atoms, about three of
// which (on average) ask for another actor's commitment, mostly an earlier one (so
// most dependencies resolve) and, for 1 in 50 commitments, a later one that asks
// back (a coordination group). One in 500 asks for a threshold of a coalition of 40.
// Facts: peace in three countries, requests, approvals by 1,000 institutions,
// inclusions, mandates, 500 free-form facts; the scenario sets about 60% of them.
import type { Scenario } from "../src/scenario.js";
import type { Commitment, Condition, Dataset } from "../src/model/types.js";
import { mulberry32 } from "./prng.js";

/** Options of {@link generateScenarioDataset}. */
export interface ScenarioDatasetOptions {
  /** The number of commitments. */
  readonly commitments: number;
  /** The seed of the pseudo-random generator; 1 by default. */
  readonly seed?: number;
  /** Whether conditions may ask for other commitments; true by default. Without, facts only. */
  readonly dependencies?: boolean;
}

/** A generated dataset, a scenario over it, and what was generated. */
export interface ScenarioDataset {
  readonly dataset: Dataset;
  readonly scenario: Scenario;
  /** Commitment-to-commitment dependency edges: (holder, commitment an atom of its condition reads). */
  readonly dependencyEdges: number;
  /** Fact keys the conditions read and the scenario leaves unknown. */
  readonly unknownFacts: readonly string[];
}

const LEAF_TYPES = [
  "ground-troops",
  "peacekeepers",
  "trainers",
  "aircraft",
  "air-power",
  "air-policing",
  "naval-vessels",
  "minesweepers",
  "tanks",
  "intelligence",
  "border-surveillance",
  "transit-hub",
  "basing",
  "financial-assistance",
];
const PERSONNEL = new Set(["ground-troops", "peacekeepers", "trainers"]);
const PER_ACTOR = 10;
const PEACE_COUNTRIES = ["UA", "MD", "GE"];
const INSTITUTIONS = 1_000;
const FREE_FACTS = 500;
const MANDATES = 5;
const COALITION_SIZE = 40;

// Ids are built once and shared, as JSON.parse shares the short strings of a parsed document.
let actorIds: string[] = [];
const actorId = (k: number): string => {
  while (actorIds.length <= k) actorIds.push(`org-${actorIds.length}`);
  return actorIds[k]!;
};
const shared = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, k) => `${prefix}${k}`);
const typeOf = (i: number) => LEAF_TYPES[(Math.floor(i / PER_ACTOR) + (i % PER_ACTOR)) % LEAF_TYPES.length]!;

/** The skeleton every generated dataset shares: sources, states, organizations, institutions, one coalition. */
function skeleton(actors: number): Omit<Dataset, "commitments"> {
  return {
    id: "scenario-bench",
    title: "Synthetic scenario benchmark",
    layers: ["scenario-bench"],
    sources: [{ id: "s1", kind: "media-on-record", publisher: "Synthetic", date: "2025-03-13" }],
    states: ["UA", "MD", "GE", "US"].map((id) => ({ id })),
    organizations: Array.from({ length: actors }, (_, k) => ({ id: actorId(k), name: `Organization ${k}`, kind: "other" as const, memberships: [] })),
    institutions: Array.from({ length: Math.min(INSTITUTIONS, actors) }, (_, k) => ({
      id: `inst-${k}`,
      actor: actorId(k),
      kind: "government" as const,
    })),
    persons: [],
    contributionTypes: [],
    stancePhrases: [],
    coalitions: [
      {
        id: "bench-coalition",
        name: "Bench coalition",
        leads: [actorId(0)],
        participants: Array.from({ length: Math.min(COALITION_SIZE, actors) }, (_, k) => ({ actor: actorId(k), from: "2025-01-01", sources: ["s1"] })),
        sources: ["s1"],
      },
    ],
    proposals: [],
    positions: [],
    events: [],
    pledgeCounts: [],
  };
}

/**
 * A dataset of `commitments` commitments with conditions, and a scenario setting
 * about 60% of the facts they read. Deterministic for a given size and seed.
 */
export function generateScenarioDataset(options: ScenarioDatasetOptions): ScenarioDataset {
  const n = options.commitments;
  const random = mulberry32(options.seed ?? 1);
  const dependent = options.dependencies ?? true;
  const actors = Math.max(1, Math.ceil(n / PER_ACTOR));
  const pick = (limit: number) => Math.floor(random() * limit);
  const institutions = Math.min(INSTITUTIONS, actors);
  const institutionIds = shared("inst-", institutions);
  const factIds = shared("f", FREE_FACTS);
  actorIds = [];
  const readFacts = new Set<string>();

  const factAtom = (holder: number): Condition => {
    const roll = random();
    let atom: Condition;
    let key: string;
    if (roll < 0.15) {
      const country = PEACE_COUNTRIES[pick(PEACE_COUNTRIES.length)]!;
      const form = random() < 0.5 ? "agreement" : "ceasefire";
      atom = { kind: "peace", form, country };
      key = `peace:${form}:${country}`;
    } else if (roll < 0.3) {
      atom = random() < 0.5 ? { kind: "request" } : { kind: "request", by: "UA" };
      key = `request:${atom.by ?? "*"}:${actorId(holder)}`;
    } else if (roll < 0.5) {
      const institution = institutionIds[pick(institutions)]!;
      atom = { kind: "approval", institution };
      key = `approval:${institution}`;
    } else if (roll < 0.6) {
      atom = { kind: "inclusion", in: "all consultations" };
      key = `inclusion:${actorId(holder)}`;
    } else if (roll < 0.7) {
      const by = actorId(pick(Math.min(MANDATES, actors)));
      atom = { kind: "mandate", by };
      key = `mandate:${by}`;
    } else {
      const id = factIds[pick(FREE_FACTS)]!;
      atom = { kind: "fact", id, description: `free-form fact ${id}` };
      key = `fact:${id}`;
    }
    readFacts.add(key);
    return random() < 0.05 ? { kind: "not", of: atom } : atom;
  };

  // Which commitments each one's condition asks for: mostly earlier ones, a few later ones asking back.
  const asks: number[][] = Array.from({ length: n }, () => []);
  let dependencyEdges = 0;
  if (dependent && n > 1) {
    for (let i = 1; i < n; i++) {
      const count = 2 + pick(3); // 2, 3 or 4: three on average
      for (let c = 0; c < count; c++) {
        const j = pick(i);
        asks[i]!.push(j);
        if (random() < 0.02 / 3) asks[j]!.push(i); // "we go if you go"
      }
    }
  }

  // A threshold reads every personnel offer of the coalition's participants: each is an edge.
  let thresholdEdges = 0;
  for (let i = 0; i < Math.min(n, COALITION_SIZE * PER_ACTOR); i++) {
    if (PERSONNEL.has(typeOf(i))) thresholdEdges++;
  }

  const commitments: Commitment[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const holder = Math.floor(i / PER_ACTOR);
    const atoms: Condition[] = [];
    for (const j of asks[i]!) {
      atoms.push({ kind: "commitment", actor: actorId(Math.floor(j / PER_ACTOR)), type: typeOf(j), minStance: "open" });
      dependencyEdges++;
    }
    if (dependent && random() < 0.002 && actors > 1) {
      atoms.push({ kind: "threshold", count: 5, type: "personnel", minStance: "open", among: "bench-coalition" });
      dependencyEdges += thresholdEdges;
    }
    const leaves = 4 + pick(7) - atoms.length;
    for (let k = 0; k < Math.max(1, leaves); k++) atoms.push(factAtom(holder));
    const roll = random();
    commitments[i] = {
      id: `c${i}`,
      actor: actorId(holder),
      type: typeOf(i),
      stance: roll < 0.02 ? "refused" : roll < 0.3 ? "committed" : roll < 0.7 ? "ready" : "open",
      condition: tree(atoms, 3 + pick(4), random),
      date: "unknown",
      sources: ["s1"],
      ...(random() < 0.3
        ? { quantity: { claims: [{ value: { kind: "range" as const, unit: "people" as const, low: 100, high: 100 + pick(900) }, sources: ["s1"] }] } }
        : {}),
    };
  }

  const facts: Record<string, boolean> = {};
  const unknownFacts: string[] = [];
  for (const key of [...readFacts].sort()) {
    if (random() < 0.6) facts[key] = random() < 0.7;
    else unknownFacts.push(key);
  }
  // Keep the scenario consistent: an agreement implies a ceasefire; a named request is a request.
  for (const country of PEACE_COUNTRIES) {
    if (facts[`peace:agreement:${country}`] === true && facts[`peace:ceasefire:${country}`] === false) {
      facts[`peace:ceasefire:${country}`] = true;
    }
  }
  for (const key of Object.keys(facts)) {
    if (key.startsWith("request:UA:") && facts[key] === true && facts[`request:*:${key.slice(11)}`] === false) {
      facts[`request:*:${key.slice(11)}`] = true;
    }
  }
  return {
    dataset: { ...skeleton(actors), commitments },
    scenario: { facts, asOf: "2025-03-13" },
    dependencyEdges,
    unknownFacts: unknownFacts.filter((key) => facts[key] === undefined),
  };
}

/** Shuffles `atoms` into a tree `depth` levels deep (atoms count as a level): alternating all/any along a spine. */
function tree(atoms: readonly Condition[], depth: number, random: () => number): Condition {
  const shuffled = [...atoms];
  for (let k = shuffled.length - 1; k > 0; k--) {
    const swap = Math.floor(random() * (k + 1));
    [shuffled[k], shuffled[swap]] = [shuffled[swap]!, shuffled[k]!];
  }
  // The deepest gate holds at least two atoms; each gate above it one or two more.
  const gates = Math.max(1, depth - 1);
  let node: Condition = { kind: gates % 2 === 0 ? "any" : "all", of: shuffled.splice(0, Math.max(1, Math.min(2, shuffled.length - (gates - 1)))) };
  for (let level = gates - 1; level >= 1; level--) {
    const take = level === 1 ? shuffled.length : Math.min(shuffled.length - (level - 1), 1 + Math.floor(random() * 2));
    node = { kind: level % 2 === 0 ? "any" : "all", of: [node, ...shuffled.splice(0, Math.max(0, take))] };
  }
  return node;
}

/**
 * One commitment whose condition is `depth` levels of all / any / not over one fact,
 * set so that the commitment is active. Deeper than the parser allows (1,000).
 */
export function deepConditionDataset(depth: number): { dataset: Dataset; scenario: Scenario } {
  let condition: Condition = { kind: "fact", id: "deep", description: "the deepest fact" };
  let negations = 0;
  for (let level = 1; level < depth; level++) {
    if (level % 3 === 0) negations++;
    condition = level % 3 === 0 ? { kind: "not", of: condition } : { kind: level % 3 === 1 ? "all" : "any", of: [condition] };
  }
  const commitment: Commitment = { id: "deep", actor: actorId(0), type: "ground-troops", stance: "ready", condition, date: "unknown", sources: ["s1"] };
  return { dataset: { ...skeleton(1), commitments: [commitment] }, scenario: { facts: { "fact:deep": negations % 2 === 0 } } };
}

/** `length` commitments, each asking for the one before; the first asks for a fact. */
export function chainDataset(length: number): { dataset: Dataset; scenario: Scenario } {
  const commitments: Commitment[] = new Array(length);
  for (let i = 0; i < length; i++) {
    commitments[i] = {
      id: `c${i}`,
      actor: actorId(i),
      type: "ground-troops",
      stance: "ready",
      condition:
        i === 0
          ? { kind: "fact", id: "start", description: "the first link" }
          : { kind: "commitment", actor: actorId(i - 1), type: "ground-troops", minStance: "ready" },
      date: "unknown",
      sources: ["s1"],
    };
  }
  return { dataset: { ...skeleton(length), commitments }, scenario: { facts: { "fact:start": true } } };
}
