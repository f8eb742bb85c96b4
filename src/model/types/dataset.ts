import type { StancePhrase } from "../stance-phrases.js";
import type { PartialDate } from "../partial-date.js";
import type { Institution, Organization, Person, State } from "./actors.js";
import type { Coalition } from "./coalition.js";
import type { Commitment } from "./commitment.js";
import type { ContributionType } from "./contribution-type.js";
import type { CoalitionEvent } from "./event.js";
import type { PledgeCount } from "./pledge-count.js";
import type { Position, Proposal } from "./proposal.js";
import type { Source } from "./source.js";

/**
 * A dataset another builds on: its id, and where a file-based tool finds it.
 *
 * @category Model
 */
export interface ExtendsRef {
  /** The id of the dataset built on. */
  readonly id: string;
  /** Where a file-based tool finds it, relative to the extending file. */
  readonly path?: string | undefined;
}

/**
 * What a dataset assumes where its records are silent.
 *
 * @category Model
 */
export interface DatasetAssumptions {
  /**
   * How a condition on another actor's commitment reads when that actor has nothing on
   * record: `"unknown"` (open world, the default) or `"false"` (closed world).
   */
  readonly unrecordedCommitments?: "unknown" | "false" | undefined;
}

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
  /** The datasets it builds on, as written. */
  readonly extends?: readonly ExtendsRef[] | undefined;
  /** What it assumes where its records are silent. */
  readonly assumptions?: DatasetAssumptions | undefined;
  /** The ids of the datasets whose records it holds, base-most first, itself last. */
  readonly layers: readonly string[];
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
  /** Actors known only by their number, at a stance on a contribution. */
  readonly pledgeCounts: readonly PledgeCount[];
}
