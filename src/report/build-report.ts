import { invalidArgument } from "../internal/errors.js";
import { createNamer, type Namer } from "../internal/names.js";
import { buildTaxonomy, type Taxonomy } from "../internal/taxonomy.js";
import { compareStance } from "../model/compare-stance.js";
import { locationKey } from "../model/location-key.js";
import { dateEnd, dateStart } from "../model/partial-date.js";
import type { Commitment, Dataset, Provision, Speaker } from "../model/types.js";
import { evaluateScenario } from "../scenario/evaluate-scenario.js";
import type { Scenario, ScenarioEvaluation, Verdict } from "../scenario/types.js";
import { describeCount } from "./internal/describe-count.js";
import { describeCondition } from "./internal/describe-condition.js";
import type {
  CoalitionReport,
  NamedActor,
  ReportCoalition,
  ReportContested,
  ReportContributionGroup,
  ReportOffer,
  ReportProposal,
  ReportRefusal,
  ReportSource,
} from "./types.js";

/**
 * Options of {@link buildReport}.
 *
 * @category Reports
 */
export interface BuildReportOptions {
  /**
   * The day the report is taken as of (`YYYY-MM-DD`, or a month or year, counted as of
   * its last day). Default: the date of the latest source cited by a commitment or position.
   */
  readonly asOf?: string;
  /** Facts assumed true or false, keyed as in a {@link Scenario}; unknown when absent. */
  readonly facts?: Readonly<Record<string, boolean>>;
}

/**
 * A readable summary of a dataset as plain data: its coalitions with leads and
 * participants (and their blocs), the contributions offered by type with stances and
 * conditions, refusals, contested actors, and positions on proposals, as of a date and
 * under the facts assumed. Render it with {@link renderTextReport} or
 * {@link renderMarkdownReport} or {@link renderHtmlReport}, or serialise it as JSON.
 *
 * @param dataset - a parsed dataset.
 * @param options - the day to report as of (default: the date of the latest source cited
 *   by a statement) and the facts to assume (default: none, so conditional offers stay
 *   undetermined).
 * @returns the report as plain, JSON-serialisable data.
 * @throws {CoalitionError} `invalid_argument` when `asOf` is not a date.
 *
 * @example
 * ```ts
 * import { buildReport } from "coalition/report";
 * import { seedDataset } from "coalition/fixtures";
 * const report = buildReport(seedDataset());
 * report.coalitions[0]?.leads.map((lead) => lead.name);
 * //=> ["the United Kingdom", "France"]
 * report.proposals.find((proposal) => proposal.id === "behind-the-line-force")?.positions.map((position) => position.actor.id);
 * //=> ["DE", "IT", "ES", "PL"]
 * ```
 *
 * @category Reports
 */
export function buildReport(dataset: Dataset, options: BuildReportOptions = {}): CoalitionReport {
  const asOf = options.asOf === undefined ? latestSourceDate(dataset) : dateEnd(options.asOf);
  if (asOf === undefined) {
    throw invalidArgument("asOf", `asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not "${options.asOf}"`);
  }
  const context = reportContext(dataset, asOf);
  const facts = options.facts ?? {};
  const evaluation = evaluateScenario(dataset, { facts, asOf });
  const inForce = new Set(dataset.commitments.map((commitment) => commitment.id));
  for (const excluded of evaluation.excluded) {
    if (excluded.reason !== "not-an-offer" && excluded.reason !== "below-min-stance") inForce.delete(excluded.commitment);
  }
  const { contributions, verdicts } = contributionsOf(context, evaluation);
  const refusals = refusalsOf(context, inForce);
  const proposals = proposalsOf(context);
  const cited = new Set([
    ...contributions.flatMap((group) => group.offers.flatMap((offer) => offer.sources)),
    ...refusals.flatMap((refusal) => refusal.sources),
    ...proposals.flatMap((proposal) => proposal.positions.flatMap((position) => position.sources)),
  ]);
  return {
    dataset: { id: dataset.id, title: dataset.title },
    asOf,
    assumptions: Object.entries(facts).map(([key, value]) => ({ key, value })),
    coalitions: dataset.coalitions.map((coalition) => coalitionOf(context, coalition)),
    contributions,
    refusals,
    contested: contestedOf(context, inForce),
    proposals,
    verdicts,
    sources: dataset.sources.filter((source) => cited.has(source.id)).map(reportSource),
  };
}

