// fast-check arbitraries of VALID dataset documents, shared by every property test of
// the project, and `mutators` that break exactly one rule of a valid document.
//
// A document is generated in two steps. fast-check draws a *blueprint*: plain values,
// with every reference drawn as a natural number. `buildDocument` then resolves each
// number to a record declared earlier (`n % pool.length`) and repairs what a rule
// forbids (dates after their sources, overlapping memberships, steps out of order),
// so every document passes `safeParseDataset`, and a shrunk blueprint still builds one.
import fc from "fast-check";
import {
  BUILTIN_CONTRIBUTION_TYPES,
  BUILTIN_COUNT_UNITS,
  SOURCE_KINDS,
  STANCE_PHRASES,
  STANCES,
  dateEnd,
  dateStart,
  type Stance,
} from "../../src/index.js";
import { normalisePhrase } from "../../src/internal/normalise-phrase.js";
import { INSTITUTION_KINDS, ORGANIZATION_KINDS } from "../../src/schema/actors.js";
import { FULFILMENT_STAGES } from "../../src/internal/fulfilment-stages.js";
import { EVENT_KINDS } from "../../src/schema/event.js";
import { EDGE_DAYS, FIRST_DAY, LAST_DAY, PRECISIONS, dayNumber, dayOf, isoDay, truncateDay, type Precision } from "./dates.js";
import {
  AWKWARD_IDS,
  COUNT_UNITS,
  compact,
  countryCodeList,
  currencyCodeList,
  type CoalitionInput,
  type CommitmentInput,
  type ConditionInput,
  type ContributionTypeInput,
  type CountInput,
  type DatasetInput,
  type EventInput,
  type FulfilmentStepInput,
  type InstitutionInput,
  type LocationInput,
  type MembershipInput,
  type OfficeInput,
  type OrganizationInput,
  type ParticipationInput,
  type PersonInput,
  type PositionInput,
  type ProposalInput,
  type ProvisionInput,
  type QuantityInput,
  type SourceInput,
  type SpeakerInput,
  type StancePhraseInput,
  type StateInput,
} from "./input.js";
import { MUTATOR_NAMES, mutationOf, type Mutation, type MutatorName } from "./mutators.js";

export * from "./input.js";
export { EDGE_DAYS, dayNumber, dayOf, isoDay, truncateDay, type Precision } from "./dates.js";
export { mutators, mutationOf, MUTATOR_NAMES, type Mutation, type Mutator, type MutatorName } from "./mutators.js";

/** Options of {@link validDatasetDocument}. */
export interface DatasetArbitraryOptions {
  /** The most records in one collection; 5 by default. Any size works: 200 gives large documents. */
  readonly maxRecords?: number;
  /**
   * The fewest records in every collection; 0 by default. Sources and states always
   * number at least one, unless `allowEmpty` picks the bare document.
   */
  readonly minRecords?: number;
  /** The deepest nesting of `all` / `any` / `not` in a condition; 3 by default. */
  readonly maxConditionDepth?: number;
  /** Whether the bare document `{ id, title }` can come out; true by default. */
  readonly allowEmpty?: boolean;
}

/** Phrases a generated dataset declares itself; none is, or normalises to, a built-in one. */
const OWN_PHRASES = [
  "keen to",
  "eager to",
  "minded to",
  "inclined to",
  "poised to",
  "reluctant to",
  "firmly against",
  "leaning towards",
  "signed off on",
  "considering",
  "sceptical of",
  "weighing",
] as const;

// ---------------------------------------------------------------------------
// Small arbitraries, exported for property tests of their own.

/** A day number (see `dates.ts`), mostly in 1990-2030, sometimes anywhere in years 0-9999 or on an edge day. */
export function dayArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2030, 12, 31) }) },
    { weight: 1, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_DAYS) },
  );
}

/** A precision: day, month or year. */
export function precisionArbitrary(): fc.Arbitrary<Precision> {
  return fc.constantFrom(...PRECISIONS);
}

/** A real date at day, month or year precision: `"2024-02-29"`, `"2025-03"`, `"0000"`. */
export function partialDateArbitrary(): fc.Arbitrary<string> {
  return fc.tuple(dayArbitrary(), precisionArbitrary()).map(([day, precision]) => truncateDay(isoDay(day), precision));
}

/** A real date at any precision, or `"unknown"`. */
export function dateOrUnknownArbitrary(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: partialDateArbitrary() }, { weight: 1, arbitrary: fc.constant("unknown") });
}

/** A real ISO 3166-1 alpha-2 country code. */
export function countryCodeArbitrary(): fc.Arbitrary<string> {
  return fc.constantFrom(...countryCodeList());
}

/** An active ISO 4217 currency code. */
export function currencyCodeArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom("EUR", "USD", "GBP"), fc.constantFrom(...currencyCodeList()));
}

/** A valid id: plain, awkward (`constructor`), with every allowed punctuation, or exactly 128 characters. */
export function idArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/+-]{0,15}$/) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_IDS) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{127}$/) },
  );
}

/** A name, title or phrase: realistic, any Unicode (lone surrogates too), or exactly 500 characters. */
export function nameArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("Prime Minister", "Demo News", "Süssli", "Коаліція", "連合", "O'Neill & Co.") },
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: "binary" }) },
    { weight: 1, arbitrary: fc.constant("n".repeat(500)) },
  );
}

/** A note, quote or description, up to the 20,000-character limit. */
export function textArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: "binary" }) },
    { weight: 1, arbitrary: fc.constant("t".repeat(20_000)) },
  );
}

