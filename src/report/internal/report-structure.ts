import type { BodyLead, BodySite, Coalition, CoalitionBody, Place } from "../../model/types.js";
import type { ReportBody, ReportBodyInterval, ReportSought, ReportSubgroup } from "../types.js";
import { holdsOn, typeLabel, type ReportContext } from "./report-context.js";

/** What a coalition seeks, and from whom, in words, as known by the report's day (from its earliest source). @internal */
export function soughtOf(context: ReportContext, coalition: Coalition): ReportSought[] {
  const { taxonomy, namer } = context;
  return known(context, coalition.sought ?? []).map((sought) => ({
    type: sought.type,
    typeLabel: typeLabel(taxonomy, sought.type),
    location: namer.location(sought.location).trim(),
    askedOf: sought.askedOf ?? null,
    quote: sought.quote ?? null,
    sources: sought.sources,
  }));
}

/**
 * The coalition's subgroups formed by the report's day and not ended by it, each with its
 * participants on that day. @internal
 */
export function subgroupsOf(context: ReportContext, coalition: Coalition): ReportSubgroup[] {
  const { asOf, named, knownBy } = context;
  return (coalition.subgroups ?? [])
    .filter((subgroup) => holdsOn(subgroup.from ?? "unknown", subgroup.to, asOf, knownBy(subgroup.sources)))
    .map((subgroup) => ({
      id: subgroup.id,
      name: subgroup.name,
      kind: subgroup.kind ?? null,
      purpose: subgroup.purpose ?? null,
      leads: (subgroup.leads ?? []).map(named),
      participants: (subgroup.participants ?? [])
        .filter((participation) => holdsOn(participation.from, participation.to, asOf, knownBy(participation.sources)))
        .map((participation) => named(participation.actor)),
      sources: subgroup.sources,
    }));
}

/**
 * The coalition's bodies with every dated site and lead known by the report's day (past,
 * current and planned), each saying whether it holds on that day. @internal
 */
export function bodiesOf(context: ReportContext, coalition: Coalition): ReportBody[] {
  return (coalition.bodies ?? []).map((body: CoalitionBody) => ({
    id: body.id,
    name: body.name,
    kind: body.kind,
    sites: known(context, body.sites ?? []).map((site) => interval(context, site, placeWords(context, site.place), [])),
    leads: known(context, body.leads ?? []).map((lead) => {
      const actors = lead.actors.map(context.named);
      return interval(context, lead, actors.map((actor) => actor.name).join(", "), actors);
    }),
    sources: body.sources,
  }));
}

/** The records whose earliest source was published by the report's day. */
function known<T extends { readonly sources: readonly string[] }>(context: ReportContext, intervals: readonly T[]): T[] {
  // Each cites at least one source the parser found declared, and every source has a date.
  return intervals.filter((entry) => (context.knownBy(entry.sources) as string) <= context.asOf);
}

function interval(context: ReportContext, entry: BodySite | BodyLead, what: string, actors: ReportBodyInterval["actors"]): ReportBodyInterval {
  const planned = entry.status === "planned";
  return {
    what,
    actors,
    from: entry.from,
    to: entry.to ?? null,
    planned,
    current: !planned && holdsOn(entry.from, entry.to, context.asOf, context.knownBy(entry.sources)),
    sources: entry.sources,
  };
}

function placeWords(context: ReportContext, place: Place): string {
  const country = context.namer.actor(place.country);
  return place.city === undefined ? country : `${place.city}, ${country}`;
}
