// A plain, slow restatement of the documented aggregation rules, written without the
// library's index, to check the library against on random datasets.
import { BUILTIN_CONTRIBUTION_TYPES, dateEnd, locationKey, stanceRank, type Dataset, type Stance } from "../../src/index.js";

type Commitment = Dataset["commitments"][number];

/** The day a record counts as of, as YYYY-MM-DD, or "~" (after every date) when never known. */
export function effective(data: Dataset, date: string, sources: readonly string[]): string {
  if (date !== "unknown") return dateEnd(date) ?? "~";
  const days = sources.map((id) => dateEnd(data.sources.find((source) => source.id === id)?.date ?? "unknown") ?? "~");
  return days.sort()[0] ?? "~";
}

function stageAsOf(commitment: Commitment, asOf: string): string {
  let stage = "announced";
  for (const step of commitment.fulfilment ?? []) if ((dateEnd(step.date) ?? "~") <= asOf) stage = step.stage;
  return stage;
}

/** The commitments in force as of a day ("~" for the latest), not withdrawn. */
export function inForce(data: Dataset, asOf: string): Commitment[] {
  const latest = new Map<string, { commitment: Commitment; day: string }>();
  for (const commitment of data.commitments) {
    const day = effective(data, commitment.date, commitment.sources);
    if (day > asOf) continue;
    const key = JSON.stringify([
      commitment.actor,
      commitment.type,
      commitment.location === undefined ? null : locationKey(commitment.location),
      commitment.statedBy?.institution ?? null,
    ]);
    const held = latest.get(key);
    if (held === undefined || day > held.day || (day === held.day && commitment.id > held.commitment.id)) {
      latest.set(key, { commitment, day });
    }
  }
  return [...latest.values()].map((entry) => entry.commitment).filter((commitment) => stageAsOf(commitment, asOf) !== "withdrawn");
}

/** A type and its broader types. */
export function typeAndAncestors(data: Dataset, type: string): string[] {
  const parents = new Map<string, string | undefined>();
  for (const entry of [...BUILTIN_CONTRIBUTION_TYPES, ...data.contributionTypes]) parents.set(entry.id, entry.parent);
  const chain: string[] = [];
  for (let at: string | undefined = type; at !== undefined; at = parents.get(at)) chain.push(at);
  return chain;
}

/** Per type (at every level), the sorted ids and actors of the pledges in force at or above a stance, and their totals. */
export function aggregateByType(data: Dataset, asOf: string, minStance: Stance) {
  const parents = new Map<string, string | undefined>();
  for (const type of [...BUILTIN_CONTRIBUTION_TYPES, ...data.contributionTypes]) parents.set(type.id, type.parent);
  const buckets = new Map<string, { ids: string[]; actors: Set<string>; totals: Map<string, { low: number; high: number | null; pledges: number }> }>();
  for (const commitment of inForce(data, asOf)) {
    if (stanceRank(commitment.stance) < stanceRank(minStance)) continue;
    for (let type: string | undefined = commitment.type; type !== undefined; type = parents.get(type)) {
      let bucket = buckets.get(type);
      if (bucket === undefined) buckets.set(type, (bucket = { ids: [], actors: new Set(), totals: new Map() }));
      bucket.ids.push(commitment.id);
      bucket.actors.add(commitment.actor);
      const claims = commitment.quantity?.claims ?? [];
      const units = new Set(claims.map((claim) => `${claim.value.unit}:${claim.value.currency ?? ""}`));
      for (const unit of units) {
        const values = claims.map((claim) => claim.value).filter((value) => `${value.unit}:${value.currency ?? ""}` === unit);
        const low = Math.min(...values.map((value) => (value.kind === "exact" ? value.value : (value.low ?? 0))));
        const highs = values.map((value) => (value.kind === "exact" ? value.value : value.high));
        const high = highs.some((value) => value === undefined) ? null : Math.max(...(highs as number[]));
        const total = bucket.totals.get(unit) ?? { low: 0, high: 0, pledges: 0 };
        bucket.totals.set(unit, {
          low: total.low + low,
          high: total.high === null || high === null ? null : total.high + high,
          pledges: total.pledges + 1,
        });
      }
    }
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, bucket]) => ({
      key,
      commitments: bucket.ids.sort(),
      actors: [...bucket.actors].sort(),
      totals: [...bucket.totals.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unit, total]) => ({ unit, ...total })),
    }));
}