/** A deployment location of any kind. */
export function locationArbitrary(): fc.Arbitrary<LocationInput> {
  const country = countryCodeArbitrary();
  return fc.oneof(
    fc
      // fc.record may build objects without a prototype; a document holds what JSON.parse makes.
      .record({ kind: fc.constantFrom("in-country", "line-of-contact", "behind-demarcation-line"), country }, { noNullPrototype: true })
      .map((location): LocationInput => ({ ...location })),
    fc
      .record({ of: country, region: fc.option(nameArbitrary(), { nil: undefined }) })
      .map(({ of, region }) => compact<LocationInput>({ kind: "neighbouring-countries", of, region })),
    fc.option(nameArbitrary(), { nil: undefined }).map((area) => compact<LocationInput>({ kind: "at-sea", area })),
    fc.option(nameArbitrary(), { nil: undefined }).map((description) => compact<LocationInput>({ kind: "remote", description })),
    fc.record({ country, name: nameArbitrary() }).map(({ country: code, name }): LocationInput => ({ kind: "region", country: code, name })),
    fc
      .record({ country, description: nameArbitrary(), away: fc.option(fc.boolean(), { nil: undefined }) })
      .map(({ country: code, description, away }) =>
        compact<LocationInput>({ kind: "areas", country: code, description, awayFromLineOfContact: away }),
      ),
  );
}

/** A count of every kind (exact, range, at least, at most, approximate with or without a figure and bounds), of built-in and own units. */
export function countArbitrary(): fc.Arbitrary<CountInput> {
  const figure = fc.oneof({ weight: 4, arbitrary: fc.nat(200) }, { weight: 1, arbitrary: fc.constantFrom(0, 1e12) });
  return fc
    .record({
      kind: fc.constantFrom("exact", "range", "at-least", "at-most", "approximate"),
      of: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BUILTIN_COUNT_UNITS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,8}:[a-z0-9-]{1,8}$/).map((unit) => unit as `${string}:${string}`) }),
      a: figure,
      b: figure,
      c: figure,
      given: fc.constantFrom("none", "value", "low", "high", "all"),
      phrase: fc.option(fc.oneof(fc.constantFrom("over 30", "some thirty", "dozens"), nameArbitrary()), { nil: undefined }),
    })
    .map(({ kind, of, a, b, c, given, phrase }): CountInput => {
      const [low, middle, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      if (kind === "exact" || kind === "at-least" || kind === "at-most") return compact<CountInput>({ kind, value: middle, of, phrase });
      if (kind === "range") return compact<CountInput>({ kind, low, high, of, phrase });
      return compact<CountInput>({
        kind,
        phrase: phrase ?? "about a dozen",
        value: given === "value" || given === "all" ? middle : undefined,
        low: given === "low" || given === "all" ? low : undefined,
        high: given === "high" || given === "all" ? high : undefined,
        of,
      });
    });
}

/** An amount: whole or fractional, from 0 to the 1e15 limit, both ends included. */
export function amountArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
    // `+ 0` turns -0 into 0: JSON has no -0, so a -0 would not survive a round trip.
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1e15, noNaN: true }).map((value) => value + 0) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1e15, 0.5, Number.MIN_VALUE) },
  );
}

/** A quantity of every kind (exact, range, approximate) and unit (counts, `ns:unit`, money with currency and date). */
export function quantityArbitrary(): fc.Arbitrary<QuantityInput> {
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...COUNT_UNITS) },
    { weight: 2, arbitrary: fc.constant("money" as const) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,8}:[a-z0-9-]{1,8}$/) },
  );
  return fc
    .record({
      kind: fc.constantFrom("exact", "range", "approximate"),
      unit,
      currency: currencyCodeArbitrary(),
      date: partialDateArbitrary(),
      a: amountArbitrary(),
      b: amountArbitrary(),
      bounds: fc.constantFrom("none", "low", "high", "both"),
      phrase: fc.oneof(fc.constantFrom("several thousand", "a small contribution", "a brigade"), nameArbitrary()),
    })
    .map(({ kind, unit, currency, date, a, b, bounds, phrase }): QuantityInput => {
      const money = unit === "money" ? { currency, date } : {};
      const [low, high] = a <= b ? [a, b] : [b, a];
      if (kind === "exact") return { kind, unit, ...money, value: a };
      if (kind === "range") return { kind, unit, ...money, low, high };
      return compact<QuantityInput>({
        kind,
        unit,
        ...money,
        phrase,
        // A figure inside the bounds the source gives, where it gives one.
        value: bounds === "both" && a !== b ? (low + high) / 2 : undefined,
        low: bounds === "low" || bounds === "both" ? low : undefined,
        high: bounds === "high" || bounds === "both" ? high : undefined,
      });
    });
}

// ---------------------------------------------------------------------------
// Blueprints: what fast-check draws. References are natural numbers.

interface DateDraw {
  readonly unknown: boolean;
  readonly day: number;
  readonly precision: Precision;
}
interface SpanDraw {
  readonly a: number;
  readonly b: number;
  readonly fromPrecision: Precision;
  readonly toPrecision: Precision;
  readonly hasFrom: boolean;
  readonly hasTo: boolean;
}
interface AtomDraw {
  readonly kind: "peace" | "request" | "approval" | "inclusion" | "commitment" | "threshold" | "mandate" | "fact";
  readonly n1: number;
  readonly n2: number;
  readonly n3: number;
  readonly flag: boolean;
  readonly form: "agreement" | "ceasefire";
  readonly country: string;
  readonly stance: Stance;
  readonly count: number;
  readonly text: string;
  readonly factId: string;
  readonly location: LocationInput | undefined;
  readonly quote: string | undefined;
}
type ConditionDraw = AtomDraw | { readonly kind: "all" | "any"; readonly of: ConditionDraw[] } | { readonly kind: "not"; readonly of: ConditionDraw };
interface ClaimsDraw<T> {
  readonly claims: readonly { readonly value: T; readonly sources: readonly number[]; readonly note: string | undefined }[];
}

