// Purity of the whole public API, walked from the package's entry points: every
// exported function, called on deep-frozen inputs, throws nothing (or, where its
// contract is to throw, the library's own error), returns the same answer when
// called twice, leaves its inputs as they were and leaves Object.prototype alone;
// every exported constant is deep-frozen. The tables below list how each export is
// called: a new export fails this test until it has an entry, so none slips by.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as fixtures from "../../src/fixtures.js";
import * as report from "../../src/report.js";
import * as scenario from "../../src/scenario.js";
import * as schema from "../../src/schema.js";
import * as conditionText from "../../src/condition-text.js";
import type { CoalitionErrorCode, Dataset, DatasetIssue } from "../../src/index.js";
import type { CoalitionReport } from "../../src/report.js";
import { invalidArgument } from "../../src/internal/errors.js";

const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  coalition: main,
  "coalition/scenario": scenario,
  "coalition/report": report,
  "coalition/schema": schema,
  "coalition/fixtures": fixtures,
  "coalition/condition-text": conditionText,
};

// ---------------------------------------------------------------------------
// Deep freezing, deep copies, and what "unchanged" means.

/**
 * Every object reachable through own properties and Map / Set entries, with its path.
 * Functions are code, not data: neither walked into nor frozen (the index carries the
 * library's own aggregator, which this test has no business freezing).
 */
function* reachable(root: unknown): Generator<{ value: object; path: string }> {
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value: root, path: "(root)" }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    yield { value, path };
    if (value instanceof Map) {
      for (const [key, entry] of value) stack.push({ value: key, path: `${path}<key>` }, { value: entry, path: `${path}<${String(key)}>` });
    } else if (value instanceof Set) {
      for (const entry of value) stack.push({ value: entry, path: `${path}<entry>` });
    }
    if (ArrayBuffer.isView(value)) continue;
    for (const key of Reflect.ownKeys(value)) {
      // Read through the descriptor: a getter is never run by the walk.
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push({ value: descriptor.value, path: `${path}.${String(key)}` });
    }
  }
}

/**
 * Freezes a value and everything reachable from it. Typed arrays are the exception:
 * JavaScript cannot freeze one that has elements (the index holds some), so the
 * check that inputs are left as they were compares their contents instead.
 */
function deepFreeze<T>(value: T): T {
  for (const { value: object } of reachable(value)) if (!ArrayBuffer.isView(object)) Object.freeze(object);
  return value;
}

/** The paths of the objects reachable from `value` that are not frozen (typed arrays too, unless allowed). */
function unfrozen(value: unknown, { typedArrays = false } = {}): string[] {
  const found: string[] = [];
  for (const { value: object, path } of reachable(value)) {
    if (!Object.isFrozen(object) && !(typedArrays && ArrayBuffer.isView(object))) found.push(path);
  }
  return found;
}

/**
 * A deep copy taken before a call, to check the call left its input as it was. Not
 * structuredClone itself: inputs hold what it refuses or flattens (the index's
 * column aggregator is a function, an error keeps its class), so this copy keeps
 * functions by reference and every object's prototype, and copies typed arrays,
 * Maps, Sets and Dates by content.
 */
function snapshot(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof value !== "object" || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): unknown }).slice();
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) {
    const copy = new Map();
    copies.set(value, copy);
    for (const [key, entry] of value) copy.set(snapshot(key, copies), snapshot(entry, copies));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    copies.set(value, copy);
    for (const entry of value) copy.add(snapshot(entry, copies));
    return copy;
  }
  const prototype = Object.getPrototypeOf(value) as object | null;
  // An error is made by Error itself (its own class kept), so that it compares as an error.
  const copy: object = Array.isArray(value)
    ? new Array(value.length)
    : value instanceof Error
      ? (Reflect.construct(Error, [], value.constructor) as object)
      : Object.create(prototype);
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === "length") continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    // The copy stays mutable (only the original was frozen); an accessor is kept as it is.
    const copied: PropertyDescriptor =
      "value" in descriptor
        ? { value: snapshot(descriptor.value, copies), writable: true, enumerable: descriptor.enumerable ?? false, configurable: true }
        : { ...descriptor, configurable: true };
    Object.defineProperty(copy, key, copied);
  }
  return copy;
}

