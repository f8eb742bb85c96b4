import type { PartialDate } from "../partial-date.js";

/**
 * A state, keyed by its ISO 3166-1 alpha-2 code; its display name comes from `Intl.DisplayNames`.
 *
 * @category Model
 */
export interface State {
  /** Its ISO 3166-1 alpha-2 country code, e.g. `GB`. */
  readonly id: string;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * What kind of body an organization is.
 *
 * @category Model
 */
export type OrganizationKind = "alliance" | "union" | "association" | "forum" | "international-organization" | "other";

/**
 * A dated interval of membership of a state in an organization; `to` is exclusive.
 *
 * @category Model
 */
export interface Membership {
  /** The member state's id. */
  readonly member: string;
  /** The day membership began. */
  readonly from: PartialDate;
  /** The day membership ended; not a member as of that day. */
  readonly to?: PartialDate | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * An organization or bloc (NATO, the EU, the Commonwealth of Nations, the G7) with dated memberships.
 *
 * @category Model
 */
export interface Organization {
  /** Its id, unique among organizations. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** What kind of body it is. */
  readonly kind: OrganizationKind;
  /** Its members over time; empty where the dataset records none. */
  readonly memberships: readonly Membership[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A kind of institution: head of state, parliament, armed forces command…
 *
 * @category Model
 */
export type InstitutionKind =
  | "head-of-state"
  | "head-of-government"
  | "government"
  | "parliament"
  | "armed-forces-command"
  | "defence-ministry"
  | "foreign-ministry"
  | "other";

/**
 * An institution of a state or organization. Positions are taken by institutions, and they can disagree.
 *
 * @category Model
 */
export interface Institution {
  /** Its id, e.g. `GB.head-of-government`. */
  readonly id: string;
  /** The state or organization it belongs to. */
  readonly actor: string;
  /** What kind of institution it is. */
  readonly kind: InstitutionKind;
  /** Its name, where the dataset gives one. */
  readonly name?: string | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * An office a person holds in an institution, over an interval where the sources give one.
 *
 * @category Model
 */
export interface Office {
  /** The institution's id. */
  readonly institution: string;
  /** The title of the office, e.g. "Prime Minister". */
  readonly title: string;
  /** The day the person took office. */
  readonly from?: PartialDate | undefined;
  /** The day the person left office. */
  readonly to?: PartialDate | undefined;
  /** Ids of the sources of the record. */
  readonly sources: readonly string[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}

/**
 * A named person with the offices they hold. A person's words count for the institution they speak for.
 *
 * @category Model
 */
export interface Person {
  /** Their id, unique among persons. */
  readonly id: string;
  /** Their name. */
  readonly name: string;
  /** Other spellings, e.g. a source's transliteration. */
  readonly aliases?: readonly string[] | undefined;
  /** The offices they hold, one at least. */
  readonly offices: readonly Office[];
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
