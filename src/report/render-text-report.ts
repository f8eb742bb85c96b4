import { sanitizeText as s } from "../internal/sanitize-text.js";
import type { Stance } from "../model/stance.js";
import type { Verdict } from "../scenario/types.js";
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
import type { CoalitionReport, ReportCoalition, ReportCount, ReportOffer, ReportProposal } from "./types.js";
import { checkArguments } from "../internal/guards.js";

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
 * A report as plain text for a terminal: coalitions (with what they seek, their groups
 * and bodies), contributions by type with stances, conditions, quantities and totals,
 * refusals, contested actors, positions on proposals, the changes since a day, events
 * with their counts (every claim where sources disagree), actors known only by their
 * number, and the month-by-month timeline; sources cited by id.
 *
 * Every text of the report is printed with its control characters made visible (ESC as
 * `\u001b`, a bidi override as `\u202e`): a dataset's names cannot retitle the terminal,
 * clear the screen, split a line or reverse the text around them.
 *
 * @param report - what {@link buildReport} returns.
 * @param options - `color: true` for ANSI colours on a terminal (default: none).
 * @returns the text, ending with a newline.
 *
 * @throws {CoalitionError} `invalid_argument` when `report` is no report from `buildReport`, or `color` is not true or false.
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
  checkArguments({ report: [report, "report"], options: [options, { fields: { color: "boolean" } }] });
  const paint = painter(options.color === true);
  const { heading, verdict } = paint;
  const { active, inactive, undetermined } = report.verdicts;
  const out: string[] = [
    heading(s(report.dataset.title)),
    `As of ${s(report.asOf)}${report.knownAsOf === null ? "" : `, as known on ${s(report.knownAsOf)}`}. ${assumptionsLine(report)}`,
    "",
    ...report.coalitions.flatMap((coalition) => [...coalitionLines(coalition, paint), ""]),
    ...section(paint, "CONTRIBUTIONS OFFERED, BY TYPE", report.contributions, (group) => [
      `  ${s(group.label)}`,
      ...group.offers.flatMap((offer) => offerLines(offer, paint.stance, verdict)),
      ...(group.totals.length === 0 ? [] : [`    totals${report.currency === null ? "" : ` (money in ${s(report.currency)})`}: ${group.totals.map((total) => s(totalWords(total))).join("; ")}`]),
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
    ...(report.changes === null
      ? []
      : section(paint, `CHANGES FROM ${s(report.changes.since)} TO ${s(report.changes.to)}`, report.changes.changes, (change) => [
          `  ${s(changeWords(change))}${cited(change.sources)}`,
        ])),
    ...section(paint, "EVENTS AND MEETINGS", report.events, (event) => [
      `  ${s(eventWords(event))}${cited(event.sources)}`,
      ...[eventParticipantWords(event)].flatMap((words) => (words === null ? [] : [`    ${s(words)}`])),
      ...disputedLines(event.participantCount),
    ]),
    ...section(paint, "KNOWN ONLY BY NUMBER", report.pledgeCounts, (pledge) => [
      `  ${s(pledgeWords(pledge))}${cited(pledge.sources)}`,
      ...disputedLines(pledge.count),
    ]),
    ...section(paint, "TIMELINE: STATEMENTS READY, OPEN AND REFUSED AT EACH MONTH'S END", report.timeline, (month) => [
      `  ${s(month.month)}  ready ${month.ready}, open ${month.open}, refused or opposed ${month.refused}`,
    ]),
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
  const count = coalition.participantCount === null ? "" : ` of ${s(coalition.participantCount.words)}`;
  return [
    paint.heading(`COALITION: ${s(coalition.name)}${coalition.purpose === null ? "" : `, ${s(coalition.purpose)}`}`),
    `  Leads: ${coalition.leads.map((lead) => s(lead.name)).join(", ")}`,
    `  Participants named (${coalition.participants.length}${count}):`,
    ...coalition.participants.map((participant) => {
      const blocs = participant.blocs.length === 0 ? "in none of the blocs on record" : participant.blocs.map(s).join(", ");
      return `    ${s(participant.name)} (${blocs})`;
    }),
    ...(coalition.condition === null ? [] : [`  Every offer to it needs: ${s(coalition.condition)}`]),
    ...disputedLines(coalition.participantCount).map((line) => `  ${line}`),
    ...listed("Seeks", coalition.sought, (sought) => `${s(soughtWords(sought))}${cited(sought.sources)}`),
    ...listed("Groups", coalition.subgroups, (subgroup) => `${s(subgroupWords(subgroup))}${cited(subgroup.sources)}`),
    ...listed("Bodies", coalition.bodies, (body) =>
      [
        `${s(bodyWords(body))}${cited(body.sources)}`,
        ...body.sites.map((site) => `      ${s(intervalWords("sits in", site))}${cited(site.sources)}`),
        ...body.leads.map((lead) => `      ${s(intervalWords("led by", lead))}${cited(lead.sources)}`),
      ].join("\n"),
    ),
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
  if (offer.quantity.length > 0) {
    lines.push(`${CONTINUATION}how much: ${offer.quantity.map((claim) => `${s(claim.words)}${cited(claim.sources)}`).join(" or ")}`);
  }
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

/** A coalition's list under a label, one entry a line; nothing when empty. */
function listed<T>(label: string, entries: readonly T[], line: (entry: T) => string): string[] {
  return entries.length === 0 ? [] : [`  ${label}:`, ...entries.map((entry) => `    ${line(entry)}`)];
}

/** Every claim of a disputed count, each with its sources; nothing when the sources agree. */
function disputedLines(count: ReportCount | null): string[] {
  if (count === null || !count.disputed) return [];
  return count.claims.map((claim) => `    claim: ${s(claim.words)}${claim.note === null ? "" : ` (${s(claim.note)})`}${cited(claim.sources)}`);
}

/** The ids of the sources cited: " [sources: a, b]". */
function cited(ids: readonly string[]): string {
  return ids.length === 0 ? "" : ` [${ids.length === 1 ? "source" : "sources"}: ${ids.map(s).join(", ")}]`;
}

function spaced(text: string): string {
  return text === "" ? "" : ` ${s(text)}`;
}

function assumptionsLine(report: CoalitionReport): string {
  if (report.assumptions.length === 0) return "No facts assumed: conditional offers are undetermined.";
  return `Assuming ${report.assumptions.map((fact) => `${s(fact.key)} = ${String(fact.value)}`).join(", ")}.`;
}
