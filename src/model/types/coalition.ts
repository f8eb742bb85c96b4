import type { DateOrUnknown, PartialDate } from "../partial-date.js";
import type { Claimed } from "./claims.js";
import type { Condition } from "./condition.js";
import type { Count } from "./count.js";
import type { Location } from "./location.js";

/**
 * An actor's dated participation in a coalition.
 *
 * @category Model
 */
export interface Participation {
  /** The participating state or organization. */
  readonly actor: string;
  /** When it joined; "unknown" counts as of its earliest source. */
  readonly from: DateOrUnknown;
  /** The day it left. */
  readonly to?: PartialDate | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A kind of contribution a coalition seeks from its participants.
 *
 * @category Model
 */
export interface SoughtContribution {
  /** The contribution type's id. */
  readonly type: string;
  /** Where it is sought. */
  readonly location?: Location | undefined;
  /** Whom it was asked of: "those that ruled out troops". */
  readonly askedOf?: string | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** The source's words. */
  readonly quote?: string | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * What kind of group a subgroup is.
 *
 * @category Model
 */
export type SubgroupKind = "planning-group" | "working-group" | "other";

/**
 * A group within a coalition (the planning group for land, sea or air), with its own
 * participants and leads.
 *
 * @category Model
 */
export interface Subgroup {
  /** Its id, unique among the subgroups of the dataset. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What it is for. */
  readonly purpose?: string | undefined;
  /** What kind of group it is. */
  readonly kind?: SubgroupKind | undefined;
  /** Its participants over time. */
  readonly participants?: readonly Participation[] | undefined;
  /** The actors that lead it. */
  readonly leads?: readonly string[] | undefined;
  /** When it was formed. */
  readonly from?: DateOrUnknown | undefined;
  /** When it ended. */
  readonly to?: PartialDate | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A place: a country, and a city in it where the source names one.
 *
 * @category Model
 */
export interface Place {
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** The city. */
  readonly city?: string | undefined;
}

/**
 * Where a coalition's body sits over an interval; a move is a second interval.
 *
 * @category Model
 */
export interface BodySite {
  /** The place. */
  readonly place: Place;
  /** When it began to sit there; "unknown" counts as of its earliest source. */
  readonly from: DateOrUnknown;
  /** The day it left the place. */
  readonly to?: PartialDate | undefined;
  /** "planned": announced for the interval, not (yet) in effect. Absent: in effect. */
  readonly status?: "planned" | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * Who leads a coalition's body over an interval; a rotation is a second interval.
 *
 * @category Model
 */
export interface BodyLead {
  /** The actors that lead it then, one at least. */
  readonly actors: readonly string[];
  /** When their lead began; "unknown" counts as of its earliest source. */
  readonly from: DateOrUnknown;
  /** The day their lead ended. */
  readonly to?: PartialDate | undefined;
  /** "planned": announced for the interval, not (yet) in effect. Absent: in effect. */
  readonly status?: "planned" | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * What kind of body a coalition's body is.
 *
 * @category Model
 */
export type BodyKind = "headquarters" | "secretariat" | "command" | "other";

/**
 * A body of a coalition (a headquarters, a secretariat, a command), with the places it
 * sits and the actors that lead it, each over dated intervals.
 *
 * @category Model
 */
export interface CoalitionBody {
  /** Its id, unique among the bodies of the dataset. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What kind of body it is. */
  readonly kind: BodyKind;
  /** Where it sits, over dated intervals. */
  readonly sites?: readonly BodySite[] | undefined;
  /** Who leads it, over dated intervals. */
  readonly leads?: readonly BodyLead[] | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A named group with lead actors, dated participants and a coalition-wide condition,
 * and its subgroups and bodies.
 *
 * @category Model
 */
export interface Coalition {
  /** Its id, unique among coalitions. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What it is for. */
  readonly purpose?: string | undefined;
  /** The actors that lead it, one at least. */
  readonly leads: readonly string[];
  /** Its participants over time; empty where the dataset records none. */
  readonly participants: readonly Participation[];
  /** How many take part, as each source counts them. */
  readonly participantCount?: Claimed<Count> | undefined;
  /** Applies to every commitment offered to the coalition. */
  readonly condition?: Condition | undefined;
  /** The contributions it seeks. */
  readonly sought?: readonly SoughtContribution[] | undefined;
  /** Groups within it. */
  readonly subgroups?: readonly Subgroup[] | undefined;
  /** Its bodies: a headquarters, a secretariat, a command. */
  readonly bodies?: readonly CoalitionBody[] | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
