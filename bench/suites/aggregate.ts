// Aggregation and as-of stance lookups over synthetic datasets (bench/generate-dataset.ts):
// the library beside the tightest hand-written loop computing the same answer (the
// floor) and beside what a user would otherwise write with lodash (the peer). Every
// floor and peer answer is checked against the library's before it is timed.
import { deepStrictEqual } from "node:assert";
import _ from "lodash";
import {
  aggregateCommitments,
  BUILTIN_CONTRIBUTION_TYPES,
  dateEnd,
  indexCommitments,
  locationKey,
  stanceOnContribution,
  stanceRank,
  type Aggregate,
  type AggregateBucket,
  type Commitment,
  type CommitmentIndex,
  type Dataset,
  type Stance,
  type UnitTotal,
} from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";
import {
  FULFILMENT,
  WITHDRAWN,
  type IndexData,
} from "../../src/internal/index/index-data.js";
import { recordAt, stageAsOf, statementInForce, timelinesOf } from "../../src/internal/index/accessors.js";
import { quantitiesOf, type QuantityColumns } from "../../src/aggregate/internal/quantity-columns.js";
import { generateDataset } from "../generate-dataset.js";
import type { BenchResult, BenchSuite } from "../result.js";

const AS_OF = "2022-06-30";
const MIN_STANCE: Stance = "open";
const LOOKUPS = 20_000;
const BATCH = 200;
const INDEX_TARGET_MS = 1_500;
const LOOKUP_TARGET_US = 5;
const HEAP_TARGET_MIB = 1_536;

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = (bytes: number) => bytes / 2 ** 20;
const dayKey = (day: string) => Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/** Lookup medians by size, to report their growth from the smallest size to the largest. */
const lookupByN = new Map<number, number>();

export const suite: BenchSuite = async (sizes) => {
  const rows: BenchResult[] = [];
  for (const n of [...sizes].sort((a, b) => a - b)) rows.push(...(await measure(n, Math.min(...sizes))));
  return rows;
};