type Optional<T> = T | undefined;
const opt = <T>(arbitrary: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<Optional<T>> =>
  fc.option(arbitrary, { nil: undefined, freq });

function dateDraw(): fc.Arbitrary<DateDraw> {
  return fc.record({ unknown: fc.boolean(), day: dayArbitrary(), precision: precisionArbitrary() });
}

function spanDraw(): fc.Arbitrary<SpanDraw> {
  return fc.record({
    a: dayArbitrary(),
    b: dayArbitrary(),
    fromPrecision: precisionArbitrary(),
    toPrecision: precisionArbitrary(),
    hasFrom: fc.boolean(),
    hasTo: fc.boolean(),
  });
}

function refs(max = 3): fc.Arbitrary<number[]> {
  return fc.array(fc.nat(), { minLength: 1, maxLength: max });
}

function claimsDraw<T>(value: fc.Arbitrary<T>): fc.Arbitrary<ClaimsDraw<T>> {
  return fc.record({
    claims: fc.array(fc.record({ value, sources: refs(2), note: opt(textArbitrary(), 4) }), { minLength: 1, maxLength: 3 }),
  });
}

function atomDraw(): fc.Arbitrary<AtomDraw> {
  return fc.record({
    kind: fc.constantFrom("peace", "request", "approval", "inclusion", "commitment", "threshold", "mandate", "fact"),
    n1: fc.nat(),
    n2: fc.nat(),
    n3: fc.nat(),
    flag: fc.boolean(),
    form: fc.constantFrom("agreement", "ceasefire"),
    country: countryCodeArbitrary(),
    stance: fc.constantFrom(...STANCES),
    count: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000 }) }),
    text: nameArbitrary(),
    factId: idArbitrary(),
    location: opt(locationArbitrary(), 3),
    quote: opt(textArbitrary(), 3),
  });
}

function conditionDraw(maxDepth: number): fc.Arbitrary<ConditionDraw> {
  const { node } = fc.letrec<{ node: ConditionDraw }>((tie) => ({
    node: fc.oneof(
      { maxDepth, depthIdentifier: "condition", withCrossShrink: true },
      { weight: 3, arbitrary: atomDraw() },
      fc.record({ kind: fc.constantFrom("all" as const, "any" as const), of: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("not" as const), of: tie("node") }),
    ),
  }));
  return node;
}

