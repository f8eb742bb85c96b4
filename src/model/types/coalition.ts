import type { DateOrUnknown, PartialDate } from "../partial-date.js";
import type { Claimed } from "./claims.js";
import type { Condition } from "./condition.js";
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
 * A named group with lead actors, dated participants and a coalition-wide condition.
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
  readonly participantCount?: Claimed<number> | undefined;
  /** Applies to every commitment offered to the coalition. */
  readonly condition?: Condition | undefined;
  /** The contributions it seeks. */
  readonly sought?: readonly SoughtContribution[] | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