async function measure(n: number, smallest: number): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  const runs = n >= 1_000_000 ? 3 : 5;
  let start = performance.now();
  let document: unknown = generateDataset(n, { seed: 42 });
  const generateMs = performance.now() - start;
  start = performance.now();
  const dataset = parseDataset(document);
  const parseMs = performance.now() - start;
  document = undefined;
  gc?.();
  const datasetHeap = process.memoryUsage().heapUsed;

  // The one-time index, and the heap it and the dataset take.
  let index: CommitmentIndex | undefined;
  // Each build starts from a collected heap, as a one-time build does, not paying for
  // the garbage of the last one; so do the peer's, and every run of the cold rows below.
  const collect = () => {
    index = undefined;
    gc?.();
  };
  const indexTime = timed(() => (index = indexCommitments(dataset)), runs, 1, collect);
  const indexMs = indexTime.ms;
  const built = index as CommitmentIndex;
  aggregateCommitments(built, { by: "type", minStance: MIN_STANCE, asOf: AS_OF }); // builds the quantity columns once
  gc?.();
  const memory = process.memoryUsage();
  const total = MiB(memory.heapUsed + memory.arrayBuffers);
  const peerIndexMs = timed(() => peerIndex(dataset), runs, 1, gc).ms;
  rows.push({
    name: "index build (indexCommitments)",
    n,
    ms: indexMs,
    floorMs: null,
    peerMs: peerIndexMs,
    note:
      `cpu ${indexTime.cpuMs.toFixed(0)} ms; target < ${INDEX_TARGET_MS} ms: ${indexMs < INDEX_TARGET_MS ? "met" : "missed"}; ` +
      `generate ${generateMs.toFixed(0)} ms, parse ${parseMs.toFixed(0)} ms; ` +
      `heap used ${MiB(memory.heapUsed).toFixed(0)} MiB (dataset ${MiB(datasetHeap).toFixed(0)}) + ${MiB(memory.arrayBuffers).toFixed(0)} MiB typed arrays = ` +
      `${total.toFixed(0)} MiB, target < ${HEAP_TARGET_MIB}: ${total < HEAP_TARGET_MIB ? "met" : "missed"}` +
      (gc === undefined ? " (no global.gc: run with --expose-gc)" : ""),
  });

  // Aggregation by type with a minimum stance and an as-of day, on the index.
  const options = { by: "type", minStance: MIN_STANCE, asOf: AS_OF } as const;
  const library = aggregateCommitments(built, options);
  const data = built.internal as IndexData;
  const quantities = quantitiesOf(data);
  const asOf = dayKey(AS_OF);
  const minRank = stanceRank(MIN_STANCE);
  const prepared = prepareFloor(data, quantities);
  deepStrictEqual(floorIndexed(data, quantities, prepared, asOf, minRank), library);
  const timelines = peerTimelines(dataset);
  deepStrictEqual(peerAggregate(dataset, timelines, AS_OF, MIN_STANCE), library);
  const aggregateTime = timed(() => aggregateCommitments(built, options), 3 * runs, 3);
  const floorTime = timed(() => floorIndexed(data, quantities, prepared, asOf, minRank), 3 * runs, 3);
  const peerTime = timed(() => peerAggregate(dataset, timelines, AS_OF, MIN_STANCE), runs, 1);
  const [aggregateMs, floorMs, peerMs] = [aggregateTime.ms, floorTime.ms, peerTime.ms];
  rows.push({
    name: "aggregate by type, minStance + asOf (indexed)",
    n,
    ms: aggregateMs,
    floorMs,
    peerMs,
    note:
      `${library.buckets.length} buckets, ${library.buckets.reduce((sum, bucket) => sum + bucket.commitments.length, 0)} ids; ` +
      `${(aggregateMs / floorMs).toFixed(2)}x floor (target <= 2x: ${aggregateMs <= 2 * floorMs ? "met" : "missed"}), ` +
      `${(peerMs / aggregateMs).toFixed(1)}x faster than lodash (${aggregateMs < peerMs ? "met" : "missed"}); ` +
      `cpu ms ${aggregateTime.cpuMs.toFixed(1)} / floor ${floorTime.cpuMs.toFixed(1)} / lodash ${peerTime.cpuMs.toFixed(1)}`,
  });

  // The same from the dataset, every call doing all the work.
  deepStrictEqual(floorRaw(dataset, AS_OF, MIN_STANCE), library);
  const cold = timed(() => aggregateCommitments(dataset, options), runs, 1, gc);
  const coldFloor = timed(() => floorRaw(dataset, AS_OF, MIN_STANCE), runs, 1, gc);
  const coldPeer = timed(() => peerAggregate(dataset, peerTimelines(dataset), AS_OF, MIN_STANCE), runs, 1, gc);
  const [coldMs, coldFloorMs, coldPeerMs] = [cold.ms, coldFloor.ms, coldPeer.ms];
  rows.push({
    name: "aggregate by type, minStance + asOf (from the dataset: index included)",
    n,
    ms: coldMs,
    floorMs: coldFloorMs,
    peerMs: coldPeerMs,
    note:
      `${(coldMs / coldFloorMs).toFixed(2)}x floor, ${(coldPeerMs / coldMs).toFixed(1)}x faster than lodash; ` +
      `cpu ms ${cold.cpuMs.toFixed(0)} / floor ${coldFloor.cpuMs.toFixed(0)} / lodash ${coldPeer.cpuMs.toFixed(0)}`,
  });

  // As-of stance lookups on the index: random actor, type and day.
  const queries = lookupQueries(dataset, LOOKUPS);
  const floorLookup = floorLookupIndex(data);
  for (const query of queries.slice(0, 200)) {
    const answer = stanceOnContribution(built, query.actor, query.type, { asOf: query.asOf });
    deepStrictEqual(floorLookup(query.actor, query.type, dayKey(query.asOf)), answer.stance);
  }
  const peerLookup = peerLookupIndex(dataset);
  for (const query of queries.slice(0, 200)) {
    deepStrictEqual(peerLookup(query.actor, query.type, query.asOf), stanceOnContribution(built, query.actor, query.type, { asOf: query.asOf }).stance);
  }
  const lookupMs = perLookupMs(queries, (query) => stanceOnContribution(built, query.actor, query.type, { asOf: query.asOf }));
  const floorLookupMs = perLookupMs(queries, (query) => floorLookup(query.actor, query.type, dayKey(query.asOf)));
  const peerLookupMs = perLookupMs(queries.slice(0, 2_000), (query) => peerLookup(query.actor, query.type, query.asOf));
  lookupByN.set(n, lookupMs);
  const growth = lookupMs / (lookupByN.get(smallest) ?? lookupMs);
  const logGrowth = Math.log2(n) / Math.log2(smallest);
  rows.push({
    name: "as-of stance lookup (stanceOnContribution on the index), median per lookup",
    n,
    ms: lookupMs,
    floorMs: floorLookupMs,
    peerMs: peerLookupMs,
    note:
      `${(lookupMs * 1000).toFixed(2)} µs, target < ${LOOKUP_TARGET_US} µs: ${lookupMs * 1000 < LOOKUP_TARGET_US ? "met" : "missed"}` +
      (n === smallest ? "" : `; ${growth.toFixed(2)}x the ${smallest} figure, log n grows ${logGrowth.toFixed(2)}x: ${growth <= logGrowth ? "met" : "missed"}`) +
      "; the floor returns the stance only, the library builds each statement with its sources",
  });
  return rows;
}

