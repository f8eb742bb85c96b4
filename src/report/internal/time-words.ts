// The new sections of a report in plain words, shared by the text, Markdown and HTML
// renderers, which escape them each their own way: the three say the same thing.
import type { UnitTotal } from "../../aggregate/types.js";
import { capitalise } from "../../internal/names.js";
import type { ReportBody, ReportBodyInterval, ReportChange, ReportEvent, ReportPledgeCount, ReportSubgroup, ReportSought } from "../types.js";

/** A total in words: "people: 300", "people: 100 to 400", "people: at least 300", with the pledges without a figure. @internal */
export function totalWords(total: UnitTotal): string {
  const unit = total.currency ?? total.unit;
  const figure = total.high === null ? `at least ${total.low}` : total.low === total.high ? String(total.low) : `${total.low} to ${total.high}`;
  const unquantified = total.unquantified === 0 ? "" : ` (${total.unquantified} of ${total.pledges} pledges without a figure)`;
  return `${unit}: ${figure}${unquantified}`;
}

/** A change in words: "weakened: Italy (its government), personnel in Ukraine, open to refused, from 2025-09-04". @internal */
export function changeWords(change: ReportChange): string {
  const who = `${capitalise(change.actor.name)}${change.statedBy === null ? "" : ` (${change.statedBy})`}`;
  const stances = change.before === null && change.after === null ? "" : `, ${change.before ?? "nothing"} to ${change.after ?? "nothing"}`;
  return `${change.kind}: ${who}, ${change.subject}${stances}${change.date === null ? "" : `, from ${change.date}`}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "21st". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** An event's heading in words: "2025-03-15 to 2025-03-16, call, planned: Title (in France; the 3rd of leaders-meetings)". @internal */
export function eventWords(event: ReportEvent): string {
  const when = event.to === null ? event.from : `${event.from} to ${event.to}`;
  const notes: string[] = [];
  if (event.place !== null) notes.push(`in ${event.place}`);
  if (event.series !== null) notes.push(event.series.number === null ? `of the series ${event.series.id}` : `the ${ordinal(event.series.number)} of ${event.series.id}`);
  if (event.hosts.length > 0) notes.push(`hosted by ${event.hosts.map((host) => host.name).join(", ")}`);
  return `${when}, ${event.kind}, ${event.status}: ${event.title}${notes.length === 0 ? "" : ` (${notes.join("; ")})`}`;
}

/** Who took part in an event, named and counted: "participants named: France, Italy; counted: disputed: 26 or 30". @internal */
export function eventParticipantWords(event: ReportEvent): string | null {
  const parts: string[] = [];
  if (event.participants.length > 0) parts.push(`named: ${event.participants.map((actor) => actor.name).join(", ")}`);
  if (event.participantCount !== null) parts.push(`counted: ${event.participantCount.words}`);
  return parts.length === 0 ? null : `participants ${parts.join("; ")}`;
}

/** A pledge count in words: "26 countries committed to ground troops in Ukraine, names not given; named among them: …; not among them: Japan". @internal */
export function pledgeWords(pledge: ReportPledgeCount): string {
  const what = `${pledge.typeLabel.toLowerCase()}${pledge.location === "" ? "" : ` ${pledge.location}`}`;
  const among = pledge.members.length === 0 ? "names not given" : `named among them: ${pledge.members.map((actor) => actor.name).join(", ")}`;
  const not = pledge.notAmong.length === 0 ? "" : `; not among them: ${pledge.notAmong.map((actor) => actor.name).join(", ")}`;
  const to = pledge.coalition === null ? "" : ` (to ${pledge.coalition})`;
  return `${pledge.count.words} ${pledge.stance}: ${what}${to}, as of ${pledge.date}; ${among}${not}`;
}

/** What a coalition seeks: "ground troops in neighbouring countries, asked of those that ruled out troops". @internal */
export function soughtWords(sought: ReportSought): string {
  const where = sought.location === "" ? "" : ` ${sought.location}`;
  return `${sought.typeLabel.toLowerCase()}${where}${sought.askedOf === null ? "" : `, asked of ${sought.askedOf}`}`;
}

/** A subgroup: "Land planning group (planning group), led by France; participants: …". @internal */
export function subgroupWords(subgroup: ReportSubgroup): string {
  const parts = [`${subgroup.name}${subgroup.kind === null ? "" : ` (${subgroup.kind.replaceAll("-", " ")})`}`];
  if (subgroup.purpose !== null) parts.push(subgroup.purpose);
  if (subgroup.leads.length > 0) parts.push(`led by ${subgroup.leads.map((lead) => lead.name).join(", ")}`);
  if (subgroup.participants.length > 0) parts.push(`participants: ${subgroup.participants.map((actor) => actor.name).join(", ")}`);
  return parts.join("; ");
}

/** A body's heading: "Multinational Force Ukraine headquarters (headquarters)". @internal */
export function bodyWords(body: ReportBody): string {
  return `${body.name} (${body.kind})`;
}

/** One dated interval of a body: "sits in Paris, France from 2025-04 to 2025-09 (current)", "led by the United Kingdom from 2026 (planned)". @internal */
export function intervalWords(verb: "sits in" | "led by", interval: ReportBodyInterval): string {
  const span = interval.to === null ? `from ${interval.from}` : `from ${interval.from} to ${interval.to}`;
  const status = interval.planned ? " (planned)" : interval.current ? " (current)" : "";
  return `${verb} ${interval.what} ${span}${status}`;
}
