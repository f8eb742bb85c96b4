import { dateEnd, dateStart } from "../model/partial-date.js";
import { compareStance } from "../model/compare-stance.js";
import type { Commitment, Dataset, Provision, Speaker } from "../model/types.js";
import { evaluateScenario } from "../scenario/evaluate-scenario.js";
import { createNamer, type Namer } from "../scenario/internal/names.js";
import { buildTaxonomy, type Taxonomy } from "../scenario/internal/taxonomy.js";
import type { Scenario, Verdict } from "../scenario/types.js";
import { describeCondition } from "./describe-condition.js";
import type {
  CoalitionReport,
  NamedActor,
  ReportCoalition,
  ReportContested,
  ReportContributionGroup,
  ReportOffer,
  ReportProposal,
  ReportRefusal,
} from "./types.js";

/** Options of {@link buildReport}. */
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
 * {@link renderMarkdownReport}, or serialise it as JSON.
 *
 * @example
 * ```ts
 * import { buildReport } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const report = buildReport(seedDataset());
 * report.coalitions[0]?.leads.map((lead) => lead.name);
 * //=> ["the United Kingdom", "France"]
 * report.proposals.find((proposal) => proposal.id === "behind-the-line-force")?.positions.map((position) => position.actor.id);
 * //=> ["DE", "IT", "ES", "PL"]
 * ```
 */
export function buildReport(dataset: Dataset, options: BuildReportOptions = {}): CoalitionReport {
  const asOf = dateEnd(options.asOf ?? latestSourceDate(dataset)) ?? "9999-12-31";
  const taxonomy = buildTaxonomy(dataset);
  const namer = createNamer(dataset, taxonomy);
  const named = (id: string): NamedActor => ({ id, name: namer.actor(id) });
  const facts = options.facts ?? {};
  const evaluation = evaluateScenario(dataset, { facts, asOf });
  const byId = new Map(dataset.commitments.map((commitment) => [commitment.id, commitment]));
  const speakerOf = speakerNamer(dataset, namer);

  const inForce = new Set(dataset.commitments.map((commitment) => commitment.id));
  for (const excluded of evaluation.excluded) {
    if (excluded.reason !== "not-an-offer" && excluded.reason !== "below-min-stance") inForce.delete(excluded.commitment);
  }

  const groups = new Map<string, ReportOffer[]>();
  const verdicts: Record<Verdict, number> = { active: 0, inactive: 0, undetermined: 0 };
  for (const verdict of evaluation.verdicts) {
    const commitment = byId.get(verdict.commitment);
    if (commitment === undefined) continue;
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
      statedBy: speakerOf(commitment.statedBy),
      condition:
        commitment.condition === undefined ? null : describeCondition(commitment.condition, commitment.actor, namer),
      coalition: commitment.coalition === undefined ? null : namer.coalition(commitment.coalition),
      verdict: verdict.verdict,
      explanation: verdict.explanation,
      quote: commitment.quote ?? null,
    });
    groups.set(top, offers);
  }
  const contributions: ReportContributionGroup[] = taxonomy.ids
    .filter((id) => groups.has(id))
    .map((id) => ({
      type: id,
      label: typeLabel(taxonomy, id),
      offers: [...(groups.get(id) ?? [])].sort((a, b) => compareStance(b.stance, a.stance)),
    }));

  const refusals: ReportRefusal[] = dataset.commitments
    .filter((commitment) => inForce.has(commitment.id) && compareStance(commitment.stance, "undecided") < 0)
    .map((commitment) => ({
      commitment: commitment.id,
      actor: named(commitment.actor),
      stance: commitment.stance,
      typeLabel: typeLabel(taxonomy, commitment.type),
      location: namer.location(commitment.location).trim(),
      statedBy: speakerOf(commitment.statedBy),
      quote: commitment.quote ?? null,
    }));

  return {
    dataset: { id: dataset.id, title: dataset.title },
    asOf,
    assumptions: Object.entries(facts).map(([key, value]) => ({ key, value })),
    coalitions: dataset.coalitions.map((coalition) => coalitionOf(dataset, coalition, asOf, namer, named)),
    contributions,
    refusals,
    contested: contestedOf(dataset, inForce, taxonomy, namer, named, speakerOf),
    proposals: proposalsOf(dataset, asOf, taxonomy, namer, named),
    verdicts,
  };
}

/** The date of the latest source cited by a statement (commitment or position), else of any source. */
function latestSourceDate(dataset: Dataset): string {
  const cited = new Set([...dataset.commitments, ...dataset.positions].flatMap((record) => record.sources));
  let latest: string | undefined;
  for (const pass of [true, false]) {
    for (const source of dataset.sources) {
      if (pass && !cited.has(source.id)) continue;
      const end = dateEnd(source.date);
      if (end !== undefined && (latest === undefined || end > latest)) latest = end;
    }
    if (latest !== undefined) return latest;
  }
  return "9999-12-31";
}

/** Whether an interval [from, to) holds on `day`; an unknown start counts from `knownBy`. */
function holdsOn(from: string, to: string | undefined, day: string, knownBy: string | undefined): boolean {
  const start = dateEnd(from) ?? knownBy;
  if (start === undefined || start > day) return false;
  const end = to === undefined ? undefined : dateStart(to);
  return end === undefined || day < end;
}