/** Object.prototype and Array.prototype as they are: their own keys and descriptors. */
function prototypes(): unknown {
  return [Object.prototype, Array.prototype].map((prototype) =>
    Reflect.ownKeys(prototype).map((key) => [String(key), Object.getOwnPropertyDescriptor(prototype, key)]),
  );
}

// ---------------------------------------------------------------------------
// The frozen inputs the calls share.

const dataset: Dataset = fixtures.seedDataset();
const freeze = deepFreeze;
const seedDocument = freeze(structuredClone(fixtures.seedDocument));
const referenceDocument = freeze(structuredClone(fixtures.referenceDocument));
const index = freeze(main.indexCommitments(dataset));

/** A second dataset, disjoint from the seed, with money in US dollars to convert. */
const moneyDataset: Dataset = schema.parseDataset(
  freeze({
    id: "purity-money",
    title: "Money to convert",
    sources: [{ id: "purity-source", kind: "official-statement", publisher: "Purity Office", date: "2025-03-13" }],
    states: [{ id: "DE" }],
    commitments: [
      {
        id: "purity-aid",
        actor: "DE",
        type: "financial-assistance",
        stance: "committed",
        date: "2025-03-13",
        sources: ["purity-source"],
        quantity: {
          claims: [{ value: { kind: "exact", unit: "money", currency: "USD", date: "2025-03", value: 1_000_000 }, sources: ["purity-source"] }],
        },
      },
    ],
  }),
);
const byType = freeze({ by: "type", minStance: "open", asOf: "2025-03-13" } as const);
const seedAggregate = freeze(main.aggregateCommitments(dataset, byType));
const moneyAggregate = freeze(main.aggregateCommitments(moneyDataset, byType));
const actorAggregate = freeze(main.aggregateCommitments(dataset, { by: "actor" }));
const rates = freeze({ base: "EUR", rates: { USD: 0.9 } });
const rateFunction = freeze({ base: "EUR", rates: (currency: string) => (currency === "USD" ? 0.9 : undefined) });

const issues: readonly DatasetIssue[] = freeze([
  { code: "missing_field", path: ["sources", 0, "date"], message: "date is required" },
  { code: "unknown_reference", path: ["commitments", 3, "actor"], id: "XX", expected: "actor", message: 'no actor has the id "XX"' },
]);
const scenarioFacts = freeze({ facts: { "peace:agreement:UA": true } });
const swissFacts = freeze({ facts: { "peace:agreement:UA": true, "request:*:CH": true, "approval:CH.government": true }, asOf: "2025-03-13" });
const coalitionReport: CoalitionReport = freeze(report.buildReport(dataset, { facts: { "peace:agreement:UA": true } }));
const plainReport: CoalitionReport = freeze(report.buildReport(dataset));
// A prepared dataset keeps the previous answer (its contract: what changed since then);
// primed here with the scenarios its rows ask, so that each asks what it was last asked.
const prepared = freeze(scenario.prepareScenarios(dataset));
scenario.reevaluateScenario(prepared, scenarioFacts);
const preparedAsOf = freeze(scenario.prepareScenarios(dataset, freeze({ asOf: "2025-03-13", minStance: "open" })));

const atoms = freeze({
  peace: { kind: "peace", form: "agreement", country: "UA" },
  request: { kind: "request" },
  approval: { kind: "approval", institution: "CH.government" },
  inclusion: { kind: "inclusion", in: "all consultations and preparations" },
  fact: { kind: "fact", id: "election", description: "An election is held" },
} as const);

// ---------------------------------------------------------------------------
// How each exported function is called.

