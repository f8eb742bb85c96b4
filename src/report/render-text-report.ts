import type { CoalitionReport, ReportOffer } from "./types.js";

/**
 * A report as plain text for a terminal: coalitions, contributions by type with stances
 * and conditions, refusals, contested actors, and positions on proposals.
 *
 * @example
 * ```ts
 * import { buildReport, renderTextReport } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const text = renderTextReport(buildReport(seedDataset()));
 * text.includes("opposed: Germany, Italy, Spain, Poland");
 * //=> true
 * ```
 */
export function renderTextReport(report: CoalitionReport): string {
  const out: string[] = [report.dataset.title, `As of ${report.asOf}. ${assumptionsLine(report)}`, ""];

  for (const coalition of report.coalitions) {
    out.push(`COALITION: ${coalition.name}${coalition.purpose === null ? "" : `, ${coalition.purpose}`}`);
    out.push(`  Leads: ${coalition.leads.map((lead) => lead.name).join(", ")}`);
    const count = coalition.participantCount === null ? "" : ` of ${coalition.participantCount}`;
    out.push(`  Participants named (${coalition.participants.length}${count}):`);
    for (const participant of coalition.participants) {
      const blocs = participant.blocs.length === 0 ? "in none of the blocs on record" : participant.blocs.join(", ");
      out.push(`    ${participant.name} (${blocs})`);
    }
    if (coalition.condition !== null) out.push(`  Every offer to it needs: ${coalition.condition}`);
    out.push("");
  }

  out.push("CONTRIBUTIONS OFFERED, BY TYPE");
  if (report.contributions.length === 0) out.push("  none");
  for (const group of report.contributions) {
    out.push(`  ${group.label}`);
    for (const offer of group.offers) out.push(...offerLines(offer));
  }
  out.push("");

  out.push("REFUSALS AND OPPOSITION");
  if (report.refusals.length === 0) out.push("  none");
  for (const refusal of report.refusals) {
    const who = refusal.statedBy === null ? "" : ` (${refusal.statedBy})`;
    out.push(`  ${refusal.stance.padEnd(9)}${refusal.actor.name}${who}: ${refusal.typeLabel}${spaced(refusal.location)}`);
  }
  out.push("");

  out.push("CONTESTED: INSTITUTIONS OF ONE ACTOR DISAGREE");
  if (report.contested.length === 0) out.push("  none");
  for (const contested of report.contested) {
    out.push(`  ${contested.actor.name}, ${contested.typeLabel}${spaced(contested.location)}:`);
    for (const position of contested.positions) out.push(`    ${position.stance.padEnd(9)}${position.statedBy}`);
  }
  out.push("");

  out.push("PROPOSALS");
  if (report.proposals.length === 0) out.push("  none");
  for (const proposal of report.proposals) {
    out.push(`  ${proposal.title} (proposed by ${proposal.proposedBy.map((actor) => actor.name).join(", ")})`);
    if (proposal.asks.length > 0) out.push(`    asks for: ${proposal.asks.join("; ")}`);
    if (proposal.leavesOut.length > 0) out.push(`    leaves out: ${proposal.leavesOut.join("; ")}`);
    const byStance = new Map<string, string[]>();
    for (const position of proposal.positions) {
      byStance.set(position.stance, [...(byStance.get(position.stance) ?? []), position.actor.name]);
    }
    for (const [stance, actors] of byStance) out.push(`    ${stance}: ${actors.join(", ")}`);
  }
  out.push("");
  const { active, inactive, undetermined } = report.verdicts;
  out.push(`OFFERS UNDER THESE ASSUMPTIONS: ${active} active, ${inactive} inactive, ${undetermined} undetermined`);
  return `${out.join("\n")}\n`;
}

function offerLines(offer: ReportOffer): string[] {
  const who = offer.statedBy === null ? "" : ` (${offer.statedBy})`;
  const lines = [`    ${offer.stance.padEnd(9)}${offer.actor.name}${who}: ${offer.typeLabel}${spaced(offer.location)}`];
  const conditions = [offer.condition, offer.coalition === null ? null : `the condition of ${offer.coalition}`].filter(
    (part): part is string => part !== null,
  );
  lines.push(`             if: ${conditions.length === 0 ? "no condition stated" : conditions.join("; and ")}`);
  lines.push(`             ${offer.verdict}: ${offer.explanation}`);
  return lines;
}

function spaced(text: string): string {
  return text === "" ? "" : ` ${text}`;
}

function assumptionsLine(report: CoalitionReport): string {
  if (report.assumptions.length === 0) return "No facts assumed: conditional offers are undetermined.";
  return `Assuming ${report.assumptions.map((fact) => `${fact.key} = ${String(fact.value)}`).join(", ")}.`;
}
