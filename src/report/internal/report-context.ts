import type { Namer } from "../../internal/names.js";
import { createNamer } from "../../internal/names.js";
import { buildTaxonomy, type Taxonomy } from "../../internal/taxonomy.js";
import { dateEnd, dateStart } from "../../model/partial-date.js";
import type { Dataset, Speaker } from "../../model/types.js";
import { speakerNamer } from "../../internal/speaker-name.js";
import type { NamedActor } from "../types.js";

/** What every part of a report reads: the dataset, its day, and how to name what it holds. */
export interface ReportContext {
  readonly dataset: Dataset;
  readonly asOf: string;
  readonly taxonomy: Taxonomy;
  readonly namer: Namer;
  readonly named: (id: string) => NamedActor;
  readonly speakerName: (speaker: Speaker) => string;
  /** When a record dated "unknown" was known by: the last day of the earliest of its sources. */
  readonly knownBy: (ids: readonly string[]) => string | undefined;
  /** The names of the blocs an actor belongs to on the report's day. */
  readonly blocsOf: (actor: string) => string[];
}

export function reportContext(dataset: Dataset, asOf: string): ReportContext {
  // Every type the report names gets a place in the taxonomy (data built without the
  // parser may use undeclared ones), so the lookups below always find it.
  const taxonomy = buildTaxonomy(dataset, [
    ...dataset.commitments.map((commitment) => commitment.type),
    ...dataset.proposals.flatMap((proposal) => [...(proposal.provisions ?? []), ...(proposal.exclusions ?? [])].map((entry) => entry.type)),
    ...dataset.pledgeCounts.map((pledge) => pledge.type),
    ...dataset.coalitions.flatMap((coalition) => (coalition.sought ?? []).map((sought) => sought.type)),
  ]);
  const namer = createNamer(dataset, taxonomy);
  return {
    dataset,
    asOf,
    taxonomy,
    namer,
    named: (id) => ({ id, name: namer.actor(id) }),
    speakerName: speakerNamer(dataset, namer),
    knownBy: knownByOf(dataset),
    blocsOf: blocsOnDay(dataset, asOf),
  };
}

/**
 * The last day of the latest source cited by a statement (commitment or position), else
 * of any source; with no source at all, the end of time (everything on record counts).
 */
export function latestSourceDate(dataset: Dataset): string {
  const cited = new Set([...dataset.commitments, ...dataset.positions].flatMap((record) => record.sources));
  const ends = (sources: Dataset["sources"]) => definedSorted(sources.map((source) => dateEnd(source.date)));
  const citedEnds = ends(dataset.sources.filter((source) => cited.has(source.id)));
  const candidates = citedEnds.length > 0 ? citedEnds : ends(dataset.sources);
  return candidates[candidates.length - 1] ?? "9999-12-31";
}

/** The days (`YYYY-MM-DD`) given, without the undefined ones, earliest first. */
function definedSorted(days: readonly (string | undefined)[]): string[] {
  return days.filter((day): day is string => day !== undefined).sort();
}

/** Whether an interval [from, to) holds on `day`; an unknown start counts from `knownBy`. */
export function holdsOn(from: string, to: string | undefined, day: string, knownBy: string | undefined): boolean {
  const start = dateEnd(from) ?? knownBy;
  if (start === undefined || start > day) return false;
  const end = to === undefined ? undefined : dateStart(to);
  return end === undefined || day < end;
}

/**
 * When a record dated "unknown" was known by: the last day of the earliest of its
 * sources `ids`. The sources' days are read once, not once per record.
 */
export function knownByOf(dataset: Dataset): (ids: readonly string[]) => string | undefined {
  const ends = new Map(dataset.sources.map((source) => [source.id, dateEnd(source.date)]));
  return (ids) => {
    let earliest: string | undefined;
    for (const id of ids) {
      const day = ends.get(id);
      if (day !== undefined && (earliest === undefined || day < earliest)) earliest = day;
    }
    return earliest;
  };
}

/**
 * The names of the blocs an actor belongs to on `day`, in the dataset's order. The
 * memberships are read once, by member, not once per participant.
 */
export function blocsOnDay(dataset: Dataset, day: string): (actor: string) => string[] {
  const byMember = new Map<string, { organization: number; name: string; from: string; to: string | undefined }[]>();
  dataset.organizations.forEach((organization, index) => {
    for (const { member, from, to } of organization.memberships) {
      const entry = { organization: index, name: organization.name, from, to };
      const memberships = byMember.get(member);
      if (memberships === undefined) byMember.set(member, [entry]);
      else memberships.push(entry);
    }
  });
  return (actor) => {
    const names: string[] = [];
    let last = -1;
    // One organization's memberships are consecutive: name it once, however many hold.
    for (const membership of byMember.get(actor) ?? []) {
      if (membership.organization === last || !holdsOn(membership.from, membership.to, day, undefined)) continue;
      names.push(membership.name);
      last = membership.organization;
    }
    return names;
  };
}

// The taxonomy holds every type the report names (see buildReport), and its arrays are
// parallel, so these lookups always land.
export function topLevelType(taxonomy: Taxonomy, type: string): string {
  const chain = taxonomy.ancestors[taxonomy.index.get(type)!]!;
  return taxonomy.ids[chain[chain.length - 1]!]!;
}

export function typeLabel(taxonomy: Taxonomy, type: string): string {
  return taxonomy.labels[taxonomy.index.get(type)!]!;
}
