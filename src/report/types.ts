import type { UnitTotal } from "../aggregate/types.js";
import type { ChangeKind } from "../query/changes-between.js";
import type { SourceKind } from "../model/source-kinds.js";
import type { Stance } from "../model/stance.js";
import type { BodyKind, Count, EventKind, Quantity, SubgroupKind } from "../model/types.js";
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
  /** How many take part, as each source counts them (every claim where they disagree), or null. */
  readonly participantCount: ReportCount | null;
  /** The coalition-wide condition in words, or null when it has none. */
  readonly condition: string | null;
  /** What it seeks, and from whom. */
  readonly sought: readonly ReportSought[];
  /** Its groups (planning groups for land, sea, air), as known on the report's day. */
  readonly subgroups: readonly ReportSubgroup[];
  /** Its bodies (a headquarters), with their dated sites and leads. */
  readonly bodies: readonly ReportBody[];
}

/**
 * One source's version of a count: the count as written, in words, with its sources.
 *
 * @category Reports
 */
export interface ReportCountClaim {
  /** The count as the dataset writes it: `{ kind, value | low | high, of, phrase? }`. */
  readonly value: Count;
  /** In words: "37", "over 30 countries", "about six leaders". */
  readonly words: string;
  readonly sources: readonly string[];
  readonly note: string | null;
}

/**
 * A count as the sources give it: one claim, or every claim where they disagree.
 *
 * @category Reports
 */
export interface ReportCount {
  readonly claims: readonly ReportCountClaim[];
  /** Whether the claims give different counts. */
  readonly disputed: boolean;
  /** In words: "37", or "disputed: 26 or 30 countries". */
  readonly words: string;
}

/**
 * One source's version of an offer's quantity, as written.
 *
 * @category Reports
 */
export interface ReportQuantity {
  /** The quantity as the dataset writes it: exact, a range, or approximate with the source's word. */
  readonly value: Quantity;
  /** In words: "4 aircraft", "100 to 200 people", "about 200 people", "EUR 3,000,000". */
  readonly words: string;
  readonly sources: readonly string[];
  readonly note: string | null;
}

/**
 * What a coalition seeks: a contribution, where, and from whom.
 *
 * @category Reports
 */
export interface ReportSought {
  readonly type: string;
  readonly typeLabel: string;
  /** Where, in words, or "". */
  readonly location: string;
  /** Whom it was asked of, as the source puts it, or null. */
  readonly askedOf: string | null;
  readonly quote: string | null;
  readonly sources: readonly string[];
}

/**
 * A group within a coalition, with its participants and leads on the report's day.
 *
 * @category Reports
 */
export interface ReportSubgroup {
  readonly id: string;
  readonly name: string;
  readonly kind: SubgroupKind | null;
  readonly purpose: string | null;
  readonly leads: readonly NamedActor[];
  readonly participants: readonly NamedActor[];
  readonly sources: readonly string[];
}

/**
 * A dated interval of a body: where it sits, or who leads it.
 *
 * @category Reports
 */
export interface ReportBodyInterval {
  /** The place ("Paris, France") or the leading actors' names ("the United Kingdom, France"). */
  readonly what: string;
  /** The leading actors, for a lead; empty for a site. */
  readonly actors: readonly NamedActor[];
  readonly from: string;
  readonly to: string | null;
  /** Announced for the interval, not (yet) in effect. */
  readonly planned: boolean;
  /** Whether it holds on the report's day. */
  readonly current: boolean;
  readonly sources: readonly string[];
}

/**
 * A body of a coalition (a headquarters), with its dated sites and leads.
 *
 * @category Reports
 */
export interface ReportBody {
  readonly id: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly sites: readonly ReportBodyInterval[];
  readonly leads: readonly ReportBodyInterval[];
  readonly sources: readonly string[];
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
  /** How much is offered, one entry per source's version (empty where no quantity is given). */
  readonly quantity: readonly ReportQuantity[];
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
  /**
   * The low and high totals per unit of its offers (open or stronger), as the
   * aggregation counts them: money in one currency when exchange rates are given.
   */
  readonly totals: readonly UnitTotal[];
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
 * How something changed since the report's `since` day: a stance (new, strengthened,
 * weakened, withdrawn) or a participation (joined, left).
 *
 * @category Reports
 */