interface Call {
  readonly args: readonly unknown[];
  /** The code of the CoalitionError the call's contract is to throw. */
  readonly throws?: CoalitionErrorCode;
  /** Called with `new`: the export is a class. */
  readonly construct?: true;
}

const call = (...args: unknown[]): Call => ({ args: freeze(args) });
const throwing = (code: CoalitionErrorCode, ...args: unknown[]): Call => ({ args: freeze(args), throws: code });
const badAsOf = freeze({ asOf: "2025-13-45" });

const CALLS: Readonly<Record<string, readonly Call[]>> = {
  // coalition: the model's helpers
  stanceRank: [call("committed"), call("refused")],
  compareStance: [call("ready", "open"), call("open", "open"), call("refused", "committed")],
  isStanceAtLeast: [call("ready", "open"), call("opposed", "ready")],
  stanceOfPhrase: [call("will not"), call("keen to", freeze({ extraPhrases: [{ phrase: "keen to", stance: "ready" }] })), call("no such phrase")],
  datePrecision: [call("2025-03-13"), call("2025-03"), call("2025"), call("unknown"), call("2025-02-30"), call("")],
  dateStart: [call("2025-03-13"), call("2025-03"), call("2025"), call("unknown")],
  dateEnd: [call("2025-03-13"), call("2024-02"), call("2025"), call("unknown")],
  isCountryCode: [call("GB"), call("XX"), call("__proto__")],
  isCurrencyCode: [call("EUR"), call("XYZ"), call("constructor")],
  isCoalitionError: [
    call(freeze(invalidArgument("asOf", "bad"))),
    call(freeze(new Error("bad"))),
    call(null),
    call("CoalitionError"),
  ],
  formatIssues: [call(issues), call(freeze([]))],
  formatPath: [call(freeze(["commitments", 3, "actor"])), call(freeze([])), call(freeze(["__proto__", "a b", 0]))],

  // coalition: queries and aggregation
  indexCommitments: [call(dataset), call(moneyDataset)],
  locationKey: [
    call(freeze({ kind: "in-country", country: "UA" })),
    call(freeze({ kind: "neighbouring-countries", of: "UA", region: "European" })),
    call(freeze({ kind: "at-sea" })),
  ],
  pickClaims: [
    call(dataset.coalitions[0]?.participantCount, dataset),
    call(dataset.coalitions[0]?.participantCount, dataset, freeze({ policy: "latest" })),
    call(dataset.coalitions[0]?.participantCount, dataset, freeze({ policy: "most-authoritative" })),
    call(freeze({ claims: [] }), dataset),
    call(dataset.coalitions[0]?.participantCount, index, freeze({ policy: "latest" })),
  ],
  aggregateCommitments: [
    call(dataset),
    call(dataset, byType),
    call(dataset, freeze({ by: "bloc", asOf: "2025-03-13" })),
    call(dataset, freeze({ by: "stance", type: "personnel", claimPolicy: "latest", includeWithdrawn: true })),
    call(index),
    call(index, freeze({ by: "location", minStance: "ready" })),
    call(moneyDataset, freeze({ by: "stage", exchangeRates: rates })),
    call(moneyDataset, freeze({ exchangeRates: rateFunction })),
    call(index, freeze({ by: "actor", exchangeRates: rates })),
    throwing("missing_exchange_rate", moneyDataset, freeze({ exchangeRates: { base: "EUR", rates: {} } })),
    throwing("invalid_argument", dataset, badAsOf),
  ],
  mergeAggregates: [call(seedAggregate, moneyAggregate), call(moneyAggregate, seedAggregate), throwing("invalid_argument", seedAggregate, actorAggregate)],
  stanceOnContribution: [
    call(dataset, "IE", "peacekeepers", freeze({ asOf: "2025-03-13" })),
    call(index, "GB", "personnel", freeze({ includeSubtypes: true })),
    call(dataset, "RO", "transit-hub", freeze({ location: "in-country:RO" })),
    call(index, "nobody", "peacekeepers"),
    throwing("invalid_argument", dataset, "IE", "peacekeepers", badAsOf),
  ],
  stanceOnProposal: [
    call(dataset, "DE", "behind-the-line-force"),
    call(dataset, "DE", "no-such-proposal", freeze({ asOf: "2025-03-13" })),
    call(index, "FR", "behind-the-line-force"),
  ],
  actorsByStance: [
    call(dataset, "peacekeepers"),
    call(index, "personnel", freeze({ minStance: "open", includeSubtypes: true, asOf: "2025-03-13" })),
    call(dataset, "ground-troops", freeze({ maxStance: "opposed" })),
    call(dataset, "no-such-type"),
  ],
  proposalPositions: [
    call(dataset, "behind-the-line-force"),
    call(index, "behind-the-line-force", freeze({ asOf: "2025-03-13" })),
    call(dataset, "no-such-proposal"),
    throwing("invalid_argument", dataset, "behind-the-line-force", badAsOf),
  ],
  participantsByBloc: [
    call(dataset, "coalition-talks", "nato", freeze({ asOf: "2025-03-13" })),
    call(dataset, "coalition-of-the-willing", "eu"),
    call(dataset, "no-such-event", "nato"),
    call(index, "coalition-of-the-willing", "nato"),
  ],
  contestedActors: [call(dataset), call(index, freeze({ asOf: "2025-03-13" }))],
  changesBetween: [
    call(dataset, freeze({ from: "2025-03-01", to: "2025-03-13" })),
    call(index, freeze({ from: freeze(new Date("2025-01-01T00:00:00Z")), to: "2025-12-31" })),
    throwing("invalid_argument", dataset, freeze({ from: "2025-03-13", to: "2025-03-01" })),
  ],
  coalitionParticipants: [
    call(dataset, "coalition-of-the-willing"),
    call(dataset, "coalition-of-the-willing", freeze({ asOf: "2025-03-13", claimPolicy: "latest" })),
    call(dataset, "no-such-coalition"),
    call(index, "coalition-of-the-willing"),
  ],
  provisionsFor: [call(dataset, "US"), call(dataset, "nobody", freeze({ asOf: "2025-03-13" })), call(index, "US")],
  countAtStance: [
    call(dataset, "personnel"),
    call(dataset, "ground-troops", freeze({ stance: "ready", coalition: "coalition-of-the-willing", location: "in-country:UA", asOf: "2025-03-13", claimPolicy: "latest" })),
    call(index, "personnel", freeze({ knownAsOf: "2025-03-13" })),
  ],

  // coalition: conditions as text
  parseConditionText: [call('peace(UA) "q" and not (US offers air-power at-least ready)'), throwing("invalid_condition_text", "peace(EU")],
  safeParseConditionText: [call("at-least 4 others offer ground-troops in-country(UA)"), call("peace(EU) or"), call("__proto__ offers constructor")],
  printCondition: [
    call(dataset.commitments.find((commitment) => commitment.condition?.kind === "all")?.condition),
    call(freeze({ kind: "not", of: { kind: "threshold", count: 2, type: "x", minStance: "ready", among: "cotw", location: { kind: "at-sea" } } })),
    throwing("invalid_argument", freeze({ kind: "all", of: [] })),
  ],

  // coalition/scenario
  factKey: [
    call(atoms.peace),
    call(atoms.request, freeze({ actor: "CH" })),
    call(atoms.approval),
    call(atoms.inclusion, freeze({ actor: "TR" })),
    call(atoms.fact),
    throwing("invalid_argument", atoms.request),
  ],
  evaluateScenario: [
    call(dataset, freeze({})),
    call(dataset, scenarioFacts),
    call(dataset, swissFacts, freeze({ explain: true, reading: "cautious", minStance: "open" })),
    call(dataset, scenarioFacts, freeze({ reading: "coordinated" })),
    throwing("invalid_argument", dataset, freeze({ facts: { "peace:agreement:UA": "yes" } })),
  ],
  scenarioSensitivity: [call(dataset, freeze({})), call(dataset, scenarioFacts, freeze({ minStance: "ready" }))],
  compareScenarios: [call(dataset, freeze({}), scenarioFacts), call(dataset, scenarioFacts, swissFacts, freeze({ reading: "cautious" }))],
  prepareScenarios: [call(dataset), call(dataset, freeze({ asOf: "2025-03-13", minStance: "open" }))],
  reevaluateScenario: [
    call(prepared, scenarioFacts),
    throwing("invalid_argument", prepared, freeze({ facts: { "peace:agreement:UA": "yes" } })),
    throwing("invalid_argument", freeze({ dataset }), scenarioFacts),
  ],
  decidingFacts: [
    call(preparedAsOf, scenarioFacts, "ch-peacekeepers"),
    call(preparedAsOf, scenarioFacts, "ch-peacekeepers", freeze({ maxFacts: 1, maxSets: 1 })),
    throwing("invalid_argument", preparedAsOf, scenarioFacts, "no-such-commitment"),
  ],

  // coalition/report
  buildReport: [call(dataset), call(dataset, freeze({ asOf: "2025-03-13", facts: { "peace:agreement:UA": true } })), throwing("invalid_argument", dataset, freeze({ asOf: "soon" }))],
  renderTextReport: [call(coalitionReport), call(plainReport, freeze({ color: true }))],
  renderMarkdownReport: [call(coalitionReport), call(plainReport)],
  renderHtmlReport: [call(coalitionReport), call(plainReport)],

  // coalition/schema
  parseDataset: [
    call(seedDocument, freeze({ base: fixtures.referenceDataset() })),
    call(referenceDocument),
    throwing("invalid_dataset", seedDocument),
    throwing("invalid_dataset", freeze({})),
    throwing("invalid_dataset", null),
    throwing("invalid_dataset", freeze({ id: "__proto__", title: "T", constructor: 1, commitments: [{ id: "c1" }] })),
  ],
  safeParseDataset: [
    call(seedDocument, freeze({ base: [fixtures.referenceDataset()] })),
    call(seedDocument),
    call(freeze({ id: "d", title: "T", states: [{ id: "GB" }, { id: "GB" }] })),
    call("not a dataset"),
  ],
  datasetJsonSchema: [call()],

  // coalition/fixtures
  seedDataset: [call()],
  referenceDataset: [call()],
  timelineDataset: [call()],
};