/**
 * Median wall time of `runs` calls after `warmup` (the figure the table prints), and
 * median CPU time of the same calls: these machines are shared, and CPU time shows
 * what the code costs when other processes take turns on the two cores (it counts the
 * process's every thread, the garbage collector's too).
 */
function timed(fn: () => unknown, runs: number, warmup: number, before?: () => void): { ms: number; cpuMs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  return { ms: median(walls), cpuMs: median(cpus) };
}

/** The median over batches of the mean time of one call, in ms. */
function perLookupMs<Q>(queries: readonly Q[], fn: (query: Q) => unknown): number {
  for (const query of queries.slice(0, 2 * BATCH)) fn(query);
  const times: number[] = [];
  for (let start = 0; start + BATCH <= queries.length; start += BATCH) {
    const begin = performance.now();
    for (let i = start; i < start + BATCH; i++) fn(queries[i] as Q);
    times.push((performance.now() - begin) / BATCH);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function lookupQueries(dataset: Dataset, count: number) {
  let state = 7;
  const random = (below: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state % below;
  };
  return Array.from({ length: count }, () => {
    const record = dataset.commitments[random(dataset.commitments.length)] as Commitment;
    const day = new Date(Date.UTC(2018, 0, 1) + random(2900) * 86_400_000).toISOString().slice(0, 10);
    return { actor: record.actor, type: record.type, asOf: day };
  });
}

// ---------------------------------------------------------------------------------
// Shared by the floors and the peers: the rules every implementation must follow.

/** Per type: itself and its broader types. */
function ancestorTable(dataset: Dataset): Map<string, string[]> {
  const parents = new Map<string, string | undefined>();
  for (const type of [...BUILTIN_CONTRIBUTION_TYPES, ...dataset.contributionTypes]) parents.set(type.id, type.parent);
  const table = new Map<string, string[]>();
  for (const id of parents.keys()) {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = parents.get(at)) chain.push(at);
    table.set(id, chain);
  }
  return table;
}

/** The day key a record counts as of. */
function effectiveDays(dataset: Dataset): (date: string, sources: readonly string[]) => number {
  const sourceDays = new Map(dataset.sources.map((source) => [source.id, dayKey(dateEnd(source.date) ?? "9999-12-31")]));
  const partial = new Map<string, number>();
  return (date, sources) => {
    if (date === "unknown") return Math.min(...sources.map((id) => sourceDays.get(id) ?? 99_999_999));
    if (date.length === 10) return dayKey(date);
    let key = partial.get(date);
    if (key === undefined) partial.set(date, (key = dayKey(dateEnd(date) ?? "9999-12-31")));
    return key;
  };
}

interface Part {
  unit: string;
  currency: string | undefined;
  low: number;
  high: number;
  figure: boolean;
}

/** A quantity under the "all" claim policy: per unit, the lowest low and the highest high of its claims. */
function quantityParts(record: Commitment): Part[] {
  const parts = new Map<string, Part>();
  for (const { value } of record.quantity?.claims ?? []) {
    const key = `${value.unit}:${value.currency ?? ""}`;
    const low = value.kind === "exact" ? value.value : (value.low ?? 0);
    const high = value.kind === "exact" ? value.value : (value.high ?? Number.NaN);
    const figure = value.kind !== "approximate" || value.low !== undefined || value.high !== undefined;
    const part = parts.get(key);
    parts.set(
      key,
      part === undefined
        ? { unit: value.unit, currency: value.unit === "money" ? value.currency : undefined, low, high, figure }
        : { ...part, low: Math.min(part.low, low), high: Number.isNaN(part.high) || Number.isNaN(high) ? Number.NaN : Math.max(part.high, high), figure: part.figure || figure },
    );
  }
  return [...parts.values()];
}

const unitSortKey = (total: Pick<UnitTotal, "unit" | "currency">) =>
  total.currency === undefined ? total.unit : `${total.unit}:${total.currency}`;

function aggregateOf(buckets: AggregateBucket[]): Aggregate {
  return {
    by: "type",
    asOf: AS_OF,
    minStance: MIN_STANCE,
    type: null,
    claimPolicy: "all",
    currency: null,
    includeWithdrawn: false,
    buckets,
  };
}

function withdrawnAsOf(record: Commitment, asOf: string): boolean {
  let stage = "announced";
  for (const step of record.fulfilment ?? []) if ((dateEnd(step.date) ?? "~") <= asOf) stage = step.stage;
  return stage === "withdrawn";
}

// ---------------------------------------------------------------------------------
// Floors.

/** What the floor works out once per index, as the library does (its quantity columns are built once too): the order of units, each unit's slot, the order of the buckets. */
function prepareFloor(data: IndexData, q: QuantityColumns) {
  const keyOf = (u: number) => {
    const slot = q.units[u] as { unit: string; currency: string | undefined };
    return slot.unit === "money" ? `money:${slot.currency ?? ""}` : slot.unit;
  };
  const ids = data.taxonomy.ids as readonly string[];
  return {
    unitOrder: Int32Array.from({ length: q.units.length }, (_, u) => u).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)),
    slots: new Map(q.units.map((slot, u) => [`${slot.unit}:${slot.currency ?? ""}`, u])),
    bucketOrder: Int32Array.from({ length: data.typeCount }, (_, t) => t).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1)),
  };
}