export type ReportChangeKind = ChangeKind | "joined" | "left";

/**
 * One change since the report's `since` day, with the sources of what it changed to (or from).
 *
 * @category Reports
 */
export interface ReportChange {
  readonly kind: ReportChangeKind;
  readonly actor: NamedActor;
  /** What changed, in words: "ground troops in Ukraine", "the proposal Behind-the-line force", "the coalition X". */
  readonly subject: string;
  /** The speaking institution in words, or null. */
  readonly statedBy: string | null;
  /** The stance before, or null (new, joined, left). */
  readonly before: Stance | null;
  /** The stance after, or null (withdrawn, joined, left). */
  readonly after: Stance | null;
  /** The day the change is dated, where known. */
  readonly date: string | null;
  readonly sources: readonly string[];
}

/**
 * What changed between two days.
 *
 * @category Reports
 */
export interface ReportChanges {
  readonly since: string;
  readonly to: string;
  readonly changes: readonly ReportChange[];
}

/**
 * A meeting or call, with its count of participants.
 *
 * @category Reports
 */
export interface ReportEvent {
  readonly id: string;
  readonly title: string;
  readonly kind: EventKind;
  readonly status: "held" | "planned";
  readonly from: string;
  readonly to: string | null;
  /** The country it takes place in, named, or null. */
  readonly place: string | null;
  readonly hosts: readonly NamedActor[];
  readonly participants: readonly NamedActor[];
  /** How many took part, as each source counts them, or null. */
  readonly participantCount: ReportCount | null;
  /** Its numbered series: "the 3rd meeting of leaders-meetings". */
  readonly series: { readonly id: string; readonly number: number | null } | null;
  readonly sources: readonly string[];
}

/**
 * Actors known only by their number ("26 countries formally committed, names not given"),
 * beside the named ones known to be among them, or not.
 *
 * @category Reports
 */
export interface ReportPledgeCount {
  readonly id: string;
  readonly coalition: string | null;
  readonly type: string;
  readonly typeLabel: string;
  readonly location: string;
  readonly stance: Stance;
  readonly count: ReportCount;
  readonly members: readonly NamedActor[];
  readonly notAmong: readonly NamedActor[];
  readonly statedBy: string | null;
  readonly date: string;
  readonly quote: string | null;
  readonly sources: readonly string[];
}

/**
 * One month of the timeline: statements in force at its end (or on the report's day, for its last month).
 *
 * @category Reports
 */
export interface ReportTimelineMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The day counted as of. */
  readonly asOf: string;
  /** Statements at ready or committed. */
  readonly ready: number;
  /** Statements at open. */
  readonly open: number;
  /** Statements at opposed or refused. */
  readonly refused: number;
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
  /** Only what was published by this day counts (`YYYY-MM-DD`), or null: everything on record. */
  readonly knownAsOf: string | null;
  /** The currency money is totalled in, or null when each currency is totalled apart. */
  readonly currency: string | null;
  /** The facts assumed, in words. */
  readonly assumptions: readonly { readonly key: string; readonly value: boolean }[];
  readonly coalitions: readonly ReportCoalition[];
  readonly contributions: readonly ReportContributionGroup[];
  readonly refusals: readonly ReportRefusal[];
  readonly contested: readonly ReportContested[];
  readonly proposals: readonly ReportProposal[];
  /** What changed since the `since` day, or null when none was asked. */
  readonly changes: ReportChanges | null;
  /** The events and meetings known by the report's day, earliest first. */
  readonly events: readonly ReportEvent[];
  /** Actors known only by their number, in force on the report's day. */
  readonly pledgeCounts: readonly ReportPledgeCount[];
  /** Statements ready, open and refused per month, from the first statement to the report's day. */
  readonly timeline: readonly ReportTimelineMonth[];
  /** How many offers are active, inactive and undetermined under the scenario. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The sources cited anywhere in the report, in the dataset's order. */
  readonly sources: readonly ReportSource[];
}
