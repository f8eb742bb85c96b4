import { sanitizeText as s } from "../internal/sanitize-text.js";
import type { Stance } from "../model/stance.js";
import type { Verdict } from "../scenario/types.js";
import type { CoalitionReport, ReportCoalition, ReportOffer, ReportProposal } from "./types.js";

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
 * Every text of the report is printed with its control characters made visible (ESC as
 * `\u001b`, a bidi override as `\u202e`): a dataset's names cannot retitle the terminal,
 * clear the screen, split a line or reverse the text around them.
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
  const paint = painter(options.color === true);
  const { heading, verdict } = paint;
  const { active, inactive, undetermined } = report.verdicts;
  const out: string[] = [
    heading(s(report.dataset.title)),
    `As of ${s(report.asOf)}. ${assumptionsLine(report)}`,
    "",
    ...report.coalitions.flatMap((coalition) => [...coalitionLines(coalition, paint), ""]),
    ...section(paint, "CONTRIBUTIONS OFFERED, BY TYPE", report.contributions, (group) => [
      `  ${s(group.label)}`,
      ...group.offers.flatMap((offer) => offerLines(offer, paint.stance, verdict)),
    ]),
    ...section(paint, "REFUSALS AND OPPOSITION", report.refusals, (refusal) => {
      const who = refusal.statedBy === null ? "" : ` (${s(refusal.statedBy)})`;
      return [`  ${paint.stance(refusal.stance)}${s(refusal.actor.name)}${who}: ${s(refusal.typeLabel)}${spaced(refusal.location)}`];
    }),
    ...section(paint, "CONTESTED: INSTITUTIONS OF ONE ACTOR DISAGREE", report.contested, (contested) => [
      `  ${s(contested.actor.name)}, ${s(contested.typeLabel)}${spaced(contested.location)}:`,
      ...contested.positions.map((position) => `    ${paint.stance(position.stance)}${s(position.statedBy)}`),
    ]),
    ...section(paint, "PROPOSALS", report.proposals, (proposal) => proposalLines(proposal, paint)),
    `${heading("OFFERS UNDER THESE ASSUMPTIONS:")} ${active} ${verdict("active")}, ${inactive} ${verdict("inactive")}, ${undetermined} ${verdict("undetermined")}`,
  ];
  return `${out.join("\n")}\n`;
}

/** How the text is coloured on a terminal: a heading in bold, stances and verdicts in their colours. */
interface Painter {
  heading(text: string): string;
  /** A stance, padded to the width of the stance column. */
  stance(value: Stance): string;
  verdict(value: Verdict): string;
}

function painter(color: boolean): Painter {
  return {
    heading: (text) => (color ? `\u001b[1m${text}\u001b[22m` : text),
    stance: (value) => {
      const padding = " ".repeat(STANCE_COLUMN - value.length);
      return `${color ? `\u001b[${STANCE_COLOR[value]}m${value}\u001b[39m` : value}${padding}`;
    },
    verdict: (value) => (color ? `\u001b[${VERDICT_COLOR[value]}m${value}\u001b[39m` : value),
  };
}

/** A section: its heading, the lines of each entry ("none" when it has none), and a blank line. */
function section<T>(paint: Painter, title: string, entries: readonly T[], lines: (entry: T) => string[]): string[] {
  return [paint.heading(title), ...(entries.length === 0 ? ["  none"] : entries.flatMap(lines)), ""];
}

function coalitionLines(coalition: ReportCoalition, paint: Painter): string[] {
  const count = coalition.participantCount === null ? "" : ` of ${s(coalition.participantCount)}`;
  return [
    paint.heading(`COALITION: ${s(coalition.name)}${coalition.purpose === null ? "" : `, ${s(coalition.purpose)}`}`),
    `  Leads: ${coalition.leads.map((lead) => s(lead.name)).join(", ")}`,
    `  Participants named (${coalition.participants.length}${count}):`,
    ...coalition.participants.map((participant) => {
      const blocs = participant.blocs.length === 0 ? "in none of the blocs on record" : participant.blocs.map(s).join(", ");
      return `    ${s(participant.name)} (${blocs})`;
    }),
    ...(coalition.condition === null ? [] : [`  Every offer to it needs: ${s(coalition.condition)}`]),
  ];
}

function proposalLines(proposal: ReportProposal, paint: Painter): string[] {
  const lines = [`  ${s(proposal.title)} (proposed by ${proposal.proposedBy.map((actor) => s(actor.name)).join(", ")})`];
  if (proposal.asks.length > 0) lines.push(`    asks for: ${proposal.asks.map(s).join("; ")}`);
  if (proposal.leavesOut.length > 0) lines.push(`    leaves out: ${proposal.leavesOut.map(s).join("; ")}`);
  return [...lines, ...positionLines(proposal.positions, paint.stance)];
}

function offerLines(offer: ReportOffer, stance: (value: Stance) => string, verdict: (value: Verdict) => string): string[] {
  const who = offer.statedBy === null ? "" : ` (${s(offer.statedBy)})`;
  const lines = [`    ${stance(offer.stance)}${s(offer.actor.name)}${who}: ${s(offer.typeLabel)}${spaced(offer.location)}`];
  const conditions = [offer.condition, offer.coalition === null ? null : `the condition of ${offer.coalition}`].filter(
    (part): part is string => part !== null,
  );
  lines.push(`${CONTINUATION}if: ${conditions.length === 0 ? "no condition stated" : s(conditions.join("; and "))}`);
  lines.push(`${CONTINUATION}${verdict(offer.verdict)}: ${s(offer.explanation)}`);
  return lines;
}

/** The positions on a proposal, one line per stance in the order they first appear. */
function positionLines(positions: ReportProposal["positions"], stance: (value: Stance) => string): string[] {
  const byStance = new Map<Stance, string[]>();
  for (const position of positions) {
    const actors = byStance.get(position.stance);
    if (actors === undefined) byStance.set(position.stance, [s(position.actor.name)]);
    else actors.push(s(position.actor.name));
  }
  return [...byStance].map(([value, actors]) => `    ${stance(value).trimEnd()}: ${actors.join(", ")}`);
}

function spaced(text: string): string {
  return text === "" ? "" : ` ${s(text)}`;
}

function assumptionsLine(report: CoalitionReport): string {
  if (report.assumptions.length === 0) return "No facts assumed: conditional offers are undetermined.";
  return `Assuming ${report.assumptions.map((fact) => `${s(fact.key)} = ${String(fact.value)}`).join(", ")}.`;
}
