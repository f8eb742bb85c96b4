import type { DateOrUnknown } from "../partial-date.js";
import type { Stance } from "../stance.js";
import type { Claimed } from "./claims.js";
import type { Speaker } from "./commitment.js";
import type { Condition } from "./condition.js";
import type { VoteTally } from "./count.js";
import type { Location } from "./location.js";
import type { Quantity } from "./quantity.js";

/**
 * A contribution a proposal asks for, or explicitly leaves out.
 *
 * @category Model
 */
export interface Provision {
  /** Who would provide it; absent for the force as a whole. */
  readonly provider?: string | undefined;
  /** The contribution type's id. */
  readonly type: string;
  /** Where it would be deployed. */
  readonly location?: Location | undefined;
  /** How much is asked. */
  readonly quantity?: Quantity | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A plan put forward by one or more actors on a date.
 *
 * @category Model
 */
export interface Proposal {
  /** Its id, unique among proposals. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** What it proposes. */
  readonly description?: string | undefined;
  /** The actors that put it forward, one at least. */
  readonly proposedBy: readonly string[];
  /** Who stated it, where the source names an institution. */
  readonly statedBy?: Speaker | undefined;
  /** When it was put forward; "unknown" counts as of its earliest source. */
  readonly date: DateOrUnknown;
  /** What the proposal asks for. */
  readonly provisions?: readonly Provision[] | undefined;
  /** What the proposal explicitly does not ask. */
  readonly exclusions?: readonly Provision[] | undefined;
  /** What the plan is subject to: "legally binding, subject to national procedures". */
  readonly condition?: Condition | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** The source's words. */
  readonly quote?: string | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * An actor's dated position on a proposal.
 *
 * @category Model
 */
export interface Position {
  /** Its id, unique among positions. */
  readonly id: string;
  /** The proposal's id. */
  readonly proposal: string;
  /** The actor that takes the position. */
  readonly actor: string;
  /** Who stated it, where the source names an institution. */
  readonly statedBy?: Speaker | undefined;
  /** For or against, and how firmly. */
  readonly stance: Stance;
  /** The source's words that set the stance; must map to it. */
  readonly phrase?: string | undefined;
  /** What the position depends on: "not outside alliance commitments". */
  readonly condition?: Condition | undefined;
  /** When it was stated; "unknown" counts as of its earliest source. */
  readonly date: DateOrUnknown;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** The source's words. */
  readonly quote?: string | undefined;
  /** Whether the decision binds, as the sources give it; absent where they do not say. */
  readonly binding?: boolean | undefined;
  /** The votes of the decision (a parliament's), as each source counts them. */
  readonly vote?: Claimed<VoteTally> | undefined;
  /** Ids of earlier positions of the same actor that this one replaces. */
  readonly supersedes?: readonly string[] | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