/**
 * The tightest loop over the index's columns: one pass selects the statements in
 * force and counts them per bucket (a type and the types above it), a second writes
 * them into one flat array, bucket after bucket; then each bucket, in key order, is
 * written with typed accumulators that only the units it uses are reset in.
 */
function floorIndexed(
  data: IndexData,
  q: QuantityColumns,
  { unitOrder, slots, bucketOrder }: ReturnType<typeof prepareFloor>,
  asOf: number,
  minRank: number,
): Aggregate {
  const { day, next, stance, type, actor, flags, ids } = data;
  const types = data.typeCount;
  const ancestors = data.taxonomy.ancestors as readonly number[][];
  const n = day.length;
  // Pass 1: the statements in force, and how many each bucket holds.
  const chosen = new Int32Array(n);
  const size = new Int32Array(types + 1);
  let m = 0;
  for (let p = 0; p < n; p++) {
    if ((stance[p] as number) < minRank || (day[p] as number) > asOf || (next[p] as number) <= asOf) continue;
    if (((flags[p] as number) & FULFILMENT) !== 0 && stageAsOf(data, p, asOf) === WITHDRAWN) continue;
    chosen[m++] = p;
    const list = ancestors[type[p] as number] as number[];
    for (let j = 0; j < list.length; j++) size[(list[j] as number) + 1]! += 1;
  }
  // Pass 2: bucket after bucket in one array, each in position (id) order.
  for (let t = 0; t < types; t++) size[t + 1]! += size[t]!;
  const at = size.slice(0, types);
  const members = new Int32Array(size[types] as number);
  for (let k = 0; k < m; k++) {
    const p = chosen[k] as number;
    const list = ancestors[type[p] as number] as number[];
    for (let j = 0; j < list.length; j++) {
      const t = list[j] as number;
      members[at[t]!] = p;
      at[t]! += 1;
    }
  }
  const units = q.units.length;
  const stamp = new Int32Array(data.actors.length);
  const low = new Float64Array(units);
  const high = new Float64Array(units);
  const open = new Int32Array(units);
  const pledges = new Int32Array(units);
  const figures = new Int32Array(units);
  const buckets: AggregateBucket[] = [];
  for (let o = 0; o < types; o++) {
    const b = bucketOrder[o] as number;
    const from = size[b] as number;
    const to = size[b + 1] as number;
    if (from === to) continue;
    const commitments: string[] = [];
    const disputed: string[] = [];
    const found: number[] = [];
    let unquantified = 0;
    for (let k = from; k < to; k++) {
      const p = members[k] as number;
      commitments.push(ids[p] as string);
      const a = actor[p] as number;
      if (stamp[a] !== b + 1) {
        stamp[a] = b + 1;
        found.push(a);
      }
      const f = q.flags[p] as number;
      if ((f & 1) !== 0) disputed.push(ids[p] as string);
      const u = q.unit[p] as number;
      if (u < 0) unquantified++;
      else if ((f & 4) === 0) {
        low[u]! += q.low[p]!;
        const h = q.high[p]!;
        if (h !== h) open[u]! += 1;
        else high[u]! += h;
        pledges[u]! += 1;
        if ((f & 8) === 0) figures[u]! += 1;
      } else {
        // Claims in several units (rare): each unit's part from the record.
        for (const part of quantityParts(recordAt(data, p))) {
          const s = slots.get(`${part.unit}:${part.currency ?? ""}`) as number;
          low[s]! += part.low;
          if (Number.isNaN(part.high)) open[s]! += 1;
          else high[s]! += part.high;
          pledges[s]! += 1;
          if (part.figure) figures[s]! += 1;
        }
      }
    }
    const totals: UnitTotal[] = [];
    for (let i = 0; i < units; i++) {
      const u = unitOrder[i] as number;
      const count = pledges[u] as number;
      if (count === 0) continue;
      const { unit, currency } = q.units[u] as { unit: string; currency: string | undefined };
      const quantified = figures[u] as number;
      const hi = (open[u] as number) > 0 ? null : (high[u] as number);
      totals.push(
        unit === "money"
          ? { unit, currency: currency ?? "", low: low[u] as number, high: hi, pledges: count, quantified, unquantified: count - quantified }
          : { unit, low: low[u] as number, high: hi, pledges: count, quantified, unquantified: count - quantified },
      );
      low[u] = high[u] = open[u] = pledges[u] = figures[u] = 0;
    }
    const sorted = Int32Array.from(found).sort();
    const names: string[] = [];
    for (let i = 0; i < sorted.length; i++) names.push(data.actors[sorted[i] as number] as string);
    buckets.push({ key: data.taxonomy.ids[b] as string, actors: names, pledges: to - from, unquantified, totals, commitments, disputed });
  }
  return aggregateOf(buckets);
}

