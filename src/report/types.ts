import type { SourceKind } from "../model/source-kinds.js";
import type { Stance } from "../model/stance.js";
import type { Verdict } from "../scenario/types.js";

/**
 * An id with the name people read.
 *
 * @category Reports
 */
export interface NamedActor {
  readonly id: string;
  readonly name: string;
}

/**
 * A coalition in a report: its leads, its participants as of the report's date, and its condition.
 *
 * @category Reports
 */
export interface ReportCoalition {
  readonly id: string;
  readonly name: string;
  readonly purpose: string | null;
  readonly leads: readonly NamedActor[];
  /** Participants as of the report's date, each with the blocs it belongs to then. */
  readonly participants: readonly (NamedActor & { readonly blocs: readonly string[] })[];
  /** The participant count as the sources give it: one figure, or the disputed figures. */
  readonly participantCount: string | null;
  /** The coalition-wide condition in words, or null when it has none. */
  readonly condition: string | null;
}

/**
 * One commitment in force, as a line of a report.
 *
 * @category Reports
 */
export interface ReportOffer {
  readonly commitment: string;
  readonly actor: NamedActor;
  readonly type: string;
  readonly typeLabel: string;
  readonly stance: Stance;
  /** Where, in words ("in Ukraine"), or "" where the source names no place. */
  readonly location: string;
  /** Who said so: "Thomas Süssli, Commander-in-Chief of the Swiss Armed Forces", or null. */
  readonly statedBy: string | null;
  /** Its own condition in words, or null when it states none. */
  readonly condition: string | null;
  /** The coalition it is offered to, whose condition applies too, or null. */
  readonly coalition: string | null;
  /** Under the report's scenario (no facts: every conditional offer is undetermined). */
  readonly verdict: Verdict;
  readonly explanation: string;
  readonly quote: string | null;
  /** The ids of the sources it cites; each is in {@link CoalitionReport.sources}. */
  readonly sources: readonly string[];
}

/**
 * Offers of one top-level contribution type (its subtypes included).
 *
 * @category Reports
 */
export interface ReportContributionGroup {
  readonly type: string;
  readonly label: string;
  readonly offers: readonly ReportOffer[];
}

/**
 * A statement against: an opposed or refused commitment.
 *
 * @category Reports
 */
export interface ReportRefusal {
  readonly commitment: string;
  readonly actor: NamedActor;
  readonly stance: Stance;
  readonly type: string;
  readonly typeLabel: string;
  readonly location: string;
  readonly statedBy: string | null;
  readonly quote: string | null;
  /** The ids of the sources it cites; each is in {@link CoalitionReport.sources}. */
  readonly sources: readonly string[];
}

/**
 * An actor whose institutions take different stances on one contribution.
 *
 * @category Reports
 */
export interface ReportContested {
  readonly actor: NamedActor;
  readonly typeLabel: string;
  readonly location: string;
  readonly positions: readonly { readonly statedBy: string; readonly stance: Stance; readonly commitment: string }[];
}

/**
 * A proposal with the positions actors took on it.
 *
 * @category Reports
 */
export interface ReportProposal {
  readonly id: string;
  readonly title: string;
  readonly proposedBy: readonly NamedActor[];
  readonly asks: readonly string[];
  readonly leavesOut: readonly string[];
  /** Each actor's latest position as of the report's date, with the ids of the sources it cites. */
  readonly positions: readonly { readonly actor: NamedActor; readonly stance: Stance; readonly sources: readonly string[] }[];
}

/**
 * A source cited by the statements of a report.
 *
 * @category Reports
 */
export interface ReportSource {
  readonly id: string;
  readonly kind: SourceKind;
  readonly publisher: string;
  readonly title: string | null;
  readonly date: string;
  /** Its address as the dataset gives it; renderers link only `http:` and `https:` addresses. */
  readonly url: string | null;
  readonly note: string | null;
}

/**
 * A readable summary of a dataset as of a date, under a scenario; plain JSON-serialisable data.
 *
 * @category Reports
 */
export interface CoalitionReport {
  readonly dataset: { readonly id: string; readonly title: string };
  /** The day the report is taken as of (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The facts assumed, in words. */
  readonly assumptions: readonly { readonly key: string; readonly value: boolean }[];
  readonly coalitions: readonly ReportCoalition[];
  readonly contributions: readonly ReportContributionGroup[];
  readonly refusals: readonly ReportRefusal[];
  readonly contested: readonly ReportContested[];
  readonly proposals: readonly ReportProposal[];
  /** How many offers are active, inactive and undetermined under the scenario. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The sources cited by its offers, refusals and positions, in the dataset's order. */
  readonly sources: readonly ReportSource[];
}
