import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import { locationKey } from "../model/location-key.js";
import type { Stance } from "../model/stance.js";
import type { Count, Dataset, PledgeCount } from "../model/types.js";
import type { ClaimPolicy } from "../internal/claims/choose-claims.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";
import { checkArguments } from "../internal/guards.js";
import { actorsByStance } from "./actors-by-stance.js";
import { coalitionParticipants, type CountReading } from "./coalition-participants.js";
import { readCount } from "./internal/count-reading.js";

/**
 * Options of {@link countAtStance}.
 *
 * @category Queries
 */
export interface CountAtStanceOptions extends AsOfOptions {
  /** The stance counted: actors at it or above; `"committed"` by default. */
  readonly stance?: Stance;
  /** Only pledge counts of this coalition, and only named actors that take part in it as of the day. */
  readonly coalition?: string;
  /** Only statements and pledge counts at this location key (see `locationKey`), e.g. `"in-country:UA"`. */
  readonly location?: string;
  /** Count named statements on the types under `type` too (true by default). */
  readonly includeSubtypes?: boolean;
  /** How to read a count that sources disagree on; `"all"` by default. */
  readonly claimPolicy?: ClaimPolicy;
}

/**
 * The pledge count a {@link countAtStance} answer used: actors known only by their number,
 * and how the named actors stand towards it.
 *
 * @category Queries
 */
export interface PledgeCountReading {
  /** The pledge count record: its id, date, who stated it, its words and sources. */
  readonly record: PledgeCount;
  /** The claims read (those counting countries), their low and high, and why. */
  readonly count: CountReading;
  /** Named actors taken to be among the counted: the record's `members`, and those at the stance by its day. */
  readonly among: readonly string[];
  /** Named actors at the stance only after its day, not known to be among the counted: each may be outside it. */
  readonly maybeOutside: readonly string[];
  /** Actors the sources say are not among the counted (the record's `notAmong`): never in its number. */
  readonly notAmong: readonly string[];
}

/**
 * How many countries stand at a stance, counted with the ones known only by number.
 *
 * @category Queries
 */
export interface StanceCount {
  readonly type: string;
  readonly stance: Stance;
  readonly asOf: string | null;
  /** The named countries at the stance or above, sorted by id: from their own statements and from the pledge count's `members`. */
  readonly named: readonly string[];
  /** The pledge count read, or null where none stands. */
  readonly pledgeCount: PledgeCountReading | null;
  /** How many in all: the least, the most (null where open-ended), and as a count of countries (approximate, with the source's words, where a claim read is). */
  readonly total: { readonly low: number; readonly high: number | null; readonly count: Count };
}

/**
 * How many countries stand at a stance on a contribution as of a day, the named ones
 * counted together with those known only by number ("26 countries formally committed",
 * names not given).
 *
 * The rule: a pledge count is a census of every country at its stance on its day ("we
 * have today 26 countries…"), so the named countries at the stance by that day, and the
 * ones it lists as `members`, are among its number, not added to it (reading every named
 * country not listed as a member as possibly outside would turn the source's 26 into a
 * range from 26 up, though it already counts everyone at the stance that day). A named country at
 * the stance only after that day may be outside it: it raises the high by one. A country
 * in `notAmong` is never in its number: at the stance, it adds one to low and high. So
 * low = max(count's low, named among or maybe outside) + named not among; high = max(count's
 * high + maybe outside, named among or maybe outside) + named not among (open where the
 * count is). The pledge count read is the latest stated by the day of the coalition (when
 * given), with exactly the type and stance asked (and the location, when given), that no
 * other stated by then supersedes; only its claims that count countries are read. Named
 * actors are the states at the stance or above (organizations are no countries).
 *
 * @param source A parsed dataset, or its index.
 * @param type A contribution type id; a pledge count must be of this very type.
 * @param options The stance (`"committed"` by default), the coalition, the location key, the day, the claim policy.
 * @returns The named countries, the pledge count read (with its claims, sources and who is among it) and the total.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`, `knownAsOf` or option.
 * @example
 * ```ts
 * import { countAtStance } from "coalition";
 * import { timelineDataset } from "coalition/fixtures";
 * const answer = countAtStance(timelineDataset(), "personnel", { coalition: "coalition-of-the-willing", location: "in-country:UA", asOf: "2025-09-30" });
 * [answer.total.count, answer.named, answer.pledgeCount?.record.id, answer.pledgeCount?.notAmong];
 * //=> [{ kind: "exact", value: 26, of: "countries" }, [], "macron-26-formally-committed", ["JP"]]
 * answer.pledgeCount?.count.picked.claims[0]?.sources;
 * //=> ["tass-2025-09-04-macron-26", "afp-2025-09-04-macron-formally-committed"]
 * ```
 *
 * @category Queries
 */