/** The tightest loop from the parsed array, with no index: the latest per timeline in a map, then the buckets. */
function floorRaw(dataset: Dataset, asOfDay: string, minStance: Stance): Aggregate {
  const asOf = dayKey(asOfDay);
  const minRank = stanceRank(minStance);
  const effective = effectiveDays(dataset);
  const ancestors = ancestorTable(dataset);
  const commitments = dataset.commitments;
  const latest = new Map<string, number>();
  const days = new Int32Array(commitments.length);
  for (let i = 0; i < commitments.length; i++) {
    const record = commitments[i] as Commitment;
    const day = effective(record.date, record.sources);
    days[i] = day;
    if (day > asOf) continue;
    const key = `${record.actor}\u0000${record.type}\u0000${record.location === undefined ? "" : locationKey(record.location)}\u0000${record.statedBy?.institution ?? ""}`;
    const held = latest.get(key);
    if (held === undefined || day > (days[held] as number) || (day === days[held] && record.id > (commitments[held] as Commitment).id)) latest.set(key, i);
  }
  const buckets = new Map<string, { ids: string[]; disputed: string[]; actors: Set<string>; unquantified: number; totals: Map<string, { -readonly [K in keyof UnitTotal]: UnitTotal[K] }> }>();
  for (const i of latest.values()) {
    const record = commitments[i] as Commitment;
    if (stanceRank(record.stance) < minRank || (record.fulfilment !== undefined && withdrawnAsOf(record, asOfDay))) continue;
    const parts = quantityParts(record);
    for (const type of ancestors.get(record.type) ?? [record.type]) {
      let bucket = buckets.get(type);
      if (bucket === undefined) buckets.set(type, (bucket = { ids: [], disputed: [], actors: new Set(), unquantified: 0, totals: new Map() }));
      bucket.ids.push(record.id);
      bucket.actors.add(record.actor);
      if ((record.quantity?.claims.length ?? 0) > 1) bucket.disputed.push(record.id);
      if (parts.length === 0) bucket.unquantified++;
      for (const part of parts) {
        const key = `${part.unit}:${part.currency ?? ""}`;
        let total = bucket.totals.get(key);
        if (total === undefined) {
          total = { ...(part.unit === "money" ? { unit: part.unit, currency: part.currency ?? "" } : { unit: part.unit }), low: 0, high: 0, pledges: 0, quantified: 0, unquantified: 0 };
          bucket.totals.set(key, total);
        }
        // Summed in place: one object per bucket and unit.
        total.low += part.low;
        total.high = total.high === null || Number.isNaN(part.high) ? null : total.high + part.high;
        total.pledges++;
        if (part.figure) total.quantified++;
        else total.unquantified++;
      }
    }
  }
  const result: AggregateBucket[] = [...buckets.entries()].map(([key, bucket]) => ({
    key,
    actors: [...bucket.actors].sort(),
    pledges: bucket.ids.length,
    unquantified: bucket.unquantified,
    totals: [...bucket.totals.values()].sort((x, y) => (unitSortKey(x) < unitSortKey(y) ? -1 : 1)),
    commitments: bucket.ids.sort(),
    disputed: bucket.disputed.sort(),
  }));
  return aggregateOf(result.sort((x, y) => ((x.key as string) < (y.key as string) ? -1 : 1)));
}

