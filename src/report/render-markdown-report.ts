import { markdownCode, markdownText as m } from "./internal/escape-markdown.js";
import {
  bodyWords,
  changeWords,
  eventParticipantWords,
  eventWords,
  intervalWords,
  pledgeWords,
  soughtWords,
  subgroupWords,
  totalWords,
} from "./internal/time-words.js";
import type { CoalitionReport, ReportCoalition, ReportCount, ReportOffer } from "./types.js";
import { checkArguments } from "../internal/guards.js";

/**
 * A report as Markdown, with a table per contribution type (quantities and totals
 * included), the changes since a day, events, pledge counts and a timeline table, for
 * READMEs, issues and newsroom notes.
 *
 * Every text of the report is escaped for CommonMark and GitHub-flavoured Markdown:
 * a renderer shows a dataset's names as written and makes no HTML element, link or
 * image of them; control characters are made visible (a line break as `\u000a`), so
 * none can split a line or a table row.
 *
 * @param report - what {@link buildReport} returns.
 * @returns the Markdown, ending with a newline.
 *
 * @throws {CoalitionError} `invalid_argument` when `report` is no report from `buildReport`.
 * @example
 * ```ts
 * import { buildReport, renderMarkdownReport } from "coalition/report";
 * import { seedDataset } from "coalition/fixtures";
 * renderMarkdownReport(buildReport(seedDataset())).split("\n")[0];
 * //=> "# The \"coalition of the willing\" for Ukraine, as reported on 2025-03-13"
 * ```
 *
 * @category Reports
 */
export function renderMarkdownReport(report: CoalitionReport): string {
  checkArguments({ report: [report, "report"] });
  const known = report.knownAsOf === null ? "" : `, as known on **${m(report.knownAsOf)}**`;
  const out: string[] = [`# ${m(report.dataset.title)}`, "", `As of **${m(report.asOf)}**${known}.`];
  if (report.assumptions.length > 0) {
    out.push("", "Assuming:", ...report.assumptions.map((fact) => `- ${markdownCode(fact.key)} = ${String(fact.value)}`));
  }
  for (const coalition of report.coalitions) {
    out.push("", `## ${m(coalition.name)}`, "");
    if (coalition.purpose !== null) out.push(`Purpose: ${m(coalition.purpose)}.`, "");
    out.push(`- Leads: ${coalition.leads.map((lead) => m(lead.name)).join(", ")}`);
    out.push(
      `- Participants named: ${coalition.participants.map((p) => `${m(p.name)}${p.blocs.length > 0 ? ` (${p.blocs.map(m).join(", ")})` : ""}`).join("; ")}`,
    );
    if (coalition.participantCount !== null) out.push(`- Participants in all: ${m(coalition.participantCount.words)}`);
    if (coalition.condition !== null) out.push(`- Every offer to it needs: ${m(coalition.condition)}`);
    out.push(...disputed(coalition.participantCount), ...structureLines(coalition));
  }
  out.push("", "## Contributions offered, by type");
  for (const group of report.contributions) {
    out.push("", `### ${m(group.label)}`, "", "| actor | contribution | stance | condition | verdict |", "| --- | --- | --- | --- | --- |");
    for (const offer of group.offers) out.push(offerRow(offer));
    if (group.totals.length > 0) out.push("", `Totals${report.currency === null ? "" : ` (money in ${m(report.currency)})`}: ${group.totals.map((total) => m(totalWords(total))).join("; ")}.`);
  }
  out.push("", "## Refusals and opposition", "");
  if (report.refusals.length === 0) out.push("None.");
  for (const refusal of report.refusals) {
    out.push(`- **${refusal.stance}**: ${m(refusal.actor.name)}${refusal.statedBy === null ? "" : ` (${m(refusal.statedBy)})`}, ${m(refusal.typeLabel)} ${m(refusal.location)}`);
  }
  out.push("", "## Contested", "");
  if (report.contested.length === 0) out.push("None.");
  for (const contested of report.contested) {
    const positions = contested.positions.map((position) => `${m(position.statedBy)}: ${position.stance}`).join("; ");
    out.push(`- ${m(contested.actor.name)}, ${m(contested.typeLabel)} ${m(contested.location)}: ${positions}`);
  }
  out.push("", "## Proposals");
  for (const proposal of report.proposals) {
    out.push("", `### ${m(proposal.title)}`, "", `Proposed by ${proposal.proposedBy.map((actor) => m(actor.name)).join(", ")}.`);
    if (proposal.asks.length > 0) out.push(`- Asks for: ${proposal.asks.map(m).join("; ")}`);
    if (proposal.leavesOut.length > 0) out.push(`- Leaves out: ${proposal.leavesOut.map(m).join("; ")}`);
    for (const position of proposal.positions) out.push(`- ${m(position.actor.name)}: ${position.stance}`);
  }
  out.push(...timeSections(report));
  const { active, inactive, undetermined } = report.verdicts;
  out.push("", `Offers under these assumptions: ${active} active, ${inactive} inactive, ${undetermined} undetermined.`, "");
  // No line ends in spaces: two would make a hard line break (a <br>) of a name's end.
  return out.map((line) => line.trimEnd()).join("\n");
}

