import { aggregateCommitments } from "../aggregate/aggregate-commitments.js";
import type { ExchangeRates, UnitTotal } from "../aggregate/types.js";
import { invalidArgument, notADay } from "../internal/errors.js";
import { compareStance } from "../model/compare-stance.js";
import { locationKey } from "../model/location-key.js";
import { dateEnd } from "../model/partial-date.js";
import type { Commitment, Dataset, Provision, Speaker } from "../model/types.js";
import { evaluateScenario } from "../scenario/evaluate-scenario.js";
import type { Scenario, ScenarioEvaluation, Verdict } from "../scenario/types.js";
import { describeCondition } from "../internal/describe-condition.js";
import { knownView } from "../internal/known-as-of.js";
import { changesSince } from "./internal/report-changes.js";
import { latestSourceDate, reportContext, topLevelType, typeLabel, holdsOn, type ReportContext } from "./internal/report-context.js";
import { eventsOf, pledgeCountsOf } from "./internal/report-events.js";
import { reportCount, reportQuantities } from "./internal/report-quantities.js";
import { bodiesOf, soughtOf, subgroupsOf } from "./internal/report-structure.js";
import { timelineOf } from "./internal/report-timeline.js";
import type {
  CoalitionReport,
  ReportCoalition,
  ReportContested,
  ReportContributionGroup,
  ReportOffer,
  ReportProposal,
  ReportRefusal,
  ReportSource,
} from "./types.js";
import { checkArguments } from "../internal/guards.js";

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
  /**
   * Only what was published by this day counts (by the sources' dates): the report a
   * reader could have written then. Default: everything on record.
   */
  readonly knownAsOf?: string;
  /** Report what changed from the end of this day to the report's day. Default: no changes section. */
  readonly since?: string;
  /** The scenario offers are judged under (its `asOf` is the report's). Default: no fact known. */
  readonly scenario?: Scenario;
  /** Facts assumed true or false, keyed as in a {@link Scenario}, beside the scenario's; unknown when absent. */
  readonly facts?: Readonly<Record<string, boolean>>;
  /** Exchange rates to total money in one currency; without them, each currency is totalled apart. */
  readonly exchangeRates?: ExchangeRates;
}

/**
 * A readable summary of a dataset as plain data: its coalitions with leads and
 * participants (and their blocs), what they seek, their subgroups and bodies; the
 * contributions offered by type with stances, conditions, quantities as written and
 * low / high totals per unit; refusals, contested actors, positions on proposals; the
 * events with their counts (every claim where sources disagree); actors known only by
 * their number; a month-by-month timeline; and, given `since`, what changed since then,
 * each change with its sources. As of a date, as known on a date, and under the facts
 * assumed. Render it with {@link renderTextReport}, {@link renderMarkdownReport} or
 * {@link renderHtmlReport}, or serialise it as JSON.
 *
 * @param dataset - a parsed dataset.
 * @param options - the day to report as of (default: the date of the latest source cited
 *   by a statement), the day it is known as of, the day to report changes since, the
 *   scenario or facts to assume (default: none, so conditional offers stay undetermined),
 *   and exchange rates for money.
 * @returns the report as plain, JSON-serialisable data.
 * @throws {CoalitionError} `invalid_argument` when `asOf`, `knownAsOf` or `since` is not
 *   a date, or `since` is after `asOf`; `missing_exchange_rate` when money must be
 *   converted from a currency the rates lack.
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
 * buildReport(seedDataset(), { since: "2025-03-01" }).changes?.changes.filter((change) => change.actor.id === "RO").map((change) => change.kind);
 * //=> ["new"]
 * ```
 *
 * @category Reports
 */
export function buildReport(dataset: Dataset, options: BuildReportOptions = {}): CoalitionReport {
  checkArguments({ dataset: [dataset, "dataset"], options: [options, { fields: { asOf: "date", knownAsOf: "date", since: "date", scenario: "record", facts: "record", exchangeRates: "record" } }] });
  const knownAsOf = dayOption(options.knownAsOf, "knownAsOf");
  const known = knownView(dataset, knownAsOf);
  // By default, as of the latest source cited, but never after the day it is known as of.
  const latest = latestSourceDate(known);
  const asOf = options.asOf === undefined ? (knownAsOf !== undefined && knownAsOf < latest ? knownAsOf : latest) : (dayOption(options.asOf, "asOf") as string);
  const since = dayOption(options.since, "since");
  if (since !== undefined && since > asOf) throw invalidArgument("since", `since (${since}) is after the report's day (${asOf})`);
  const context = reportContext(known, asOf);
  const facts = { ...options.scenario?.facts, ...options.facts };
  const evaluation = evaluateScenario(known, { ...options.scenario, facts, asOf });
  const inForce = new Set(known.commitments.map((commitment) => commitment.id));
  for (const excluded of evaluation.excluded) {
    if (excluded.reason !== "not-an-offer" && excluded.reason !== "below-min-stance") inForce.delete(excluded.commitment);
  }
  const totals = totalsByType(known, asOf, options.exchangeRates);
  const { contributions, verdicts } = contributionsOf(context, evaluation, totals);
  const report: Omit<CoalitionReport, "sources"> = {
    dataset: { id: dataset.id, title: dataset.title },
    asOf,
    knownAsOf: knownAsOf ?? null,
    currency: options.exchangeRates?.base ?? null,
    assumptions: Object.entries(facts).map(([key, value]) => ({ key, value })),
    coalitions: known.coalitions.map((coalition) => coalitionOf(context, coalition)),
    contributions,
    refusals: refusalsOf(context, inForce),
    contested: contestedOf(context, inForce),
    proposals: proposalsOf(context),
    changes: since === undefined ? null : changesSince(context, since),
    events: eventsOf(context),
    pledgeCounts: pledgeCountsOf(context),
    timeline: timelineOf(context),
    verdicts,
  };
  return { ...report, sources: citedSources(known, report) };
}