/** The floor of a lookup: per actor and type (at every level), the timelines' day arrays; binary searches; the strongest stance. */
function floorLookupIndex(data: IndexData): (actor: string, type: string, asOf: number) => Stance | null {
  const ranks = ["refused", "opposed", "undecided", "open", "ready", "committed"] as const;
  return (actorId, typeId, asOf) => {
    const a = data.actorIndex.get(actorId);
    const t = data.taxonomy.index.get(typeId);
    if (a === undefined || t === undefined) return null;
    let best = -1;
    for (const d of data.taxonomy.descendants[t] ?? []) {
      const [from, to] = timelinesOf(data, a, d);
      for (let timeline = from; timeline < to; timeline++) {
        const p = statementInForce(data, timeline, asOf);
        if (p >= 0) best = Math.max(best, data.stance[p] as number);
      }
    }
    return best < 0 ? null : ranks[best] ?? null;
  };
}

// ---------------------------------------------------------------------------------
// Peers: lodash, as a user would write it.

const timelineKey = (record: Commitment) =>
  [record.actor, record.type, record.location === undefined ? "" : locationKey(record.location), record.statedBy?.institution ?? ""].join("|");

/** What a lodash user would build once: timelines, each sorted by the day it counts as of, then id. */
function peerTimelines(dataset: Dataset): Commitment[][] {
  const effective = effectiveDays(dataset);
  return _.map(_.groupBy(dataset.commitments, timelineKey), (list) =>
    _.sortBy(list, [(record: Commitment) => effective(record.date, record.sources), "id"]),
  );
}

