import type { CoalitionReport } from "./types.js";

/**
 * A report as Markdown, with a table per contribution type, for READMEs, issues and
 * newsroom notes.
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
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const out: string[] = [`# ${report.dataset.title}`, "", `As of **${report.asOf}**.`];
  if (report.assumptions.length > 0) {
    out.push("", "Assuming:", ...report.assumptions.map((fact) => `- \`${fact.key}\` = ${String(fact.value)}`));
  }
  for (const coalition of report.coalitions) {
    out.push("", `## ${coalition.name}`, "");
    if (coalition.purpose !== null) out.push(`Purpose: ${coalition.purpose}.`, "");
    out.push(`- Leads: ${coalition.leads.map((lead) => lead.name).join(", ")}`);
    out.push(
      `- Participants named: ${coalition.participants.map((p) => `${p.name}${p.blocs.length > 0 ? ` (${p.blocs.join(", ")})` : ""}`).join("; ")}`,
    );
    if (coalition.participantCount !== null) out.push(`- Participants in all: ${coalition.participantCount}`);
    if (coalition.condition !== null) out.push(`- Every offer to it needs: ${coalition.condition}`);
  }
  out.push("", "## Contributions offered, by type");
  for (const group of report.contributions) {
    out.push("", `### ${group.label}`, "", "| actor | contribution | stance | condition | verdict |", "| --- | --- | --- | --- | --- |");
    for (const offer of group.offers) {
      const condition = [offer.condition, offer.coalition === null ? null : `condition of ${offer.coalition}`]
        .filter((part): part is string => part !== null)
        .join("; ");
      out.push(
        `| ${cell(offer.actor.name)} | ${cell(`${offer.typeLabel} ${offer.location}`.trim())} | ${offer.stance} | ${cell(condition || "none stated")} | ${offer.verdict} |`,
      );
    }
  }
  out.push("", "## Refusals and opposition", "");
  if (report.refusals.length === 0) out.push("None.");
  for (const refusal of report.refusals) {
    out.push(`- **${refusal.stance}**: ${refusal.actor.name}${refusal.statedBy === null ? "" : ` (${refusal.statedBy})`}, ${refusal.typeLabel} ${refusal.location}`.trimEnd());
  }
  out.push("", "## Contested", "");
  if (report.contested.length === 0) out.push("None.");
  for (const contested of report.contested) {
    const positions = contested.positions.map((position) => `${position.statedBy}: ${position.stance}`).join("; ");
    out.push(`- ${contested.actor.name}, ${contested.typeLabel} ${contested.location}: ${positions}`);
  }
  out.push("", "## Proposals");
  for (const proposal of report.proposals) {
    out.push("", `### ${proposal.title}`, "", `Proposed by ${proposal.proposedBy.map((actor) => actor.name).join(", ")}.`);
    if (proposal.asks.length > 0) out.push(`- Asks for: ${proposal.asks.join("; ")}`);
    if (proposal.leavesOut.length > 0) out.push(`- Leaves out: ${proposal.leavesOut.join("; ")}`);
    for (const position of proposal.positions) out.push(`- ${position.actor.name}: ${position.stance}`);
  }
  const { active, inactive, undetermined } = report.verdicts;
  out.push("", `Offers under these assumptions: ${active} active, ${inactive} inactive, ${undetermined} undetermined.`, "");
  return out.join("\n");
}