// ---------------------------------------------------------------------------
// Exports that are not functions.

/** Constants: plain data, which must be deep-frozen so that no caller can change them for everyone. */
const CONSTANTS: ReadonlySet<string> = new Set([
  "STANCES",
  "STANCE_PHRASES",
  "BUILTIN_CONTRIBUTION_TYPES",
  "TAXONOMY_VERSION",
  "SOURCE_KINDS",
  "BUILTIN_COUNT_UNITS",
  "LIMITS",
  "seedDocument",
  "referenceDocument",
  "timelineDocument",
]);

const record = <T>(list: readonly T[] | undefined): T => {
  const first = list?.[0];
  if (first === undefined) throw new Error("the seed dataset lost a record this test samples");
  return first;
};

/**
 * zod schemas: zod's own objects, which zod itself changes as it caches (it cannot
 * work frozen), so they are not checked for freezing. Instead each parses a sample
 * from the seed twice to the same answer, leaving the frozen sample as it was.
 */
const ZOD_SAMPLES: Readonly<Record<string, unknown>> = {
  DatasetSchema: seedDocument,
  SourceSchema: record(dataset.sources),
  StateSchema: record(dataset.states),
  OrganizationSchema: record(dataset.organizations),
  MembershipSchema: record(record(dataset.organizations).memberships),
  InstitutionSchema: record(dataset.institutions),
  PersonSchema: record(dataset.persons),
  OfficeSchema: record(record(dataset.persons).offices),
  ContributionTypeSchema: record(dataset.contributionTypes),
  StancePhraseSchema: freeze({ phrase: "keen to", stance: "ready" }),
  LocationSchema: freeze({ kind: "behind-demarcation-line", country: "UA" }),
  QuantitySchema: freeze({ kind: "range", unit: "people", low: 10_000, high: 30_000 }),
  ConditionSchema: record(dataset.commitments.filter((commitment) => commitment.condition?.kind === "all")).condition,
  CommitmentSchema: record(dataset.commitments),
  SpeakerSchema: record(dataset.commitments.filter((commitment) => commitment.statedBy !== undefined)).statedBy,
  FulfilmentStepSchema: freeze({ stage: "announced", date: "2025-03-13", sources: ["report-2025-03-13"] }),
  ProposalSchema: record(dataset.proposals),
  ProvisionSchema: record(dataset.proposals.filter((proposal) => proposal.provisions !== undefined)).provisions?.[0],
  PositionSchema: record(dataset.positions),
  EventSchema: record(dataset.events),
  CoalitionSchema: record(dataset.coalitions),
  ParticipationSchema: record(record(dataset.coalitions).participants),
  SoughtContributionSchema: freeze({ type: "air-power", sources: ["bloomberg-2025-03-13"] }),
  SubgroupSchema: freeze({ id: "air-planning-group", name: "Air planning group", kind: "planning-group", leads: ["GB"], sources: ["report-2025-03-13"] }),
  CoalitionBodySchema: freeze({
    id: "hq",
    name: "Headquarters",
    kind: "headquarters",
    sites: [{ place: { country: "FR", city: "Paris" }, from: "2025-07", sources: ["report-2025-03-13"] }],
    leads: [{ actors: ["FR"], from: "2025-07", sources: ["report-2025-03-13"] }],
    sources: ["report-2025-03-13"],
  }),
  BodySiteSchema: freeze({ place: { country: "GB", city: "London" }, from: "2026-07", status: "planned", sources: ["report-2025-03-13"] }),
  BodyLeadSchema: freeze({ actors: ["GB"], from: "2026-07", status: "planned", sources: ["report-2025-03-13"] }),
  PlaceSchema: freeze({ country: "FR", city: "Paris" }),
  EventSeriesSchema: freeze({ id: "leaders-meetings", number: 2 }),
  CountSchema: freeze({ kind: "at-least", value: 31, of: "countries", phrase: "over 30" }),
  CountUnitSchema: "heads-of-government",
  ParticipantCountSchema: 37,
  VoteTallySchema: freeze({ yes: 166, no: 27, abstain: 11 }),
  PledgeCountSchema: freeze({
    id: "twenty-six",
    coalition: "coalition-of-the-willing",
    type: "personnel",
    stance: "committed",
    count: { claims: [{ value: { kind: "exact", value: 26, of: "countries" }, sources: ["report-2025-03-13"] }] },
    members: [{ actor: "GB", sources: ["report-2025-03-13"] }],
    date: "2025-09-04",
    sources: ["report-2025-03-13"],
  }),
  PledgeCountActorSchema: freeze({ actor: "JP", sources: ["report-2025-03-13"] }),
  ExtendsRefSchema: freeze({ id: "reference-blocs", path: "reference.json" }),
  DatasetAssumptionsSchema: freeze({ unrecordedCommitments: "unknown" }),
  CountryCodeSchema: "GB",
  CurrencyCodeSchema: "EUR",
  PartialDateSchema: "2025-03",
  DateOrUnknownSchema: "unknown",
  StanceSchema: "ready",
  IdSchema: "GB.head-of-government",
};