/** What every part of a report reads: the dataset, its day, and how to name what it holds. */
interface ReportContext {
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

function reportContext(dataset: Dataset, asOf: string): ReportContext {
  // Every type the report names gets a place in the taxonomy (data built without the
  // parser may use undeclared ones), so the lookups below always find it.
  const taxonomy = buildTaxonomy(dataset, [
    ...dataset.commitments.map((commitment) => commitment.type),
    ...dataset.proposals.flatMap((proposal) => [...(proposal.provisions ?? []), ...(proposal.exclusions ?? [])].map((entry) => entry.type)),
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

/** The offers with their verdicts, grouped by top-level type in taxonomy order, strongest stance first; and the count of each verdict. */
function contributionsOf(context: ReportContext, evaluation: ScenarioEvaluation) {
  const { dataset, taxonomy, namer, named, speakerName } = context;
  const byId = new Map(dataset.commitments.map((commitment) => [commitment.id, commitment]));
  const groups = new Map<string, ReportOffer[]>();
  const verdicts: Record<Verdict, number> = { active: 0, inactive: 0, undetermined: 0 };
  for (const verdict of evaluation.verdicts) {
    // Every verdict is on one of the dataset's commitments.
    const commitment = byId.get(verdict.commitment)!;
    verdicts[verdict.verdict]++;
    const top = topLevelType(taxonomy, commitment.type);
    const offers = groups.get(top) ?? [];
    offers.push({
      commitment: commitment.id,
      actor: named(commitment.actor),
      type: commitment.type,
      typeLabel: typeLabel(taxonomy, commitment.type),
      stance: commitment.stance,
      location: namer.location(commitment.location).trim(),
      statedBy: commitment.statedBy === undefined ? null : speakerName(commitment.statedBy),
      condition: commitment.condition === undefined ? null : describeCondition(commitment.condition, commitment.actor, namer),
      coalition: commitment.coalition === undefined ? null : namer.coalition(commitment.coalition),
      verdict: verdict.verdict,
      explanation: verdict.explanation,
      quote: commitment.quote ?? null,
      sources: commitment.sources,
    });
    groups.set(top, offers);
  }
  const contributions: ReportContributionGroup[] = taxonomy.ids.flatMap((id) => {
    const offers = groups.get(id);
    if (offers === undefined) return [];
    return [{ type: id, label: typeLabel(taxonomy, id), offers: offers.sort((a, b) => compareStance(b.stance, a.stance)) }];
  });
  return { contributions, verdicts };
}

/** The statements in force below "undecided": those opposed to or refusing a contribution. */
function refusalsOf(context: ReportContext, inForce: ReadonlySet<string>): ReportRefusal[] {
  const { dataset, taxonomy, namer, named, speakerName } = context;
  return dataset.commitments
    .filter((commitment) => inForce.has(commitment.id) && compareStance(commitment.stance, "undecided") < 0)
    .map((commitment) => ({
      commitment: commitment.id,
      actor: named(commitment.actor),
      stance: commitment.stance,
      type: commitment.type,
      typeLabel: typeLabel(taxonomy, commitment.type),
      location: namer.location(commitment.location).trim(),
      statedBy: commitment.statedBy === undefined ? null : speakerName(commitment.statedBy),
      quote: commitment.quote ?? null,
      sources: commitment.sources,
    }));
}

/**
 * The last day of the latest source cited by a statement (commitment or position), else
 * of any source; with no source at all, the end of time (everything on record counts).
 */
function latestSourceDate(dataset: Dataset): string {
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
function holdsOn(from: string, to: string | undefined, day: string, knownBy: string | undefined): boolean {
  const start = dateEnd(from) ?? knownBy;
  if (start === undefined || start > day) return false;
  const end = to === undefined ? undefined : dateStart(to);
  return end === undefined || day < end;
}

/**
 * When a record dated "unknown" was known by: the last day of the earliest of its
 * sources `ids`. The sources' days are read once, not once per record.
 */
function knownByOf(dataset: Dataset): (ids: readonly string[]) => string | undefined {
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
function blocsOnDay(dataset: Dataset, day: string): (actor: string) => string[] {
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

function coalitionOf(context: ReportContext, coalition: Dataset["coalitions"][number]): ReportCoalition {
  const { asOf, namer, named, knownBy, blocsOf } = context;
  const participants = coalition.participants
    .filter((participation) => holdsOn(participation.from, participation.to, asOf, knownBy(participation.sources)))
    .map((participation) => ({ ...named(participation.actor), blocs: blocsOf(participation.actor) }));
  const claims = coalition.participantCount?.claims ?? [];
  const counts = [...new Set(claims.map((claim) => describeCount(claim.value)))];
  return {
    id: coalition.id,
    name: coalition.name,
    purpose: coalition.purpose ?? null,
    leads: coalition.leads.map(named),
    participants,
    participantCount: counts.length === 0 ? null : counts.length === 1 ? String(counts[0]) : `disputed: ${counts.join(" or ")}`,
    condition: coalition.condition === undefined ? null : describeCondition(coalition.condition, coalition.id, namer),
  };
}

function contestedOf(context: ReportContext, inForce: ReadonlySet<string>): ReportContested[] {
  const { dataset, taxonomy, namer, named, speakerName } = context;
  // Statements by a named institution, grouped by actor, type and place.
  const byContribution = new Map<string, { first: Commitment; stated: { commitment: Commitment; speaker: Speaker }[] }>();
  for (const commitment of dataset.commitments) {
    const speaker = commitment.statedBy;
    if (!inForce.has(commitment.id) || speaker === undefined) continue;
    const key = `${commitment.actor}\u0000${commitment.type}\u0000${commitment.location === undefined ? "" : locationKey(commitment.location)}`;
    const entry = byContribution.get(key) ?? { first: commitment, stated: [] };
    entry.stated.push({ commitment, speaker });
    byContribution.set(key, entry);
  }
  const contested: ReportContested[] = [];
  for (const { first, stated } of byContribution.values()) {
    const institutions = new Set(stated.map((entry) => entry.speaker.institution));
    const stances = new Set(stated.map((entry) => entry.commitment.stance));
    if (institutions.size < 2 || stances.size < 2) continue;
    contested.push({
      actor: named(first.actor),
      typeLabel: typeLabel(taxonomy, first.type),
      location: namer.location(first.location).trim(),
      positions: stated.map(({ commitment, speaker }) => ({
        statedBy: speakerName(speaker),
        stance: commitment.stance,
        commitment: commitment.id,
      })),
    });
  }
  return contested;
}

function proposalsOf(context: ReportContext): ReportProposal[] {
  const { dataset, asOf, taxonomy, namer, named, knownBy } = context;
  const provision = (entry: Provision) =>
    `${typeLabel(taxonomy, entry.type)}${namer.location(entry.location)}${entry.provider === undefined ? "" : ` from ${namer.actor(entry.provider)}`}`;
  // The positions on each proposal, read once rather than once per proposal.
  const positionsOn = new Map<string, Dataset["positions"][number][]>();
  for (const position of dataset.positions) {
    const positions = positionsOn.get(position.proposal);
    if (positions === undefined) positionsOn.set(position.proposal, [position]);
    else positions.push(position);
  }
  return dataset.proposals.map((proposal) => {
    // The latest position of each actor on or before the report's date.
    const latest = new Map<string, { stance: Dataset["positions"][number]["stance"]; day: string; sources: readonly string[] }>();
    for (const position of positionsOn.get(proposal.id) ?? []) {
      const day = dateEnd(position.date) ?? knownBy(position.sources);
      if (day === undefined || day > asOf) continue;
      const previous = latest.get(position.actor);
      if (previous === undefined || previous.day <= day) {
        latest.set(position.actor, { stance: position.stance, day, sources: position.sources });
      }
    }
    return {
      id: proposal.id,
      title: proposal.title,
      proposedBy: proposal.proposedBy.map(named),
      asks: (proposal.provisions ?? []).map(provision),
      leavesOut: (proposal.exclusions ?? []).map(provision),
      positions: [...latest].map(([actor, { stance, sources }]) => ({ actor: named(actor), stance, sources })),
    };
  });
}

function reportSource(source: Dataset["sources"][number]): ReportSource {
  return {
    id: source.id,
    kind: source.kind,
    publisher: source.publisher,
    title: source.title ?? null,
    date: source.date,
    url: source.url ?? null,
    note: source.note ?? null,
  };
}

/** Who made a statement: "Thomas Süssli, Commander-in-Chief…", "Parliament of Romania", "Romania's parliament". */
function speakerNamer(dataset: Dataset, namer: Namer): (speaker: Speaker) => string {
  const persons = new Map(dataset.persons.map((person) => [person.id, person]));
  const institutions = new Map(dataset.institutions.map((institution) => [institution.id, institution]));
  return (speaker) => {
    const person = speaker.person === undefined ? undefined : persons.get(speaker.person);
    const office = person?.offices.find((entry) => entry.institution === speaker.institution);
    if (person !== undefined && office !== undefined) return `${person.name}, ${office.title}`;
    const institution = institutions.get(speaker.institution);
    // The parser checks that a speaker's institution exists and that its person holds an
    // office there; data built without the parser still gets a name rather than a crash.
    /* v8 ignore next */
    if (institution === undefined || person !== undefined) return person?.name ?? speaker.institution;
    return institution.name ?? `${namer.possessive(institution.actor)} ${institution.kind.replace(/-/g, " ")}`;
  };
}

// The taxonomy holds every type the report names (see buildReport), and its arrays are
// parallel, so these lookups always land.
function topLevelType(taxonomy: Taxonomy, type: string): string {
  const chain = taxonomy.ancestors[taxonomy.index.get(type)!]!;
  return taxonomy.ids[chain[chain.length - 1]!]!;
}

function typeLabel(taxonomy: Taxonomy, type: string): string {
  return taxonomy.labels[taxonomy.index.get(type)!]!;
}