function earliestSourceDate(dataset: Dataset, ids: readonly string[]): string | undefined {
  let earliest: string | undefined;
  for (const id of ids) {
    const source = dataset.sources.find((entry) => entry.id === id);
    const end = source === undefined ? undefined : dateEnd(source.date);
    if (end !== undefined && (earliest === undefined || end < earliest)) earliest = end;
  }
  return earliest;
}

function coalitionOf(
  dataset: Dataset,
  coalition: Dataset["coalitions"][number],
  asOf: string,
  namer: Namer,
  named: (id: string) => NamedActor,
): ReportCoalition {
  const blocsOf = (actor: string) =>
    dataset.organizations
      .filter((organization) =>
        organization.memberships.some(
          (membership) => membership.member === actor && holdsOn(membership.from, membership.to, asOf, undefined),
        ),
      )
      .map((organization) => organization.name);
  const participants = coalition.participants
    .filter((participation) =>
      holdsOn(participation.from, participation.to, asOf, earliestSourceDate(dataset, participation.sources)),
    )
    .map((participation) => ({ ...named(participation.actor), blocs: blocsOf(participation.actor) }));
  const claims = coalition.participantCount?.claims ?? [];
  const counts = [...new Set(claims.map((claim) => claim.value))];
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

function contestedOf(
  dataset: Dataset,
  inForce: ReadonlySet<string>,
  taxonomy: Taxonomy,
  namer: Namer,
  named: (id: string) => NamedActor,
  speakerOf: (speaker: Speaker | undefined) => string | null,
): ReportContested[] {
  const byContribution = new Map<string, Commitment[]>();
  for (const commitment of dataset.commitments) {
    if (!inForce.has(commitment.id) || commitment.statedBy === undefined) continue;
    const key = `${commitment.actor}\u0000${commitment.type}\u0000${JSON.stringify(commitment.location ?? null)}`;
    byContribution.set(key, [...(byContribution.get(key) ?? []), commitment]);
  }
  const contested: ReportContested[] = [];
  for (const commitments of byContribution.values()) {
    const institutions = new Set(commitments.map((commitment) => commitment.statedBy?.institution));
    const stances = new Set(commitments.map((commitment) => commitment.stance));
    const first = commitments[0];
    if (first === undefined || institutions.size < 2 || stances.size < 2) continue;
    contested.push({
      actor: named(first.actor),
      typeLabel: typeLabel(taxonomy, first.type),
      location: namer.location(first.location).trim(),
      positions: commitments.map((commitment) => ({
        statedBy: speakerOf(commitment.statedBy) ?? "",
        stance: commitment.stance,
        commitment: commitment.id,
      })),
    });
  }
  return contested;
}

function proposalsOf(
  dataset: Dataset,
  asOf: string,
  taxonomy: Taxonomy,
  namer: Namer,
  named: (id: string) => NamedActor,
): ReportProposal[] {
  const provision = (entry: Provision) =>
    `${typeLabel(taxonomy, entry.type)}${namer.location(entry.location)}${entry.provider === undefined ? "" : ` from ${namer.actor(entry.provider)}`}`;
  return dataset.proposals.map((proposal) => {
    // The latest position of each actor on or before the report's date.
    const latest = new Map<string, { stance: Dataset["positions"][number]["stance"]; day: string }>();
    for (const position of dataset.positions) {
      if (position.proposal !== proposal.id) continue;
      const day = dateEnd(position.date) ?? earliestSourceDate(dataset, position.sources);
      if (day === undefined || day > asOf) continue;
      const previous = latest.get(position.actor);
      if (previous === undefined || previous.day <= day) latest.set(position.actor, { stance: position.stance, day });
    }
    return {
      id: proposal.id,
      title: proposal.title,
      proposedBy: proposal.proposedBy.map(named),
      asks: (proposal.provisions ?? []).map(provision),
      leavesOut: (proposal.exclusions ?? []).map(provision),
      positions: [...latest].map(([actor, { stance }]) => ({ actor: named(actor), stance })),
    };
  });
}

function speakerNamer(dataset: Dataset, namer: Namer) {
  const persons = new Map(dataset.persons.map((person) => [person.id, person]));
  const institutions = new Map(dataset.institutions.map((institution) => [institution.id, institution]));
  return (speaker: Speaker | undefined): string | null => {
    if (speaker === undefined) return null;
    const institution = institutions.get(speaker.institution);
    const person = speaker.person === undefined ? undefined : persons.get(speaker.person);
    const office = person?.offices.find((entry) => entry.institution === speaker.institution);
    if (person !== undefined) return office === undefined ? person.name : `${person.name}, ${office.title}`;
    if (institution === undefined) return speaker.institution;
    if (institution.name !== undefined) return institution.name;
    return `${namer.possessive(institution.actor)} ${institution.kind.replace(/-/g, " ")}`;
  };
}

function topLevelType(taxonomy: Taxonomy, type: string): string {
  const index = taxonomy.index.get(type);
  if (index === undefined) return type;
  const chain = taxonomy.ancestors[index] ?? [index];
  return taxonomy.ids[chain[chain.length - 1] ?? index] ?? type;
}

function typeLabel(taxonomy: Taxonomy, type: string): string {
  const index = taxonomy.index.get(type);
  return index === undefined ? type : (taxonomy.labels[index] ?? type);
}
