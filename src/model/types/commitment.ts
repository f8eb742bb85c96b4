import type { DateOrUnknown, PartialDate } from "../partial-date.js";
import type { Stance } from "../stance.js";
import type { Claimed } from "./claims.js";
import type { Condition } from "./condition.js";
import type { Location } from "./location.js";
import type { VoteTally } from "./count.js";
import type { Quantity } from "./quantity.js";

/**
 * Who stated a position: an institution, and the person speaking for it where named.
 *
 * @category Model
 */
export interface Speaker {
  /** The institution's id. */
  readonly institution: string;
  /** The person's id, where the source names one. */
  readonly person?: string | undefined;
}

/**
 * A stage of fulfilment: announced, specified, delivered, deployed, or withdrawn, which ends it.
 *
 * @category Model
 */
export type FulfilmentStage = "announced" | "specified" | "delivered" | "deployed" | "withdrawn";

/**
 * One step of a commitment from announcement to delivery, or its withdrawal.
 *
 * @category Model
 */
export interface FulfilmentStep {
  /** The stage reached. */
  readonly stage: FulfilmentStage;
  /** The day, month or year it was reached. */
  readonly date: PartialDate;
  /** What was delivered or deployed, beside what was pledged. */
  readonly delivered?: Quantity | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * One actor's stated position on providing one contribution.
 *
 * @category Model
 */
export interface Commitment {
  /** Its id, unique among commitments. */
  readonly id: string;
  /** The state or organization that would provide it. */
  readonly actor: string;
  /** Who stated it; absent where the source names no institution. */
  readonly statedBy?: Speaker | undefined;
  /** A contribution type id, built in or declared by the dataset. */
  readonly type: string;
  /** Where it would be deployed. */
  readonly location?: Location | undefined;
  /** How much is offered, as each source gives it. */
  readonly quantity?: Claimed<Quantity> | undefined;
  /** How far the actor has gone towards providing it. */
  readonly stance: Stance;
  /** The source's words that set the stance; must map to it. */
  readonly phrase?: string | undefined;
  /** What must hold for it to take effect. */
  readonly condition?: Condition | undefined;
  /** The coalition it is offered to; its condition then applies. */
  readonly coalition?: string | undefined;
  /** When it was stated; "unknown" counts as of its earliest source. */
  readonly date: DateOrUnknown;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** The source's words. */
  readonly quote?: string | undefined;
  /** Its steps from announcement to delivery, or its withdrawal. */
  readonly fulfilment?: readonly FulfilmentStep[] | undefined;
  /** Whether the decision binds, as the sources give it; absent where they do not say. */
  readonly binding?: boolean | undefined;
  /** The votes of the decision (a parliament's), as each source counts them. */
  readonly vote?: Claimed<VoteTally> | undefined;
  /** Ids of earlier commitments of the same actor that this one replaces. */
  readonly supersedes?: readonly string[] | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