function blueprint(options: Required<DatasetArbitraryOptions>) {
  const { maxRecords: max, minRecords: min, maxConditionDepth } = options;
  // `floor` records at least, whatever the options say: a document with records has a source and a state.
  const list = <T>(item: fc.Arbitrary<T>, floor = 0) => {
    const minLength = Math.max(floor, Math.min(min, max));
    return fc.array(item, { minLength, maxLength: Math.max(max, minLength) });
  };
  const condition = conditionDraw(maxConditionDepth);
  const name = nameArbitrary();
  const text = textArbitrary();
  return fc.record({
    header: fc.record({
      keepEmpty: fc.boolean(),
      schema: opt(fc.constantFrom("./dataset.schema.json", "https://example.org/coalition/dataset.schema.json"), 4),
      id: idArbitrary(),
      title: name,
      description: opt(text),
      version: opt(fc.constantFrom("1.0.0", "2025-03-13", "draft")),
      publishedOn: opt(partialDateArbitrary()),
      notes: opt(fc.array(text, { maxLength: 3 })),
    }),
    sources: list(
      fc.record({
        id: idArbitrary(),
        kind: fc.constantFrom(...SOURCE_KINDS),
        publisher: name,
        outlet: opt(name),
        title: opt(name),
        date: partialDateArbitrary(),
        url: opt(fc.oneof(fc.webUrl(), fc.constantFrom("https://www.bloomberg.com/news/a?b=c#d", "http://example.org/x"))),
        document: opt(fc.constantFrom("shared/sources/2025-03-13-coalition-of-the-willing.txt", "report.pdf")),
        note: opt(text),
      }),
      1,
    ),
    states: fc.shuffledSubarray(countryCodeList() as string[], { minLength: Math.max(1, Math.min(min, max)), maxLength: Math.max(1, max) }),
    stateNotes: fc.array(opt(text, 4), { maxLength: max }),
    organizations: list(
      fc.record({
        id: idArbitrary(),
        name,
        kind: fc.constantFrom(...ORGANIZATION_KINDS),
        omitMemberships: fc.boolean(),
        memberships: fc.array(
          fc.record({ member: fc.nat(), a: dayArbitrary(), b: dayArbitrary(), fromPrecision: precisionArbitrary(), toPrecision: precisionArbitrary(), sources: refs(2), note: opt(text, 4) }),
          { maxLength: 6 },
        ),
        openEnded: fc.boolean(),
        note: opt(text, 4),
      }),
    ),
    institutions: list(
      fc.record({
        actor: fc.nat(),
        kind: fc.constantFrom(...INSTITUTION_KINDS),
        id: fc.option(idArbitrary(), { nil: undefined, freq: 3 }),
        name: opt(name),
        note: opt(text, 4),
      }),
    ),
    persons: list(
      fc.record({
        id: idArbitrary(),
        name,
        aliases: opt(fc.array(name, { maxLength: 2 }), 4),
        offices: fc.array(fc.record({ institution: fc.nat(), title: name, span: spanDraw(), sources: refs(2), note: opt(text, 4) }), { minLength: 1, maxLength: 3 }),
        note: opt(text, 4),
      }),
    ),
    contributionTypes: list(
      fc.record({
        ns: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,5}$/),
        name: fc.stringMatching(/^[a-z0-9-]{1,10}$/),
        parent: opt(fc.nat(), 3),
        label: name,
        description: opt(text, 4),
      }),
    ),
    stancePhrases: list(fc.record({ phrase: fc.nat(), builtin: fc.boolean(), stance: fc.constantFrom(...STANCES) })),
    coalitions: list(
      fc.record({
        id: idArbitrary(),
        name,
        purpose: opt(text, 4),
        leads: refs(3),
        omitParticipants: fc.boolean(),
        participants: fc.array(fc.record({ actor: fc.nat(), from: dateDraw(), span: spanDraw(), sources: refs(2), note: opt(text, 4) }), { maxLength: 5 }),
        participantCount: opt(claimsDraw(countArbitrary())),
        condition: opt(condition),
        sought: opt(fc.array(fc.record({ type: fc.nat(), location: opt(locationArbitrary()), askedOf: opt(name), sources: refs(2), quote: opt(text), note: opt(text, 4) }), { maxLength: 3 })),
        sources: refs(),
        note: opt(text, 4),
      }),
    ),
    commitments: list(
      fc.record({
        id: idArbitrary(),
        actor: fc.nat(),
        statedBy: opt(fc.record({ institution: fc.nat(), person: opt(fc.nat()) })),
        type: fc.nat(),
        location: opt(locationArbitrary()),
        quantity: opt(claimsDraw(quantityArbitrary())),
        stance: fc.constantFrom(...STANCES),
        phrase: opt(fc.record({ pick: fc.nat(), style: fc.nat(4) })),
        condition: opt(condition),
        coalition: opt(fc.nat()),
        date: dateDraw(),
        sources: refs(),
        quote: opt(text),
        fulfilment: opt(
          fc.array(fc.record({ stage: fc.constantFrom(...FULFILMENT_STAGES), day: dayArbitrary(), precision: precisionArbitrary(), delivered: opt(quantityArbitrary(), 3), sources: refs(2), note: opt(text, 4) }), { minLength: 1, maxLength: 4 }),
        ),
        note: opt(text, 4),
      }),
    ),
    // "We go if you go": pairs of commitments that each name the other in their condition.
    pacts: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), stance: fc.constantFrom(...STANCES) }), { maxLength: 2 }),
    proposals: list(
      fc.record({
        id: idArbitrary(),
        title: name,
        description: opt(text, 4),
        proposedBy: refs(3),
        statedBy: opt(fc.record({ institution: fc.nat(), person: opt(fc.nat()) })),
        date: dateDraw(),
        provisions: opt(fc.array(provisionDraw(), { maxLength: 3 })),
        exclusions: opt(fc.array(provisionDraw(), { maxLength: 3 })),
        sources: refs(),
        quote: opt(text, 4),
        note: opt(text, 4),
      }),
    ),
    positions: list(
      fc.record({
        id: idArbitrary(),
        proposal: fc.nat(),
        actor: fc.nat(),
        statedBy: opt(fc.record({ institution: fc.nat(), person: opt(fc.nat()) })),
        stance: fc.constantFrom(...STANCES),
        phrase: opt(fc.record({ pick: fc.nat(), style: fc.nat(4) })),
        date: dateDraw(),
        sources: refs(),
        quote: opt(text, 4),
        note: opt(text, 4),
      }),
    ),
    events: list(
      fc.record({
        id: idArbitrary(),
        title: name,
        kind: fc.constantFrom(...EVENT_KINDS),
        status: fc.constantFrom("held", "planned"),
        from: dateDraw(),
        span: spanDraw(),
        dateAsStated: opt(fc.constantFrom("this weekend", "next week", "on Thursday")),
        country: opt(countryCodeArbitrary()),
        hosts: opt(fc.array(fc.nat(), { maxLength: 3 })),
        participants: opt(fc.array(fc.nat(), { maxLength: 4 })),
        persons: opt(fc.array(fc.nat(), { maxLength: 3 })),
        participantCount: opt(claimsDraw(countArbitrary())),
        sources: refs(),
        note: opt(text, 4),
      }),
    ),
  });
}

function provisionDraw() {
  return fc.record({
    provider: opt(fc.nat()),
    type: fc.nat(),
    location: opt(locationArbitrary()),
    quantity: opt(quantityArbitrary()),
    note: opt(textArbitrary(), 4),
  });
}

/** What fast-check draws for one document; {@link buildDocument} turns it into the document. */
export type DatasetBlueprint = ReturnType<typeof blueprint> extends fc.Arbitrary<infer B> ? B : never;
type ProvisionDraw = ReturnType<typeof provisionDraw> extends fc.Arbitrary<infer P> ? P : never;

// ---------------------------------------------------------------------------
// The arbitraries of whole documents.

/**
 * Valid dataset documents of any size, covering every concept of the model: sources of
 * every kind; states with real ISO codes; organizations with dated, non-overlapping
 * memberships; institutions; persons with offices; namespaced contribution types under
 * built-in or declared parents; phrases of the dataset's own; coalitions with leads,
 * dated participants, disputed participant counts and a condition; commitments with a
 * consistent speaker, locations and quantities of every kind and unit (money with its
 * currency and date), a stance and a phrase that maps to it, conditions of every atom
 * nested with all / any / not (commitment and threshold atoms name other commitments'
 * actors and types, so commitments depend on each other), fulfilment steps in date
 * order; proposals with provisions and exclusions; positions; events. Dates come at
 * every precision and as "unknown", and no statement is dated after its sources.
 *
 * Every document passes `safeParseDataset` (tests/arbitraries/dataset.test.ts checks
 * it). Documents are plain JSON: no `undefined` values, no object shared twice.
 *
 * @param options sizes; see {@link DatasetArbitraryOptions}.
 * @example
 * ```ts
 * fc.assert(fc.property(validDatasetDocument({ maxRecords: 3 }), (document) => parseDataset(document).id === document.id));
 * ```
 */
