import type { Stance } from "../model/stance.js";
import type { Verdict } from "../scenario/types.js";
import type { CoalitionReport, ReportOffer } from "./types.js";

/**
 * Options of {@link renderTextReport}.
 *
 * @category Reports
 */
export interface RenderTextReportOptions {
  /**
   * Colour the headings, stances and verdicts with ANSI escape codes, for a terminal.
   * Default: false. The `coalition` command turns it on only when its output is a
   * terminal and `NO_COLOR` is unset (or when `FORCE_COLOR` asks for it).
   */
  readonly color?: boolean;
}

// SGR codes: each colour is closed by its own reset so the rest of the line is untouched.
const STANCE_COLOR: Readonly<Record<Stance, string>> = {
  committed: "32",
  ready: "32",
  open: "36",
  undecided: "90",
  opposed: "33",
  refused: "31",
};
const VERDICT_COLOR: Readonly<Record<Verdict, string>> = { active: "32", inactive: "31", undetermined: "33" };
// The longest stance ("committed", "undecided") and a space: the column the actor starts in.
const STANCE_COLUMN = 10;
const CONTINUATION = " ".repeat(4 + STANCE_COLUMN);

/**
 * A report as plain text for a terminal: coalitions, contributions by type with stances
 * and conditions, refusals, contested actors, and positions on proposals.
 *
 * @param report - what {@link buildReport} returns.
 * @param options - `color: true` for ANSI colours on a terminal (default: none).
 * @returns the text, ending with a newline.
 *
 * @example
 * ```ts
 * import { buildReport, renderTextReport } from "coalition/report";
 * import { seedDataset } from "coalition/fixtures";
 * const text = renderTextReport(buildReport(seedDataset()));
 * text.includes("opposed: Germany, Italy, Spain, Poland");
 * //=> true
 * text.includes("\u001b[");
 * //=> false
 * renderTextReport(buildReport(seedDataset()), { color: true }).includes("\u001b[31mrefused\u001b[39m");
 * //=> true
 * ```
 *
 * @category Reports
 */
export function renderTextReport(report: CoalitionReport, options: RenderTextReportOptions = {}): string {
  const color = options.color === true;
  const heading = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  const stance = (value: Stance) => {
    const padding = " ".repeat(STANCE_COLUMN - value.length);
    return `${color ? `\u001b[${STANCE_COLOR[value]}m${value}\u001b[39m` : value}${padding}`;
  };
  const verdict = (value: Verdict) => (color ? `\u001b[${VERDICT_COLOR[value]}m${value}\u001b[39m` : value);

  const out: string[] = [heading(report.dataset.title), `As of ${report.asOf}. ${assumptionsLine(report)}`, ""];

  for (const coalition of report.coalitions) {
    out.push(heading(`COALITION: ${coalition.name}${coalition.purpose === null ? "" : `, ${coalition.purpose}`}`));
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

  out.push(heading("CONTRIBUTIONS OFFERED, BY TYPE"));
  if (report.contributions.length === 0) out.push("  none");
  for (const group of report.contributions) {
    out.push(`  ${group.label}`);
    for (const offer of group.offers) out.push(...offerLines(offer, stance, verdict));
  }
  out.push("");

  out.push(heading("REFUSALS AND OPPOSITION"));
  if (report.refusals.length === 0) out.push("  none");
  for (const refusal of report.refusals) {
    const who = refusal.statedBy === null ? "" : ` (${refusal.statedBy})`;
    out.push(`  ${stance(refusal.stance)}${refusal.actor.name}${who}: ${refusal.typeLabel}${spaced(refusal.location)}`);
  }
  out.push("");

  out.push(heading("CONTESTED: INSTITUTIONS OF ONE ACTOR DISAGREE"));
  if (report.contested.length === 0) out.push("  none");
  for (const contested of report.contested) {
    out.push(`  ${contested.actor.name}, ${contested.typeLabel}${spaced(contested.location)}:`);
    for (const position of contested.positions) out.push(`    ${stance(position.stance)}${position.statedBy}`);
  }
  out.push("");

  out.push(heading("PROPOSALS"));
  if (report.proposals.length === 0) out.push("  none");
  for (const proposal of report.proposals) {
    out.push(`  ${proposal.title} (proposed by ${proposal.proposedBy.map((actor) => actor.name).join(", ")})`);
    if (proposal.asks.length > 0) out.push(`    asks for: ${proposal.asks.join("; ")}`);
    if (proposal.leavesOut.length > 0) out.push(`    leaves out: ${proposal.leavesOut.join("; ")}`);
    const byStance = new Map<Stance, string[]>();
    for (const position of proposal.positions) {
      byStance.set(position.stance, [...(byStance.get(position.stance) ?? []), position.actor.name]);
    }
    for (const [value, actors] of byStance) out.push(`    ${stance(value).trimEnd()}: ${actors.join(", ")}`);
  }
  out.push("");
  const { active, inactive, undetermined } = report.verdicts;
  out.push(
    `${heading("OFFERS UNDER THESE ASSUMPTIONS:")} ${active} ${verdict("active")}, ${inactive} ${verdict("inactive")}, ${undetermined} ${verdict("undetermined")}`,
  );
  return `${out.join("\n")}\n`;
}

function offerLines(offer: ReportOffer, stance: (value: Stance) => string, verdict: (value: Verdict) => string): string[] {
  const who = offer.statedBy === null ? "" : ` (${offer.statedBy})`;
  const lines = [`    ${stance(offer.stance)}${offer.actor.name}${who}: ${offer.typeLabel}${spaced(offer.location)}`];
  const conditions = [offer.condition, offer.coalition === null ? null : `the condition of ${offer.coalition}`].filter(
    (part): part is string => part !== null,
  );
  lines.push(`${CONTINUATION}if: ${conditions.length === 0 ? "no condition stated" : conditions.join("; and ")}`);
  lines.push(`${CONTINUATION}${verdict(offer.verdict)}: ${offer.explanation}`);
  return lines;
}

function spaced(text: string): string {
  return text === "" ? "" : ` ${text}`;
}

function assumptionsLine(report: CoalitionReport): string {
  if (report.assumptions.length === 0) return "No facts assumed: conditional offers are undetermined.";
  return `Assuming ${report.assumptions.map((fact) => `${fact.key} = ${String(fact.value)}`).join(", ")}.`;
}