/** COLLECTION_SCHEMAS: a record of zod schemas, one a collection; each parses its collection's first seed record. */
const COLLECTION_SCHEMAS_EXPORT = "COLLECTION_SCHEMAS";

// ---------------------------------------------------------------------------

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly value: unknown;
}

const EXPORTS: readonly Export[] = Object.entries(ENTRIES).flatMap(([entry, namespace]) =>
  Object.entries(namespace).map(([name, value]) => ({ entry, name, value })),
);
const functions = EXPORTS.filter((item) => typeof item.value === "function");
const others = EXPORTS.filter((item) => typeof item.value !== "function");

type Outcome = { readonly returned: unknown } | { readonly threw: unknown };

function invoke(fn: unknown, { args, construct }: Call): Outcome {
  try {
    const callable = fn as (...args: unknown[]) => unknown;
    return { returned: construct === true ? new (fn as new (...args: unknown[]) => unknown)(...args) : callable(...args) };
  } catch (error) {
    return { threw: error };
  }
}

/** What a thrown error says, for comparing two throws (their stacks differ). */
function thrown(outcome: Outcome): unknown {
  if (!("threw" in outcome)) return undefined;
  const error = outcome.threw;
  if (!main.isCoalitionError(error)) return error;
  // Its own fields: name, code, and those of its code (issues, argument, currency).
  return { ...error, message: error.message };
}

