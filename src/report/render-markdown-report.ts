import { markdownCode, markdownText as m } from "./internal/escape-markdown.js";
import type { CoalitionReport, ReportOffer } from "./types.js";

/**
 * A report as Markdown, with a table per contribution type, for READMEs, issues and
 * newsroom notes.
 *
 * Every text of the report is escaped for CommonMark and GitHub-flavoured Markdown:
 * a renderer shows a dataset's names as written and makes no HTML element, link or
 * image of them; control characters are made visible (a line break as `\u000a`), so
 * none can split a line or a table row.
 *
 * @param report - what {@link buildReport} returns.
 * @returns the Markdown, ending with a newline.
 *
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
  const out: string[] = [`# ${m(report.dataset.title)}`, "", `As of **${m(report.asOf)}**.`];
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
    if (coalition.participantCount !== null) out.push(`- Participants in all: ${m(coalition.participantCount)}`);
    if (coalition.condition !== null) out.push(`- Every offer to it needs: ${m(coalition.condition)}`);
  }
  out.push("", "## Contributions offered, by type");
  for (const group of report.contributions) {
    out.push("", `### ${m(group.label)}`, "", "| actor | contribution | stance | condition | verdict |", "| --- | --- | --- | --- | --- |");
    for (const offer of group.offers) out.push(offerRow(offer));
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
  const { active, inactive, undetermined } = report.verdicts;
  out.push("", `Offers under these assumptions: ${active} active, ${inactive} inactive, ${undetermined} undetermined.`, "");
  // No line ends in spaces: two would make a hard line break (a <br>) of a name's end.
  return out.map((line) => line.trimEnd()).join("\n");
}

function offerRow(offer: ReportOffer): string {
  const condition = [offer.condition, offer.coalition === null ? null : `condition of ${offer.coalition}`]
    .filter((part): part is string => part !== null)
    .join("; ");
  return `| ${m(offer.actor.name)} | ${m(`${offer.typeLabel} ${offer.location}`.trim())} | ${offer.stance} | ${m(condition || "none stated")} | ${offer.verdict} |`;
}