/** A day option as its last day (`YYYY-MM-DD`), or undefined when absent; anything else throws. */
function dayOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const day = dateEnd(value);
  if (day === undefined) throw notADay(name, value, false);
  return day;
}

/** The totals per unit of the offers (open or stronger) of each type, as the aggregation counts them. */
function totalsByType(dataset: Dataset, asOf: string, exchangeRates: ExchangeRates | undefined): ReadonlyMap<string | null, readonly UnitTotal[]> {
  const aggregate = aggregateCommitments(dataset, { by: "type", asOf, minStance: "open", ...(exchangeRates === undefined ? {} : { exchangeRates }) });
  return new Map(aggregate.buckets.map((bucket) => [bucket.key, bucket.totals]));
}

/** The sources cited anywhere in the report, in the dataset's order. */
function citedSources(dataset: Dataset, report: Omit<CoalitionReport, "sources">): ReportSource[] {
  const cited = new Set<string>();
  const add = (records: readonly { readonly sources: readonly string[] }[]) => {
    for (const record of records) for (const id of record.sources) cited.add(id);
  };
  add(report.contributions.flatMap((group) => group.offers.flatMap((offer) => [offer, ...offer.quantity])));
  add(report.refusals);
  add(report.proposals.flatMap((proposal) => proposal.positions));
  add(report.changes?.changes ?? []);
  add(report.events.flatMap((event) => [event, ...(event.participantCount?.claims ?? [])]));
  add(report.pledgeCounts);
  for (const coalition of report.coalitions) {
    add([...(coalition.participantCount?.claims ?? []), ...coalition.sought, ...coalition.subgroups]);
    add(coalition.bodies.flatMap((body) => [body, ...body.sites, ...body.leads]));
  }
  return dataset.sources.filter((source) => cited.has(source.id)).map(reportSource);
}

/** The offers with their verdicts, grouped by top-level type in taxonomy order, strongest stance first; and the count of each verdict. */
function contributionsOf(context: ReportContext, evaluation: ScenarioEvaluation, totals: ReadonlyMap<string | null, readonly UnitTotal[]>) {
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
      quantity: reportQuantities(commitment.quantity?.claims ?? []),
      sources: commitment.sources,
    });
    groups.set(top, offers);
  }
  const contributions: ReportContributionGroup[] = taxonomy.ids.flatMap((id) => {
    const offers = groups.get(id);
    if (offers === undefined) return [];
    const sorted = offers.sort((a, b) => compareStance(b.stance, a.stance));
    // The aggregation counts every offer the scenario does (open or stronger, in force), so
    // each group has its bucket; a disagreement would show no totals rather than fail.
    /* v8 ignore next */
    return [{ type: id, label: typeLabel(taxonomy, id), offers: sorted, totals: totals.get(id) ?? [] }];
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

function coalitionOf(context: ReportContext, coalition: Dataset["coalitions"][number]): ReportCoalition {
  const { asOf, namer, named, knownBy, blocsOf } = context;
  const participants = coalition.participants
    .filter((participation) => holdsOn(participation.from, participation.to, asOf, knownBy(participation.sources)))
    .map((participation) => ({ ...named(participation.actor), blocs: blocsOf(participation.actor) }));
  return {
    id: coalition.id,
    name: coalition.name,
    purpose: coalition.purpose ?? null,
    leads: coalition.leads.map(named),
    participants,
    // A count is known from its earliest source: before then, the report has no count.
    participantCount: reportCount((coalition.participantCount?.claims ?? []).filter((claim) => (knownBy(claim.sources) ?? "") <= asOf)),
    condition: coalition.condition === undefined ? null : describeCondition(coalition.condition, coalition.id, namer),
    sought: soughtOf(context, coalition),
    subgroups: subgroupsOf(context, coalition),
    bodies: bodiesOf(context, coalition),
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