describe("the export tables", () => {
  it("list how to call every exported function, so that a new one cannot slip by", () => {
    const missing = functions.filter(({ name }) => (CALLS[name] ?? []).length === 0).map(({ entry, name }) => `${entry}: ${name}`);
    expect(missing).toEqual([]);
  });

  it("list every export that is not a function as a constant or a zod schema", () => {
    const unlisted = others
      .filter(({ name }) => !CONSTANTS.has(name) && !(name in ZOD_SAMPLES) && name !== COLLECTION_SCHEMAS_EXPORT)
      .map(({ entry, name }) => `${entry}: ${name}`);
    expect(unlisted).toEqual([]);
  });

  it("name no function that is not exported (an entry for a removed or not yet exported one)", () => {
    const exported = new Set(functions.map(({ name }) => name));
    expect(Object.keys(CALLS).filter((name) => !exported.has(name))).toEqual([]);
    const constants = new Set(others.map(({ name }) => name));
    expect([...CONSTANTS, ...Object.keys(ZOD_SAMPLES)].filter((name) => !constants.has(name))).toEqual([]);
  });

  it("freeze every input they share", () => {
    const inputs = Object.values(CALLS).flatMap((calls) => calls.flatMap((c) => c.args));
    // Typed arrays (the index's columns) cannot be frozen; their contents are compared instead.
    const paths = inputs.flatMap((input) => unfrozen(input, { typedArrays: true }));
    expect(paths).toEqual([]);
  });
});

