import { dateEnd } from "../../model/partial-date.js";
import type { CoalitionEvent, PledgeCount } from "../../model/types.js";
import type { ReportEvent, ReportPledgeCount } from "../types.js";
import { reportCount } from "./report-quantities.js";
import { typeLabel, type ReportContext } from "./report-context.js";

/** The day a dated record counts from: the end of its date, or its earliest source's day when "unknown". */
function dayOf(context: ReportContext, date: string, sources: readonly string[]): string | undefined {
  return dateEnd(date) ?? context.knownBy(sources);
}

/**
 * The events known by the report's day, earliest first: held ones dated by then, and
 * planned ones announced by then (by their earliest source). @internal
 */
export function eventsOf(context: ReportContext): ReportEvent[] {
  const { dataset, asOf, named, namer } = context;
  // Held events count from their day, planned ones from their announcement (earliest source).
  const dated = dataset.events.flatMap((event, index) => {
    const announced = context.knownBy(event.sources);
    const day = dateEnd(event.from) ?? announced;
    const shown = event.status === "planned" ? announced : day;
    return day === undefined || shown === undefined || shown > asOf ? [] : [{ event, index, day }];
  });
  return dated
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index))
    .map(({ event }): ReportEvent => ({
      id: event.id,
      title: event.title,
      kind: event.kind,
      status: event.status,
      from: event.from,
      to: event.to ?? null,
      place: event.country === undefined ? null : namer.actor(event.country),
      hosts: (event.hosts ?? []).map(named),
      participants: (event.participants ?? []).map(named),
      participantCount: reportCount(event.participantCount?.claims ?? []),
      series: seriesOf(event),
      sources: event.sources,
    }));
}

function seriesOf(event: CoalitionEvent): ReportEvent["series"] {
  return event.series === undefined ? null : { id: event.series.id, number: event.series.number ?? null };
}

/**
 * The pledge counts stated by the report's day and not superseded by one stated by then,
 * with the named actors known to be among them, or not. @internal
 */
export function pledgeCountsOf(context: ReportContext): ReportPledgeCount[] {
  const { dataset, asOf, named, namer, taxonomy, speakerName } = context;
  const stated = dataset.pledgeCounts.filter((pledge) => (dayOf(context, pledge.date, pledge.sources) ?? "9999-12-31") <= asOf);
  const superseded = new Set(stated.flatMap((pledge) => pledge.supersedes ?? []));
  return stated
    .filter((pledge) => !superseded.has(pledge.id))
    .map((pledge: PledgeCount) => ({
      id: pledge.id,
      coalition: pledge.coalition === undefined ? null : namer.coalition(pledge.coalition),
      type: pledge.type,
      typeLabel: typeLabel(taxonomy, pledge.type),
      location: namer.location(pledge.location).trim(),
      stance: pledge.stance,
      // The schema asks for one claim at least.
      count: reportCount(pledge.count.claims)!,
      members: (pledge.members ?? []).map((member) => named(member.actor)),
      notAmong: (pledge.notAmong ?? []).map((member) => named(member.actor)),
      statedBy: pledge.statedBy === undefined ? null : speakerName(pledge.statedBy),
      date: pledge.date,
      quote: pledge.quote ?? null,
      sources: [...new Set([...pledge.sources, ...pledge.count.claims.flatMap((claim) => claim.sources)])],
    }));
}