/** What a coalition seeks, its groups and its bodies, as list items with their sources. */
function structureLines(coalition: ReportCoalition): string[] {
  return [
    ...coalition.sought.map((sought) => `- Seeks: ${m(soughtWords(sought))}${cited(sought.sources)}`),
    ...coalition.subgroups.map((subgroup) => `- Group: ${m(subgroupWords(subgroup))}${cited(subgroup.sources)}`),
    ...coalition.bodies.flatMap((body) => [
      `- Body: ${m(bodyWords(body))}${cited(body.sources)}`,
      ...body.sites.map((site) => `  - ${m(intervalWords("sits in", site))}${cited(site.sources)}`),
      ...body.leads.map((lead) => `  - ${m(intervalWords("led by", lead))}${cited(lead.sources)}`),
    ]),
  ];
}

/** The changes, events, pledge counts and timeline. */
function timeSections(report: CoalitionReport): string[] {
  const out: string[] = [];
  if (report.changes !== null) {
    out.push("", `## Changes from ${m(report.changes.since)} to ${m(report.changes.to)}`, "");
    if (report.changes.changes.length === 0) out.push("None.");
    for (const change of report.changes.changes) out.push(`- ${m(changeWords(change))}${cited(change.sources)}`);
  }
  out.push("", "## Events and meetings", "");
  if (report.events.length === 0) out.push("None.");
  for (const event of report.events) {
    const participants = eventParticipantWords(event);
    out.push(`- ${m(eventWords(event))}${cited(event.sources)}`, ...(participants === null ? [] : [`  - ${m(participants)}`]), ...disputed(event.participantCount).map((line) => `  ${line}`));
  }
  out.push("", "## Known only by number", "");
  if (report.pledgeCounts.length === 0) out.push("None.");
  for (const pledge of report.pledgeCounts) out.push(`- ${m(pledgeWords(pledge))}${cited(pledge.sources)}`, ...disputed(pledge.count).map((line) => `  ${line}`));
  if (report.timeline.length > 0) {
    out.push("", "## Timeline", "", "Statements in force at each month's end.", "", "| month | ready | open | refused or opposed |", "| --- | --- | --- | --- |");
    for (const month of report.timeline) out.push(`| ${m(month.month)} | ${month.ready} | ${month.open} | ${month.refused} |`);
  }
  return out;
}

/** Every claim of a disputed count as list items, each with its sources; nothing when the sources agree. */
function disputed(count: ReportCount | null): string[] {
  if (count === null || !count.disputed) return [];
  return count.claims.map((claim) => `- Claim: ${m(claim.words)}${claim.note === null ? "" : ` (${m(claim.note)})`}${cited(claim.sources)}`);
}

/** The ids of the sources cited, as code: " (sources: `a`, `b`)". */
function cited(ids: readonly string[]): string {
  return ids.length === 0 ? "" : ` (${ids.length === 1 ? "source" : "sources"}: ${ids.map(markdownCode).join(", ")})`;
}

function offerRow(offer: ReportOffer): string {
  const condition = [offer.condition, offer.coalition === null ? null : `condition of ${offer.coalition}`]
    .filter((part): part is string => part !== null)
    .join("; ");
  const quantity = offer.quantity.length === 0 ? "" : `: ${offer.quantity.map((claim) => claim.words).join(" or ")}`;
  return `| ${m(offer.actor.name)} | ${m(`${offer.typeLabel} ${offer.location}`.trim() + quantity)} | ${offer.stance} | ${m(condition || "none stated")} | ${offer.verdict} |`;
}
