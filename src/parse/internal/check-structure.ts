// The structure of a coalition: its subgroups and bodies (ids, references, dated
// intervals), and the events that belong to a coalition, a subgroup or a numbered series.
import { dateStart } from "../../model/partial-date.js";
import type { Coalition, CoalitionEvent } from "../../model/types.js";
import type { PathSegment } from "../dataset-issue.js";
import { checkInterval } from "./check-interval.js";
import { referenceChecker, type Indexed, type ValidRecords } from "./check-references.js";
import type { IssueReport } from "./issue-sink.js";
import type { RecordIndex } from "./record-index.js";

/**
 * Declares the ids of a coalition's subgroups and bodies, each in a space of its own
 * (a duplicate is reported), and notes which coalition each subgroup belongs to. Those
 * `declared` says an earlier layer declared already (the same item, restated) are skipped.
 */
export function declareStructure(
  index: RecordIndex,
  coalition: Coalition,
  path: readonly PathSegment[],
  issues: IssueReport,
  declared: (item: unknown) => boolean = () => false,
): void {
  coalition.subgroups?.forEach((subgroup, s) => {
    if (declared(subgroup)) return;
    if (index.declare("subgroup", subgroup.id, [...path, "subgroups", s, "id"], issues)) {
      index.subgroupCoalitions.set(subgroup.id, coalition.id);
    }
  });
  coalition.bodies?.forEach((body, b) => {
    if (!declared(body)) index.declare("body", body.id, [...path, "bodies", b, "id"], issues);
  });
}

/** Checks the references and intervals of subgroups and bodies, and the coalition, subgroup and series of events. */
export function checkStructure(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const ref = referenceChecker(index, issues);
  for (const { record, path } of records.coalitions) {
    record.subgroups?.forEach((subgroup, s) => {
      const at = [...path, "subgroups", s];
      subgroup.leads?.forEach((lead, l) => ref.actor(lead, [...at, "leads", l], ["state", "organization"]));
      subgroup.participants?.forEach((participation, p) => {
        ref.actor(participation.actor, [...at, "participants", p, "actor"], ["state", "organization"]);
        ref.sources(participation.sources, [...at, "participants", p]);
        checkInterval(participation.from, participation.to, [...at, "participants", p], issues);
      });
      checkInterval(subgroup.from, subgroup.to, at, issues);
      ref.sources(subgroup.sources, at);
    });
    record.bodies?.forEach((body, b) => {
      const at = [...path, "bodies", b];
      body.sites?.forEach((site, i) => {
        ref.sources(site.sources, [...at, "sites", i]);
        checkInterval(site.from, site.to, [...at, "sites", i], issues);
      });
      body.leads?.forEach((lead, l) => {
        lead.actors.forEach((actor, a) => ref.actor(actor, [...at, "leads", l, "actors", a], ["state", "organization"]));
        ref.sources(lead.sources, [...at, "leads", l]);
        checkInterval(lead.from, lead.to, [...at, "leads", l], issues);
      });
      ref.sources(body.sources, at);
    });
  }
  for (const { record, path } of records.events) {
    if (record.coalition !== undefined) ref.actor(record.coalition, [...path, "coalition"], ["coalition"]);
    if (record.subgroup !== undefined) checkSubgroupOf(record, path, index, issues);
  }
  checkSeries(records.events, issues);
}

/** An event's subgroup: declared, and of the event's coalition where it names one. */
function checkSubgroupOf(event: CoalitionEvent, path: readonly PathSegment[], index: RecordIndex, issues: IssueReport): void {
  const id = event.subgroup as string;
  const owner = index.subgroupCoalitions.get(id);
  // A subgroup is declared together with its coalition (declareStructure notes both at
  // once), so a subgroup with no owner is declared nowhere.
  if (owner !== undefined && (event.coalition === undefined || event.coalition === owner)) return;
  const message =
    owner === undefined
      ? `no subgroup has the id ${JSON.stringify(id)}`
      : `the subgroup ${JSON.stringify(id)} belongs to the coalition ${JSON.stringify(owner)}, not to ${JSON.stringify(event.coalition)}`;
  issues.push({ code: "unknown_reference", path: [...path, "subgroup"], id, expected: "subgroup", message });
}

/**
 * The meetings of one series: a number used once, and a later number never dated
 * before an earlier one. Linear in the events, plus a sort of each series' numbered ones.
 */
function checkSeries(events: readonly Indexed<CoalitionEvent>[], issues: IssueReport): void {
  const bySeries = new Map<string, Indexed<CoalitionEvent>[]>();
  for (const event of events) {
    const series = event.record.series;
    if (series?.number === undefined) continue;
    const numbered = bySeries.get(series.id);
    if (numbered === undefined) bySeries.set(series.id, [event]);
    else numbered.push(event);
  }
  const numberOf = (event: Indexed<CoalitionEvent>) => event.record.series?.number as number;
  for (const [id, numbered] of bySeries) {
    numbered.sort((a, b) => numberOf(a) - numberOf(b));
    let latest: { start: string; event: Indexed<CoalitionEvent> } | undefined;
    let first = numbered[0] as Indexed<CoalitionEvent>;
    for (const event of numbered) {
      if (numberOf(first) !== numberOf(event)) first = event;
      else if (first !== event) {
        issues.push({
          code: "duplicate_id",
          path: [...event.path, "series", "number"],
          id: `${id}#${numberOf(event)}`,
          firstPath: [...first.path, "series", "number"],
          message: `the series ${JSON.stringify(id)} already has a meeting number ${numberOf(event)}`,
        });
      }
      const start = dateStart(event.record.from);
      if (start === undefined) continue;
      if (latest !== undefined && start < latest.start && numberOf(latest.event) < numberOf(event)) {
        issues.push({
          code: "dates_out_of_order",
          path: [...event.path, "from"],
          message: `meeting ${numberOf(event)} of the series ${JSON.stringify(id)} starts (${event.record.from}) before meeting ${numberOf(latest.event)} (${latest.event.record.from})`,
        });
      }
      if (latest === undefined || start > latest.start) latest = { start, event };
    }
  }
}
