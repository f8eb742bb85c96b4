import type { DateOrUnknown } from "../partial-date.js";
import type { Stance } from "../stance.js";
import type { Claimed } from "./claims.js";
import type { Speaker } from "./commitment.js";
import type { Condition } from "./condition.js";
import type { Count } from "./count.js";
import type { Location } from "./location.js";

/**
 * A named actor known to be among the actors of a pledge count, or known not to be,
 * with the sources that say so.
 *
 * @category Model
 */
export interface PledgeCountActor {
  /** The state or organization. */
  readonly actor: string;
  /** Ids of the sources that say so. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * Actors known only by their number ("26 countries formally committed"): how many stand
 * at a stance on one contribution type, with the named actors known to be among them
 * and those known not to be.
 *
 * @category Model
 */
export interface PledgeCount {
  /** Its id, unique among pledge counts. */
  readonly id: string;
  /** The coalition the actors pledge to. */
  readonly coalition?: string | undefined;
  /** A contribution type id, built in or declared by the dataset. */
  readonly type: string;
  /** Where the contribution would be deployed. */
  readonly location?: Location | undefined;
  /** How far the counted actors have gone. */
  readonly stance: Stance;
  /** The source's words that set the stance; must map to it. */
  readonly phrase?: string | undefined;
  /** What must hold for the pledges to take effect. */
  readonly condition?: Condition | undefined;
  /** How many, as each source counts them. */
  readonly count: Claimed<Count>;
  /** Named actors known to be among them, each with the sources that say so. */
  readonly members?: readonly PledgeCountActor[] | undefined;
  /** Named actors known not to be among them, each with the sources that say so. */
  readonly notAmong?: readonly PledgeCountActor[] | undefined;
  /** Who stated the count. */
  readonly statedBy?: Speaker | undefined;
  /** When it was stated; "unknown" counts as of its earliest source. */
  readonly date: DateOrUnknown;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** The source's words. */
  readonly quote?: string | undefined;
  /** Ids of earlier pledge counts of the same coalition that this one replaces. */
  readonly supersedes?: readonly string[] | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