/** The lodash user's "index" for lookups: the same timelines, also grouped by actor and type at every level. */
function peerIndex(dataset: Dataset) {
  const ancestors = ancestorTable(dataset);
  const timelines = peerTimelines(dataset);
  return _.groupBy(
    _.flatMap(timelines, (list) => _.map(ancestors.get((list[0] as Commitment).type) ?? [], (type) => ({ key: `${(list[0] as Commitment).actor}|${type}`, list }))),
    "key",
  );
}

function peerAggregate(dataset: Dataset, timelines: Commitment[][], asOfDay: string, minStance: Stance): Aggregate {
  const effective = effectiveDays(dataset);
  const ancestors = ancestorTable(dataset);
  const asOf = dayKey(asOfDay);
  const inForceNow = _.filter(
    _.compact(_.map(timelines, (list) => _.findLast(list, (record) => effective(record.date, record.sources) <= asOf))),
    (record) => stanceRank(record.stance) >= stanceRank(minStance) && !withdrawnAsOf(record, asOfDay),
  );
  const rows = _.flatMap(inForceNow, (record) => _.map(ancestors.get(record.type) ?? [record.type], (type) => ({ type, record })));
  const buckets = _.map(_.groupBy(rows, "type"), (group, key): AggregateBucket => {
    const parts = _.flatMap(group, (row) => quantityParts(row.record));
    return {
      key,
      actors: _.sortBy(_.uniq(_.map(group, (row) => row.record.actor))),
      pledges: group.length,
      unquantified: _.filter(group, (row) => quantityParts(row.record).length === 0).length,
      totals: _.sortBy(
        _.map(_.groupBy(parts, (part) => `${part.unit}:${part.currency ?? ""}`), (same): UnitTotal => {
          const first = same[0] as Part;
          return {
            ...(first.unit === "money" ? { unit: first.unit, currency: first.currency ?? "" } : { unit: first.unit }),
            low: _.sumBy(same, "low"),
            high: _.some(same, (part) => Number.isNaN(part.high)) ? null : _.sumBy(same, "high"),
            pledges: same.length,
            quantified: _.filter(same, "figure").length,
            unquantified: _.reject(same, "figure").length,
          };
        }),
        unitSortKey,
      ),
      commitments: _.sortBy(_.map(group, (row) => row.record.id)),
      disputed: _.sortBy(_.map(_.filter(group, (row) => (row.record.quantity?.claims.length ?? 0) > 1), (row) => row.record.id)),
    };
  });
  return aggregateOf(_.sortBy(buckets, "key"));
}

/** A lodash lookup: the actor's timelines for the type, each read at the day, the strongest stance. */
function peerLookupIndex(dataset: Dataset): (actor: string, type: string, asOf: string) => Stance | null {
  const grouped = peerIndex(dataset);
  const effective = effectiveDays(dataset);
  return (actor, type, asOfDay) => {
    const asOf = dayKey(asOfDay);
    const inForceNow = _.filter(
      _.compact(_.map(grouped[`${actor}|${type}`] ?? [], ({ list }) => _.findLast(list, (record) => effective(record.date, record.sources) <= asOf))),
      (record) => !withdrawnAsOf(record, asOfDay),
    );
    return _.maxBy(inForceNow, (record) => stanceRank(record.stance))?.stance ?? null;
  };
}
