import type { DateOrUnknown, PartialDate } from "../partial-date.js";
import type { Claimed } from "./claims.js";
import type { Count } from "./count.js";

/**
 * What kind of event it is.
 *
 * @category Model
 */
export type EventKind = "meeting" | "call" | "summit" | "negotiations" | "presentation" | "other";

/**
 * A numbered series of meetings an event belongs to: the n-th meeting of a coalition's leaders.
 *
 * @category Model
 */
export interface EventSeries {
  /** The series' own id: events that share it are meetings of one series. */
  readonly id: string;
  /** Which meeting of the series it is, from 1. */
  readonly number?: number | undefined;
}

/**
 * A dated meeting or call, with its hosts and participants (or only their count).
 *
 * @category Model
 */
export interface CoalitionEvent {
  /** Its id, unique among events. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** What kind of event it is. */
  readonly kind: EventKind;
  /** Held or planned, as of the source's date. */
  readonly status: "held" | "planned";
  /** Its first day; "unknown" counts as of its earliest source. */
  readonly from: DateOrUnknown;
  /** The last day, for an event over several days. */
  readonly to?: PartialDate | undefined;
  /** The source's relative words ("this weekend"), resolved into from/to. */
  readonly dateAsStated?: string | undefined;
  /** Where it takes place, as an ISO 3166-1 alpha-2 code. */
  readonly country?: string | undefined;
  /** The actors that host it. */
  readonly hosts?: readonly string[] | undefined;
  /** The actors that take part. */
  readonly participants?: readonly string[] | undefined;
  /** The persons that take part. */
  readonly persons?: readonly string[] | undefined;
  /** How many took part, as each source counts them. */
  readonly participantCount?: Claimed<Count> | undefined;
  /** The numbered series it belongs to. */
  readonly series?: EventSeries | undefined;
  /** The coalition whose event it is. */
  readonly coalition?: string | undefined;
  /** The coalition's subgroup whose event it is. */
  readonly subgroup?: string | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