export function validDatasetDocument(options: DatasetArbitraryOptions = {}): fc.Arbitrary<DatasetInput> {
  const settings: Required<DatasetArbitraryOptions> = {
    maxRecords: options.maxRecords ?? 5,
    minRecords: options.minRecords ?? 0,
    maxConditionDepth: options.maxConditionDepth ?? 3,
    allowEmpty: options.allowEmpty ?? true,
  };
  const full = blueprint(settings).map(buildDocument);
  if (!settings.allowEmpty) return full;
  const empty = fc.record({ id: idArbitrary(), title: nameArbitrary() }).map((header): DatasetInput => ({ ...header }));
  return fc.oneof({ weight: 1, arbitrary: empty }, { weight: 12, arbitrary: full });
}

/** A broken document from {@link invalidDatasetDocument}: the mutation, its mutator and the valid original. */
export interface InvalidDocument extends Mutation {
  readonly mutator: MutatorName;
  readonly original: DatasetInput;
}

/**
 * A valid document with one rule broken by one of the `mutators`: the broken
 * document, the issue code and path `safeParseDataset` owes for it, the mutator's name
 * and the valid original.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(invalidDatasetDocument(), ({ document }) => !safeParseDataset(document).success));
 * ```
 */
export function invalidDatasetDocument(options: DatasetArbitraryOptions = {}): fc.Arbitrary<InvalidDocument> {
  return fc
    .tuple(validDatasetDocument(options), fc.constantFrom(...MUTATOR_NAMES), fc.nat())
    .map(([original, mutator, choice]) => ({ ...mutationOf(mutator, original, choice), mutator, original }));
}

// ---------------------------------------------------------------------------
// Building a document from its blueprint.

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length] as T;
}

/** Ids unique in their space, replacing a clash with a fresh id. */
class IdSpaces {
  private readonly spaces = new Map<string, Set<string>>();
  unique(space: string, wanted: string, prefix: string, separator = "."): string {
    let taken = this.spaces.get(space);
    if (taken === undefined) this.spaces.set(space, (taken = new Set()));
    let id = wanted;
    for (let k = taken.size; taken.has(id); k++) id = `${prefix}${separator}${k}`;
    taken.add(id);
    return id;
  }
}

/** A day no later than `bound`: statements are never dated after their sources. */
function clampDay(day: number, bound: number): number {
  if (day <= bound) return day;
  return Math.max(FIRST_DAY, bound - ((day - bound) % 800));
}

/** A date drawn, no later than `bound` (a day number) where it is a real date. */
function dateFrom(draw: DateDraw, bound: number): string {
  if (draw.unknown) return "unknown";
  return truncateDay(isoDay(clampDay(draw.day, bound)), draw.precision);
}

/** An interval from two days: `from` starts on or before the day `to` ends. */
function spanFrom(draw: SpanDraw): { from?: string; to?: string } {
  const [first, last] = draw.a <= draw.b ? [draw.a, draw.b] : [draw.b, draw.a];
  return compact<{ from?: string; to?: string }>({
    from: draw.hasFrom ? truncateDay(isoDay(first), draw.fromPrecision) : undefined,
    to: draw.hasTo ? truncateDay(isoDay(last), draw.toPrecision) : undefined,
  });
}

/** An end for an interval that starts at `from`: never before `from` starts. */
function endAfter(from: string, day: number, precision: Precision): string {
  const start = from === "unknown" ? FIRST_DAY : dayOf(dateStart(from) as string);
  return truncateDay(isoDay(Math.max(start, day)), precision);
}

/** A phrase as a source might write it: other case, doubled or surrounding spaces. */
function styled(phrase: string, style: number): string {
  switch (style) {
    case 1:
      return phrase.charAt(0).toUpperCase() + phrase.slice(1);
    case 2:
      return phrase.toUpperCase();
    case 3:
      return ` ${phrase.replace(" ", "  ")} `;
    default:
      return phrase;
  }
}

interface Pools {
  readonly sourceIds: readonly string[];
  readonly sourceEnds: ReadonlyMap<string, number>;
  /** States and organizations: the actors that can commit and have institutions. */
  readonly members: readonly string[];
  readonly coalitions: readonly string[];
  /** Members and coalitions. */
  readonly actors: readonly string[];
  readonly institutions: readonly { readonly id: string; readonly actor: string }[];
  readonly persons: readonly { readonly id: string; readonly institutions: ReadonlySet<string> }[];
  readonly types: readonly string[];
  readonly phrases: readonly { readonly phrase: string; readonly stance: Stance }[];
  /** The actor and type of every commitment, for the atoms that depend on them. */
  readonly cores: readonly { readonly actor: string; readonly type: string }[];
}

function sourceRefs(pools: Pick<Pools, "sourceIds">, ns: readonly number[]): string[] {
  return [...new Set(ns.map((n) => pick(pools.sourceIds, n)))];
}

function latestEnd(pools: Pools, ids: readonly string[]): number {
  return Math.max(...ids.map((id) => pools.sourceEnds.get(id) as number));
}

function claimsFrom<T>(pools: Pools, draw: ClaimsDraw<T>) {
  return {
    claims: draw.claims.map((claim) =>
      compact<{ value: T; sources: string[]; note?: string }>({ value: claim.value, sources: sourceRefs(pools, claim.sources), note: claim.note }),
    ),
  };
}

