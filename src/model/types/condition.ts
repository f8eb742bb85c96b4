import type { Stance } from "../stance.js";
import type { Location } from "./location.js";

/**
 * A peace agreement or a ceasefire in force in a country ("if peace is achieved", "post-war").
 *
 * @category Model
 */
export interface PeaceAtom {
  /** Which atom this is. */
  readonly kind: "peace";
  /** A peace agreement, or a ceasefire. */
  readonly form: "agreement" | "ceasefire";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * A formal request to the committing actor, by a named actor or by anyone ("if requested").
 *
 * @category Model
 */
export interface RequestAtom {
  /** Which atom this is. */
  readonly kind: "request";
  /** The requesting actor; absent when the source names none. */
  readonly by?: string | undefined;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * Domestic approval by a named institution ("if the government is not against it").
 *
 * @category Model
 */
export interface ApprovalAtom {
  /** Which atom this is. */
  readonly kind: "approval";
  /** The approving institution's id. */
  readonly institution: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * The committing actor (or another) included in decision-making ("only if involved in all consultations").
 *
 * @category Model
 */
export interface InclusionAtom {
  /** Which atom this is. */
  readonly kind: "inclusion";
  /** Who must be included; the committing actor when absent. */
  readonly actor?: string | undefined;
  /** What they must be included in: "all consultations and preparations". */
  readonly in: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * Another actor's commitment to a contribution type at a minimum stance (a hoped-for backstop).
 *
 * @category Model
 */
export interface CommitmentAtom {
  /** Which atom this is. */
  readonly kind: "commitment";
  /** The actor whose commitment is awaited. */
  readonly actor: string;
  /** The contribution type it must commit to. */
  readonly type: string;
  /** The weakest stance that satisfies it. */
  readonly minStance: Stance;
  /** Where the contribution must be, if anywhere in particular. */
  readonly location?: Location | undefined;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * At least `count` other actors committing to a contribution type ("if at least N members send troops").
 *
 * @category Model
 */
export interface ThresholdAtom {
  /** Which atom this is. */
  readonly kind: "threshold";
  /** How many other actors must commit, 1 at least. */
  readonly count: number;
  /** The contribution type they must commit to. */
  readonly type: string;
  /** The weakest stance that counts. */
  readonly minStance: Stance;
  /** A coalition whose participants count; any actor when absent. */
  readonly among?: string | undefined;
  /** Where the contribution must be, if anywhere in particular. */
  readonly location?: Location | undefined;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * A mandate from an organization (UN, EU).
 *
 * @category Model
 */
export interface MandateAtom {
  /** Which atom this is. */
  readonly kind: "mandate";
  /** The organization that must give it. */
  readonly by: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * A named free-form fact, for anything the typed atoms do not cover.
 *
 * @category Model
 */
export interface FactAtom {
  /** Which atom this is. */
  readonly kind: "fact";
  /** The fact's id, the same wherever it is named. */
  readonly id: string;
  /** What the fact says. */
  readonly description: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/**
 * One leaf of a {@link Condition}: everything but `all`, `any` and `not`.
 *
 * @category Model
 */
export type ConditionAtom =
  | PeaceAtom
  | RequestAtom
  | ApprovalAtom
  | InclusionAtom
  | CommitmentAtom
  | ThresholdAtom
  | MandateAtom
  | FactAtom;

/**
 * Holds when every one of its conditions holds.
 *
 * @category Model
 */
export interface AllCondition {
  /** Which operator this is. */
  readonly kind: "all";
  /** The conditions, one at least. */
  readonly of: readonly Condition[];
}

/**
 * Holds when at least one of its conditions holds.
 *
 * @category Model
 */
export interface AnyCondition {
  /** Which operator this is. */
  readonly kind: "any";
  /** The conditions, one at least. */
  readonly of: readonly Condition[];
}

/**
 * Holds when its condition does not.
 *
 * @category Model
 */
export interface NotCondition {
  /** Which operator this is. */
  readonly kind: "not";
  /** The condition it negates. */
  readonly of: Condition;
}

/**
 * What must hold for a commitment to take effect: a boolean expression (`all`, `any`,
 * `not`) over typed atoms.
 *
 * @category Model
 */
export type Condition = AllCondition | AnyCondition | NotCondition | ConditionAtom;
