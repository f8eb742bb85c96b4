import type { Stance } from "../stance.js";
import type { Location } from "./location.js";

/** A peace agreement or a ceasefire in force in a country ("if peace is achieved", "post-war"). */
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

/** A formal request to the committing actor, by a named actor or by anyone ("if requested"). */
export interface RequestAtom {
  /** Which atom this is. */
  readonly kind: "request";
  /** The requesting actor; absent when the source names none. */
  readonly by?: string | undefined;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/** Domestic approval by a named institution ("if the government is not against it"). */
export interface ApprovalAtom {
  /** Which atom this is. */
  readonly kind: "approval";
  /** The approving institution's id. */
  readonly institution: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/** The committing actor (or another) included in decision-making ("only if involved in all consultations"). */
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

/** Another actor's commitment to a contribution type at a minimum stance (a hoped-for backstop). */
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

/** At least `count` other actors committing to a contribution type ("if at least N members send troops"). */
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

/** A mandate from an organization (UN, EU). */
export interface MandateAtom {
  /** Which atom this is. */
  readonly kind: "mandate";
  /** The organization that must give it. */
  readonly by: string;
  /** The source's words for this condition. */
  readonly quote?: string | undefined;
}

/** A named free-form fact, for anything the typed atoms do not cover. */
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

/** One leaf of a {@link Condition}: everything but `all`, `any` and `not`. */
export type ConditionAtom =
  | PeaceAtom
  | RequestAtom
  | ApprovalAtom
  | InclusionAtom
  | CommitmentAtom
  | ThresholdAtom
  | MandateAtom
  | FactAtom;

/** Holds when every one of its conditions holds. */
export interface AllCondition {
  /** Which operator this is. */
  readonly kind: "all";
  /** The conditions, one at least. */
  readonly of: readonly Condition[];
}

/** Holds when at least one of its conditions holds. */
export interface AnyCondition {
  /** Which operator this is. */
  readonly kind: "any";
  /** The conditions, one at least. */
  readonly of: readonly Condition[];
}

/** Holds when its condition does not. */
export interface NotCondition {
  /** Which operator this is. */
  readonly kind: "not";
  /** The condition it negates. */
  readonly of: Condition;
}

/**
 * What must hold for a commitment to take effect: a boolean expression (`all`, `any`,
 * `not`) over typed atoms.
 */
export type Condition = AllCondition | AnyCondition | NotCondition | ConditionAtom;