function speakerFrom(
  pools: Pools,
  draw: { institution: number; person: number | undefined } | undefined,
  actor: string | undefined,
): SpeakerInput | undefined {
  if (draw === undefined) return undefined;
  // A speaker's institution belongs to the actor it speaks for, where there is one.
  const institutions = actor === undefined ? pools.institutions : pools.institutions.filter((i) => i.actor === actor);
  if (institutions.length === 0) return undefined;
  const institution = pick(institutions, draw.institution).id;
  const persons = pools.persons.filter((person) => person.institutions.has(institution));
  const person = draw.person === undefined || persons.length === 0 ? undefined : pick(persons, draw.person).id;
  return compact<SpeakerInput>({ institution, person });
}

function phraseFrom(pools: Pools, draw: { pick: number; style: number } | undefined, stance: Stance): string | undefined {
  if (draw === undefined) return undefined;
  const candidates = [...STANCE_PHRASES, ...pools.phrases].filter((entry) => entry.stance === stance);
  return styled(pick(candidates, draw.pick).phrase, draw.style);
}

function conditionFrom(pools: Pools, draw: ConditionDraw): ConditionInput {
  switch (draw.kind) {
    case "all":
    case "any":
      return { kind: draw.kind, of: draw.of.map((child) => conditionFrom(pools, child)) };
    case "not":
      return { kind: "not", of: conditionFrom(pools, draw.of) };
    default:
      return atomFrom(pools, draw);
  }
}

function atomFrom(pools: Pools, d: AtomDraw): ConditionInput {
  const quote = d.quote;
  switch (d.kind) {
    case "peace":
      return compact<ConditionInput>({ kind: "peace", form: d.form, country: d.country, quote });
    case "request":
      return compact<ConditionInput>({ kind: "request", by: d.flag ? pick(pools.actors, d.n1) : undefined, quote });
    case "approval":
      if (pools.institutions.length === 0) break;
      return compact<ConditionInput>({ kind: "approval", institution: pick(pools.institutions, d.n1).id, quote });
    case "inclusion":
      return compact<ConditionInput>({ kind: "inclusion", actor: d.flag ? pick(pools.members, d.n1) : undefined, in: d.text, quote });
    case "commitment": {
      // Mostly another commitment of the document: the dependencies scenarios resolve.
      const core = pools.cores.length > 0 && d.n3 % 4 !== 0 ? pick(pools.cores, d.n1) : undefined;
      return compact<ConditionInput>({
        kind: "commitment",
        actor: core?.actor ?? pick(pools.members, d.n1),
        type: core?.type ?? pick(pools.types, d.n2),
        minStance: d.stance,
        location: d.location,
        quote,
      });
    }
    case "threshold": {
      const core = pools.cores.length > 0 && d.n3 % 2 === 0 ? pick(pools.cores, d.n2) : undefined;
      return compact<ConditionInput>({
        kind: "threshold",
        count: d.count,
        type: core?.type ?? pick(pools.types, d.n2),
        minStance: d.stance,
        among: d.flag && pools.coalitions.length > 0 ? pick(pools.coalitions, d.n1) : undefined,
        location: d.location,
        quote,
      });
    }
    case "mandate":
      return compact<ConditionInput>({ kind: "mandate", by: pick(pools.actors, d.n1), quote });
    case "fact":
      break;
  }
  return compact<ConditionInput>({ kind: "fact", id: d.factId, description: d.text, quote });
}

/**
 * Builds the valid document a blueprint describes. {@link validDatasetDocument} is the
 * usual way in; this is exported for tests that draw blueprints themselves.
 */
