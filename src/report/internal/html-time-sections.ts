// The HTML report's sections over time (changes, events, pledge counts, the timeline) and
// the new parts of its other sections (quantities, totals, what a coalition seeks, its
// groups and bodies), kept apart from the page's layout. Every text from the dataset is
// escaped and isolated as the rest of the page's is.
import { capitalise } from "../../internal/names.js";
import type { CoalitionReport, ReportCoalition, ReportContributionGroup, ReportCount, ReportOffer } from "../types.js";
import { isolatedHtml as t } from "./escape-html.js";
import { STANCE_COLORS } from "../../internal/palette.js";
import { svgTimelineChart } from "./svg-timeline-chart.js";
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
} from "./time-words.js";

/** Links to the sources cited, as the page numbers them. @internal */
export type Cite = (ids: readonly string[]) => string;

function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}

function none(html: string): string {
  return `<p class="none">${html}</p>`;
}

/** Every claim of a disputed count, each with its sources; nothing when the sources agree. */
function claimsHtml(count: ReportCount | null, cite: Cite): string {
  if (count === null || !count.disputed) return "";
  return list(count.claims.map((claim) => `Claim: ${t(claim.words)}${claim.note === null ? "" : ` (${t(claim.note)})`} ${cite(claim.sources)}`));
}

/** An offer's quantity as written, each source's version with its citation, or "". @internal */
export function quantityHtml(offer: ReportOffer, cite: Cite): string {
  if (offer.quantity.length === 0) return "";
  return `<br><span class="quantity">How much: ${offer.quantity.map((claim) => `${t(claim.words)} ${cite(claim.sources)}`).join(" or ")}</span>`;
}

/** A type's totals per unit, as a paragraph, or "". @internal */
export function totalsHtml(report: CoalitionReport, group: ReportContributionGroup): string {
  if (group.totals.length === 0) return "";
  const currency = report.currency === null ? "" : ` (money in ${t(report.currency)})`;
  return `<p class="totals">Totals of ${t(group.label.toLowerCase())}, low to high${currency}: ${group.totals.map((total) => t(totalWords(total))).join("; ")}.</p>`;
}

/** What a coalition seeks, its disputed count's claims, its groups and its bodies. @internal */
export function coalitionStructureHtml(coalition: ReportCoalition, cite: Cite): string {
  const out = [claimsHtml(coalition.participantCount, cite)];
  if (coalition.sought.length > 0) {
    out.push("<p>It seeks:</p>", list(coalition.sought.map((sought) => `${t(capitalise(soughtWords(sought)))} ${cite(sought.sources)}`)));
  }
  if (coalition.subgroups.length > 0) {
    out.push("<p>Its groups:</p>", list(coalition.subgroups.map((subgroup) => `${t(subgroupWords(subgroup))} ${cite(subgroup.sources)}`)));
  }
  for (const body of coalition.bodies) {
    out.push(
      `<p>${t(bodyWords(body))} ${cite(body.sources)}</p>`,
      list([
        ...body.sites.map((site) => `${t(intervalWords("sits in", site))} ${cite(site.sources)}`),
        ...body.leads.map((lead) => `${t(intervalWords("led by", lead))} ${cite(lead.sources)}`),
      ]),
    );
  }
  return out.filter((part) => part !== "").join("\n");
}

/** What changed since the `since` day, each change with its sources. @internal */
export function changesHtml(report: CoalitionReport, cite: Cite): string {
  if (report.changes === null) return none("No day to compare with was given (<code>since</code>).");
  const { since, to, changes } = report.changes;
  const heading = `<p>From ${t(since)} to ${t(to)}.</p>`;
  if (changes.length === 0) return `${heading}\n${none("Nothing changed.")}`;
  return `${heading}\n${list(changes.map((change) => `${t(changeWords(change))} ${cite(change.sources)}`))}`;
}

/** The events known by the report's day, with their counts and every claim of a disputed one. @internal */
export function eventsHtml(report: CoalitionReport, cite: Cite): string {
  if (report.events.length === 0) return none("No event on record.");
  return list(
    report.events.map((event) => {
      const participants = eventParticipantWords(event);
      return [`${t(eventWords(event))} ${cite(event.sources)}`, participants === null ? "" : `<br>${t(capitalise(participants))}`, claimsHtml(event.participantCount, cite)].join("");
    }),
  );
}

/** The actors known only by their number, beside the named ones. @internal */
export function pledgeCountsHtml(report: CoalitionReport, cite: Cite): string {
  if (report.pledgeCounts.length === 0) return none("No actor known only by number.");
  return list(report.pledgeCounts.map((pledge) => `${t(capitalise(pledgeWords(pledge)))} ${cite(pledge.sources)}${claimsHtml(pledge.count, cite)}`));
}

/** The timeline chart, with a table of the same numbers as its text alternative. @internal */
export function timelineHtml(report: CoalitionReport): string {
  if (report.timeline.length === 0) return none(`No dated statement on record by ${t(report.asOf)}.`);
  const caption = `Statements in force at the end of each month from ${report.timeline[0]!.month} to ${report.asOf} (the last month as of that day): ready or committed, open, refused or opposed.`;
  const colors = { ready: STANCE_COLORS.ready, open: STANCE_COLORS.open, refused: STANCE_COLORS.refused };
  const rows = report.timeline.map((month) => `<tr><th scope="row">${t(month.month)}</th><td>${month.ready}</td><td>${month.open}</td><td>${month.refused}</td></tr>`);
  return [
    // Like the bar chart, it may scroll sideways in its figure, which then takes the keyboard's focus.
    '<figure tabindex="0">',
    svgTimelineChart(report.timeline, caption, colors),
    `<figcaption>${t(caption)}</figcaption>`,
    "</figure>",
    "<table>",
    "<caption>The timeline's numbers: statements at each month's end</caption>",
    '<thead><tr><th scope="col">Month</th><th scope="col">Ready or committed</th><th scope="col">Open</th><th scope="col">Refused or opposed</th></tr></thead>',
    `<tbody>${rows.join("")}</tbody>`,
    "</table>",
  ].join("\n");
}