const cases = functions.flatMap(({ entry, name, value }) =>
  (CALLS[name] ?? []).map((c, i) => ({ label: `${entry}: ${name} #${i + 1}${c.throws === undefined ? "" : ` (throws ${c.throws})`}`, fn: value, call: c })),
);

/**
 * What a call does wrong, in words: throwing (or not throwing what its contract says),
 * answering differently the second time, changing an input, touching the prototypes.
 * Empty for a pure call.
 */
function violations(fn: unknown, c: Call): string[] {
  const found: string[] = [];
  const before = c.args.map((arg) => snapshot(arg));
  const prototypesBefore = prototypes();

  const first = invoke(fn, c);
  const firstAnswer = "returned" in first ? snapshot(first.returned) : undefined;
  const second = invoke(fn, c);

  if (c.throws === undefined) {
    if ("threw" in first) found.push(`it threw ${String(first.threw)}`);
    // The same answer twice: no state kept between calls changes it.
    else if (!("returned" in second) || !isDeepStrictEqual(second.returned, first.returned)) found.push("the second call answered differently");
    // Nor does the second call change the first answer (a cached object updated in place).
    else if (!isDeepStrictEqual(first.returned, firstAnswer)) found.push("the second call changed the first answer");
  } else {
    const error = "threw" in first ? first.threw : undefined;
    if (!main.isCoalitionError(error) || error.code !== c.throws) found.push(`it did not throw a CoalitionError ${c.throws}, but ${String(error)}`);
    else if (!isDeepStrictEqual(thrown(second), thrown(first))) found.push("the second call threw differently");
  }
  c.args.forEach((arg, i) => {
    if (!isDeepStrictEqual(arg, before[i])) found.push(`argument ${i} was changed`);
  });
  if (!isDeepStrictEqual(prototypes(), prototypesBefore)) found.push("Object.prototype or Array.prototype was changed");
  return found;
}