export function buildDocument(bp: DatasetBlueprint): DatasetInput {
  const ids = new IdSpaces();
  const document = compact<DatasetInput>({
    $schema: bp.header.schema,
    id: bp.header.id,
    title: bp.header.title,
    description: bp.header.description,
    version: bp.header.version,
    publishedOn: bp.header.publishedOn,
    notes: bp.header.notes,
  });

  const sources = bp.sources.map((draw) => compact<SourceInput>({ ...draw, id: ids.unique("source", draw.id, "source") }));
  const sourceIds = sources.map((source) => source.id);
  const sourceEnds = new Map(sources.map((source) => [source.id, dayOf(dateEnd(source.date) as string)]));

  const states = bp.states.map((id, i) => compact<StateInput>({ id: ids.unique("actor", id, id), note: bp.stateNotes[i] }));
  const organizationIds = bp.organizations.map((draw) => ids.unique("actor", draw.id, "org"));
  const coalitionIds = bp.coalitions.map((draw) => ids.unique("actor", draw.id, "coalition"));
  const members = [...states.map((state) => state.id), ...organizationIds];

  const institutions = bp.institutions.map((draw) => {
    const actor = pick(members, draw.actor);
    // "GB.head-of-state", unless the actor's id is too long to make an id of.
    const conventional = actor.length + draw.kind.length < 110 ? `${actor}.${draw.kind}` : draw.kind;
    const id = ids.unique("institution", draw.id ?? conventional, conventional);
    return compact<InstitutionInput>({ id, actor, kind: draw.kind, name: draw.name, note: draw.note });
  });

  const typeIds: string[] = [];
  const contributionTypes = bp.contributionTypes.map((draw, i) => {
    // A type id is `ns:name`, which allows no dot: a clash takes a dash.
    const id = ids.unique("type", `${draw.ns}:${draw.name}`, `${draw.ns}:t${i}`, "-");
    // A parent declared earlier, or a built-in one: the taxonomy has no cycle.
    const parents = [...BUILTIN_CONTRIBUTION_TYPES.map((type) => type.id), ...typeIds];
    typeIds.push(id);
    const parent = draw.parent === undefined ? undefined : pick(parents, draw.parent);
    return compact<ContributionTypeInput>({ id, parent, label: draw.label, description: draw.description });
  });

  const builtinPhrases = new Set(STANCE_PHRASES.map((entry) => normalisePhrase(entry.phrase)));
  const ownPhrases = new Map<string, StancePhraseInput>();
  for (const draw of bp.stancePhrases) {
    // A built-in phrase may be declared again, at the stance it already maps to.
    const entry = draw.builtin ? pick(STANCE_PHRASES, draw.phrase) : { phrase: pick(OWN_PHRASES, draw.phrase), stance: draw.stance };
    const key = normalisePhrase(entry.phrase);
    if (!ownPhrases.has(key) && (draw.builtin || !builtinPhrases.has(key))) ownPhrases.set(key, { phrase: entry.phrase, stance: entry.stance });
  }
  const stancePhrases = [...ownPhrases.values()];

  const types = [...BUILTIN_CONTRIBUTION_TYPES.map((type) => type.id), ...typeIds];
  const institutionPool = institutions.map(({ id, actor }) => ({ id, actor }));
  const persons =
    institutions.length === 0
      ? []
      : bp.persons.map((draw) =>
          compact<PersonInput>({
            id: ids.unique("person", draw.id, "person"),
            name: draw.name,
            aliases: draw.aliases,
            offices: draw.offices.map((office) =>
              compact<OfficeInput>({
                institution: pick(institutionPool, office.institution).id,
                title: office.title,
                ...spanFrom(office.span),
                sources: sourceRefs({ sourceIds }, office.sources),
                note: office.note,
              }),
            ),
            note: draw.note,
          }),
        );

  const pools: Pools = {
    sourceIds,
    sourceEnds,
    members,
    coalitions: coalitionIds,
    actors: [...members, ...coalitionIds],
    institutions: institutionPool,
    persons: persons.map((person) => ({ id: person.id, institutions: new Set(person.offices.map((office) => office.institution)) })),
    types,
    phrases: stancePhrases.map(({ phrase, stance }) => ({ phrase, stance })),
    cores: bp.commitments.map((draw) => ({ actor: pick(members, draw.actor), type: pick(types, draw.type) })),
  };

  const organizations = bp.organizations.map((draw, o) => {
    const id = organizationIds[o] as string;
    const candidates = members.filter((member) => member !== id);
    const memberships: MembershipInput[] = [];
    if (candidates.length > 0) {
      const byMember = new Map<string, MembershipDraw[]>();
      for (const membership of draw.memberships) {
        const member = pick(candidates, membership.member);
        byMember.set(member, [...(byMember.get(member) ?? []), membership]);
      }
      for (const [member, spans] of byMember) memberships.push(...membershipsOf(pools, member, spans, draw.openEnded));
    }
    return compact<OrganizationInput>({
      id,
      name: draw.name,
      kind: draw.kind,
      memberships: draw.omitMemberships && memberships.length === 0 ? undefined : memberships,
      note: draw.note,
    });
  });

  const coalitions = bp.coalitions.map((draw, c) => {
    const participants = draw.participants.map((p) => {
      const sources = sourceRefs(pools, p.sources);
      const from = dateFrom(p.from, latestEnd(pools, sources));
      const to = p.span.hasTo ? endAfter(from, p.span.b, p.span.toPrecision) : undefined;
      return compact<ParticipationInput>({ actor: pick(members, p.actor), from, to, sources, note: p.note });
    });
    return compact<CoalitionInput>({
      id: coalitionIds[c] as string,
      name: draw.name,
      purpose: draw.purpose,
      leads: [...new Set(draw.leads.map((n) => pick(members, n)))],
      participants: draw.omitParticipants && participants.length === 0 ? undefined : participants,
      participantCount: draw.participantCount === undefined ? undefined : claimsFrom(pools, draw.participantCount),
      condition: draw.condition === undefined ? undefined : conditionFrom(pools, draw.condition),
      sought: draw.sought?.map((s) =>
        compact<NonNullable<CoalitionInput["sought"]>[number]>({
          type: pick(pools.types, s.type),
          location: s.location,
          askedOf: s.askedOf,
          sources: sourceRefs(pools, s.sources),
          quote: s.quote,
          note: s.note,
        }),
      ),
      sources: sourceRefs(pools, draw.sources),
      note: draw.note,
    });
  });

  const commitments = bp.commitments.map((draw, i) => {
    const core = pools.cores[i] as Pools["cores"][number];
    const sources = sourceRefs(pools, draw.sources);
    return compact<CommitmentInput>({
      id: ids.unique("commitment", draw.id, "commitment"),
      actor: core.actor,
      statedBy: speakerFrom(pools, draw.statedBy, core.actor),
      type: core.type,
      location: draw.location,
      quantity: draw.quantity === undefined ? undefined : claimsFrom(pools, draw.quantity),
      stance: draw.stance,
      phrase: phraseFrom(pools, draw.phrase, draw.stance),
      condition: draw.condition === undefined ? undefined : conditionFrom(pools, draw.condition),
      coalition: draw.coalition === undefined || coalitionIds.length === 0 ? undefined : pick(coalitionIds, draw.coalition),
      date: dateFrom(draw.date, latestEnd(pools, sources)),
      sources,
      quote: draw.quote,
      fulfilment: draw.fulfilment === undefined ? undefined : fulfilmentOf(pools, draw.fulfilment),
      note: draw.note,
    });
  });

  for (const pact of bp.pacts) {
    if (commitments.length < 2) break;
    const a = pact.a % commitments.length;
    const b = (a + 1 + (pact.b % (commitments.length - 1))) % commitments.length;
    for (const [self, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const commitment = commitments[self] as CommitmentInput;
      const partner = commitments[other] as CommitmentInput;
      const atom: ConditionInput = { kind: "commitment", actor: partner.actor, type: partner.type, minStance: pact.stance };
      commitment.condition = commitment.condition === undefined ? atom : { kind: "all", of: [commitment.condition, atom] };
    }
  }

  const provision = (draw: ProvisionDraw) =>
    compact<ProvisionInput>({
      provider: draw.provider === undefined ? undefined : pick(pools.actors, draw.provider),
      type: pick(pools.types, draw.type),
      location: draw.location,
      quantity: draw.quantity,
      note: draw.note,
    });
  const proposals = bp.proposals.map((draw) => {
    const sources = sourceRefs(pools, draw.sources);
    return compact<ProposalInput>({
      id: ids.unique("proposal", draw.id, "proposal"),
      title: draw.title,
      description: draw.description,
      proposedBy: [...new Set(draw.proposedBy.map((n) => pick(pools.actors, n)))],
      statedBy: speakerFrom(pools, draw.statedBy, undefined),
      date: dateFrom(draw.date, latestEnd(pools, sources)),
      provisions: draw.provisions?.map(provision),
      exclusions: draw.exclusions?.map(provision),
      sources,
      quote: draw.quote,
      note: draw.note,
    });
  });

  const positions =
    proposals.length === 0
      ? []
      : bp.positions.map((draw) => {
          const sources = sourceRefs(pools, draw.sources);
          const actor = pick(pools.actors, draw.actor);
          return compact<PositionInput>({
            id: ids.unique("position", draw.id, "position"),
            proposal: pick(proposals, draw.proposal).id,
            actor,
            statedBy: speakerFrom(pools, draw.statedBy, actor),
            stance: draw.stance,
            phrase: phraseFrom(pools, draw.phrase, draw.stance),
            date: dateFrom(draw.date, latestEnd(pools, sources)),
            sources,
            quote: draw.quote,
            note: draw.note,
          });
        });

  const events = bp.events.map((draw) => {
    const span = spanFrom({ ...draw.span, hasFrom: true });
    return compact<EventInput>({
      id: ids.unique("event", draw.id, "event"),
      title: draw.title,
      kind: draw.kind,
      status: draw.status,
      // Events may lie after their sources: a source announces a planned meeting.
      from: draw.from.unknown ? "unknown" : (span.from as string),
      to: span.to,
      dateAsStated: draw.dateAsStated,
      country: draw.country,
      hosts: draw.hosts?.map((n) => pick(pools.actors, n)),
      participants: draw.participants?.map((n) => pick(pools.actors, n)),
      persons: draw.persons === undefined || persons.length === 0 ? undefined : draw.persons.map((n) => pick(persons, n).id),
      participantCount: draw.participantCount === undefined ? undefined : claimsFrom(pools, draw.participantCount),
      sources: sourceRefs(pools, draw.sources),
      note: draw.note,
    });
  });

  const collections = {
    sources,
    states,
    organizations,
    institutions,
    persons,
    contributionTypes,
    stancePhrases,
    coalitions,
    commitments,
    proposals,
    positions,
    events,
  };
  // An empty collection is written out or left out: both mean empty.
  for (const [name, records] of Object.entries(collections)) {
    if (records.length > 0 || bp.header.keepEmpty) (document as Record<string, unknown>)[name] = records;
  }
  return document;
}

type MembershipDraw = DatasetBlueprint["organizations"][number]["memberships"][number];

/**
 * One member's memberships in date order, never overlapping as the parser sees them:
 * `to` is exclusive, and partial dates compare by the day they start.
 */
function membershipsOf(pools: Pools, member: string, draws: readonly MembershipDraw[], openEnded: boolean): MembershipInput[] {
  const days = draws.flatMap((draw) => [draw.a, draw.b]).sort((x, y) => x - y);
  let barrier = "";
  return draws.map((draw, j) => {
    const fromDay = isoDay(days[2 * j] as number);
    const toDay = isoDay(days[2 * j + 1] as number);
    // A coarser `from` may start before an earlier `to` does: then it keeps its day.
    let from = truncateDay(fromDay, draw.fromPrecision);
    if ((dateStart(from) as string) < barrier) from = fromDay;
    const to = j === draws.length - 1 && openEnded ? undefined : truncateDay(toDay, draw.toPrecision);
    if (to !== undefined && (dateStart(to) as string) > barrier) barrier = dateStart(to) as string;
    return compact<MembershipInput>({ member, from, to, sources: sourceRefs(pools, draw.sources), note: draw.note });
  });
}

type StepDraw = NonNullable<DatasetBlueprint["commitments"][number]["fulfilment"]>[number];

/** Fulfilment steps in date order, none dated after the sources of any step. */
function fulfilmentOf(pools: Pools, draws: readonly StepDraw[]): FulfilmentStepInput[] {
  const sources = draws.map((draw) => sourceRefs(pools, draw.sources));
  const bound = Math.min(...sources.map((ids) => latestEnd(pools, ids)));
  const days = draws.map((draw) => clampDay(draw.day, bound)).sort((x, y) => x - y);
  let previous = "";
  return draws.map((draw, s) => {
    const day = isoDay(days[s] as number);
    // A coarser date may start before the step ahead of it: then it keeps its day.
    let date = truncateDay(day, draw.precision);
    if ((dateStart(date) as string) < previous) date = day;
    previous = dateStart(date) as string;
    return compact<FulfilmentStepInput>({ stage: draw.stage, date, delivered: draw.delivered, sources: sources[s] as string[], note: draw.note });
  });
}
