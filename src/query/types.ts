import type { DateOrUnknown } from "../model/partial-date.js";
import type { Stance } from "../model/stance.js";
import type { FulfilmentStage } from "../model/types.js";

/**
 * One statement in force: who said what, when, and on whose authority.
 *
 * @category Queries
 */
export interface StanceStatement {
  /** The id of the commitment or position: the record that justifies the answer. */
  readonly id: string;
  readonly actor: string;
  /** The speaking institution, or null where the source names none. */
  readonly institution: string | null;
  /** The person speaking for it, where named. */
  readonly person: string | null;
  readonly stance: Stance;
  /** The date as recorded, at its precision. */
  readonly date: DateOrUnknown;
  /** The day it counts from: the end of its date, or its earliest source's date when "unknown"; null if never known. */
  readonly inForceFrom: string | null;
  readonly sources: readonly string[];
}

/**
 * A statement on providing a contribution.
 *
 * @category Queries
 */
export interface ContributionStatement extends StanceStatement {
  readonly type: string;
  /** Its location key (see `locationKey`), or null where none is given. */
  readonly location: string | null;
  /** How far it has got as of the day asked: "announced" unless its fulfilment says more. */
  readonly stage: FulfilmentStage;
}

/**
 * A statement on a proposal.
 *
 * @category Queries
 */
export interface ProposalStatement extends StanceStatement {
  readonly proposal: string;
}

/**
 * What a stance is about: providing a contribution (at a location, or none given), or a proposal.
 *
 * @category Queries
 */
export type StanceSubject =
  | { readonly kind: "contribution"; readonly type: string; readonly location: string | null }
  | { readonly kind: "proposal"; readonly proposal: string };
