import type { StancePhrase } from "../stance-phrases.js";
import type { PartialDate } from "../partial-date.js";
import type { Institution, Organization, Person, State } from "./actors.js";
import type { Coalition } from "./coalition.js";
import type { Commitment } from "./commitment.js";
import type { ContributionType } from "./contribution-type.js";
import type { CoalitionEvent } from "./event.js";
import type { Position, Proposal } from "./proposal.js";
import type { Source } from "./source.js";

/**
 * A parsed dataset: deeply readonly, frozen, and with every reference resolved. Every
 * collection is present (empty where the document omits it).
 *
 * @category Model
 */
export interface Dataset {
  /** The JSON Schema that editors validate against. */
  readonly $schema?: string | undefined;
  /** The dataset's id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** What it covers. */
  readonly description?: string | undefined;
  /** Its version, as its publisher names it. */
  readonly version?: string | undefined;
  /** When it was published. */
  readonly publishedOn?: PartialDate | undefined;
  /** Notes on the dataset as a whole. */
  readonly notes?: readonly string[] | undefined;
  /** Where its records come from. */
  readonly sources: readonly Source[];
  /** The states it names. */
  readonly states: readonly State[];
  /** Organizations and blocs, with their memberships. */
  readonly organizations: readonly Organization[];
  /** Institutions of states and organizations. */
  readonly institutions: readonly Institution[];
  /** Named persons and their offices. */
  readonly persons: readonly Person[];
  /** The dataset's own contribution types, beside the built-in ones. */
  readonly contributionTypes: readonly ContributionType[];
  /** The dataset's own phrases for the stance mapping, beside the built-in ones. */
  readonly stancePhrases: readonly StancePhrase[];
  /** Named groups of actors. */
  readonly coalitions: readonly Coalition[];
  /** Stated positions on providing contributions. */
  readonly commitments: readonly Commitment[];
  /** Plans put forward by actors. */
  readonly proposals: readonly Proposal[];
  /** Positions of actors on proposals. */
  readonly positions: readonly Position[];
  /** Meetings and calls. */
  readonly events: readonly CoalitionEvent[];
}