describe("every exported function, on deep-frozen inputs", () => {
  it.each(cases)("$label", ({ fn, call: c }) => {
    expect(violations(fn, c)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  // Each of these breaks one rule; the checks must see it, or the walk above proves nothing.
  it("see a call that keeps state between calls", () => {
    let calls = 0;
    expect(violations(() => ++calls, call())).toEqual(["the second call answered differently"]);
  });

  it("see a call whose second call changes the answer it gave the first time", () => {
    const cached: number[] = [];
    expect(violations(() => (cached.push(cached.length), cached), call())).toEqual(["the second call changed the first answer"]);
  });

  it("see a call that changes the contents of a typed array, which cannot be frozen", () => {
    const input = freeze({ columns: new Int32Array([1, 2, 3]) });
    expect(violations((value: typeof input) => (value.columns[0] = 9), call(input))).toEqual(["argument 0 was changed"]);
  });

  it("see a call that adds to a frozen Map", () => {
    const input = freeze(new Map([["a", 1]]));
    expect(violations((value: Map<string, number>) => value.set("b", 2).size, call(input))).toContain("argument 0 was changed");
  });

  it("see a call that pollutes Object.prototype, and one that throws", () => {
    const polluting = () => Object.defineProperty(Object.prototype, "purityProbe", { value: 1, configurable: true });
    try {
      expect(violations(polluting, call())).toContain("Object.prototype or Array.prototype was changed");
    } finally {
      delete (Object.prototype as Record<string, unknown>).purityProbe;
    }
    expect(violations((value: number[]) => value.push(1), call(freeze([0])))).toEqual([
      "it threw TypeError: Cannot add property 1, object is not extensible",
    ]);
  });

  it("see a call that throws another error than its contract says", () => {
    expect(violations(() => 1, throwing("invalid_argument"))).toEqual(["it did not throw a CoalitionError invalid_argument, but undefined"]);
  });
});

describe("every exported constant", () => {
  const constants = others.filter(({ name }) => CONSTANTS.has(name));

  it.each(constants)("$entry: $name is deep-frozen", ({ value }) => {
    expect(unfrozen(value)).toEqual([]);
  });
});

describe("every exported zod schema", () => {
  const schemas = others.filter(({ name }) => name in ZOD_SAMPLES);

  it.each(schemas)("$entry: $name parses a frozen sample twice alike, leaving it as it was", ({ name, value }) => {
    const sample = ZOD_SAMPLES[name];
    const before = snapshot(sample);
    const parse = (value as { safeParse(input: unknown): { success: boolean; data?: unknown } }).safeParse.bind(value);
    const first = parse(sample);
    expect(first.success).toBe(true);
    expect(parse(sample)).toStrictEqual(first);
    expect(sample).toStrictEqual(before);
  });

  it("COLLECTION_SCHEMAS parses each collection's first seed record", () => {
    const prototypesBefore = prototypes();
    for (const [name, collectionSchema] of Object.entries(schema.COLLECTION_SCHEMAS)) {
      // The seed declares no stance phrase and no pledge count: those take the samples above.
      const sample =
        (dataset[name as keyof typeof schema.COLLECTION_SCHEMAS] as readonly unknown[])[0] ??
        (name === "pledgeCounts" ? ZOD_SAMPLES.PledgeCountSchema : ZOD_SAMPLES.StancePhraseSchema);
      const before = snapshot(sample);
      const first = collectionSchema.safeParse(sample);
      expect(first.success, name).toBe(true);
      expect(collectionSchema.safeParse(sample)).toStrictEqual(first);
      expect(sample).toStrictEqual(before);
    }
    expect(prototypes()).toEqual(prototypesBefore);
  });
});