export function countAtStance(source: DatasetSource, type: string, options: CountAtStanceOptions = {}): StanceCount {
  checkArguments({
    source: [source, "source"],
    type: [type, "string"],
    options: [options, { fields: { asOf: "date", knownAsOf: "date", stance: "stance", coalition: "string", location: "string", includeSubtypes: "boolean", claimPolicy: "string" } }],
  });
  const dataset = datasetOf(source, options);
  const asOf = asOfKey(options.asOf);
  const stance = options.stance ?? "committed";
  const named = namedAtStance(source, dataset, type, stance, options);
  const pledge = standingPledgeCount(dataset, type, stance, asOf, options);
  const reading = pledge === undefined ? null : readPledgeCount(dataset, pledge, named, options.claimPolicy ?? "all");
  const names = new Set(named.keys());
  for (const actor of reading?.among ?? []) names.add(actor);
  return { type, stance, asOf: asOfIso(asOf), named: [...names].sort(), pledgeCount: reading, total: totalOf(names, reading) };
}

/** Per named state at the stance or above (of the coalition, when asked), the day its earliest such statement counts from. */
function namedAtStance(source: DatasetSource, dataset: Dataset, type: string, stance: Stance, options: CountAtStanceOptions): Map<string, number> {
  const states = new Set(dataset.states.map((state) => state.id));
  const { coalition } = options;
  const taking = coalition === undefined ? undefined : new Set((coalitionParticipants(source, coalition, options)?.participants ?? []).map((p) => p.actor));
  const entries = actorsByStance(source, type, { ...options, minStance: stance });
  const { dateKey } = lookupsOf(dataset);
  const named = new Map<string, number>();
  for (const entry of entries) {
    if (!states.has(entry.actor) || (taking !== undefined && !taking.has(entry.actor))) continue;
    // A statement in force is in force from a known day.
    named.set(entry.actor, Math.min(...entry.statements.map((statement) => dateKey(statement.inForceFrom as string))));
  }
  return named;
}

/** The latest pledge count on the subject stated by the day and superseded by none stated by then (ties: the greater id). */
function standingPledgeCount(dataset: Dataset, type: string, stance: Stance, asOf: number, options: CountAtStanceOptions): PledgeCount | undefined {
  const { effectiveKey } = lookupsOf(dataset);
  const stated = dataset.pledgeCounts.filter((pledge) => effectiveKey(pledge.date, pledge.sources) <= asOf);
  const superseded = new Set(stated.flatMap((pledge) => pledge.supersedes ?? []));
  let latest: PledgeCount | undefined;
  for (const pledge of stated) {
    if (superseded.has(pledge.id) || pledge.type !== type || pledge.stance !== stance) continue;
    if (options.coalition !== undefined && pledge.coalition !== options.coalition) continue;
    if (options.location !== undefined && (pledge.location === undefined || locationKey(pledge.location) !== options.location)) continue;
    if (!pledge.count.claims.some((claim) => claim.value.of === "countries")) continue;
    if (latest === undefined || isLater(pledge, latest, effectiveKey)) latest = pledge;
  }
  return latest;
}

function isLater(a: PledgeCount, b: PledgeCount, effectiveKey: (date: string, sources: readonly string[]) => number): boolean {
  const dayA = effectiveKey(a.date, a.sources);
  const dayB = effectiveKey(b.date, b.sources);
  return dayA !== dayB ? dayA > dayB : a.id > b.id;
}

/** The pledge count's claims of countries read by the policy, and where each named state stands towards its number. */
function readPledgeCount(dataset: Dataset, record: PledgeCount, named: ReadonlyMap<string, number>, policy: ClaimPolicy): PledgeCountReading {
  const lookups = lookupsOf(dataset);
  const day = lookups.effectiveKey(record.date, record.sources);
  const notAmong = (record.notAmong ?? []).map((entry) => entry.actor).sort();
  const among = new Set((record.members ?? []).map((entry) => entry.actor));
  const maybeOutside: string[] = [];
  for (const [actor, from] of named) {
    if (among.has(actor) || notAmong.includes(actor)) continue;
    if (from <= day) among.add(actor);
    else maybeOutside.push(actor);
  }
  const count = readCount(record.count.claims.filter((claim) => claim.value.of === "countries"), lookups, policy);
  return { record, count, among: [...among].sort(), maybeOutside: maybeOutside.sort(), notAmong };
}

/** The total: the pledge count's number with the named states not in it, or the named states alone where none stands. */
function totalOf(names: ReadonlySet<string>, reading: PledgeCountReading | null): StanceCount["total"] {
  let low = names.size;
  let high: number | null = names.size;
  if (reading !== null) {
    const outside = reading.notAmong.filter((actor) => names.has(actor)).length;
    const inner = names.size - outside;
    low = Math.max(reading.count.low, inner) + outside;
    high = reading.count.high === null ? null : Math.max(reading.count.high + reading.maybeOutside.length, inner) + outside;
  }
  // A number the sources only approximate stays approximate, with their words.
  const phrases = (reading?.count.picked.claims ?? []).flatMap((claim) => (claim.value.kind === "approximate" ? [claim.value.phrase] : []));
  const of = "countries";
  let count: Count = high === null ? { kind: "at-least", value: low, of } : high === low ? { kind: "exact", value: low, of } : { kind: "range", low, high, of };
  if (phrases.length > 0) count = { kind: "approximate", phrase: phrases.join("; "), low, ...(high === null ? {} : { high }), of };
  return { low, high, count };
}
