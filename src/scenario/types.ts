// The plain data of scenario evaluation: what goes in (a scenario) and what comes out
// (verdicts with their reasons, coordination groups, totals, sensitivities, diffs).
import type { ConditionAtom } from "../model/types.js";

/**
 * What an analyst assumes: facts set to `true` or `false`, keyed by
 * {@link factKey} (`"peace:agreement:UA"`, `"request:*:CH"`, `"approval:CH.government"`,
 * `"inclusion:TR"`, `"mandate:eu"`, `"fact:<id>"`). A fact that is absent is unknown,
 * and unknown is never guessed.
 *
 * Keys of the form `commitment:<actor>:<type>` speak for an actor instead of its
 * commitments: `false` makes every offer of that actor of that type (or a subtype)
 * inactive, whatever its own condition, and makes atoms asking for it false ("no US
 * backstop"); `true` makes its offers of exactly that type active and satisfies any
 * atom asking that actor for that type or a broader one, even with no offer on record.
 *
 * `asOf` picks the commitments in force on that day (the latest statement per actor,
 * type, location and speaking institution); without it, the latest on record.
 *
 * @category Scenarios
 */
export interface Scenario {
  readonly facts?: Readonly<Record<string, boolean>>;
  /**
   * Whether facts that name nothing the dataset knows may be set (default false). By
   * default each key must name a declared institution (`approval:`), actor
   * (`inclusion:`, `mandate:`, both actors of a `request:`, or `*` for anyone), a
   * country code (`peace:`), an actor and a contribution type the dataset declares or
   * an offer names (`commitment:`), or a free-form fact some condition reads (`fact:`).
   * Any other key is an error naming the closest known key ("did you mean
   * approval:NO.parliament?"), since a misspelt key would change nothing, silently. A
   * threshold key is an error either way unless this is set: its value follows from
   * the commitments.
   */
  readonly allowUnknownFacts?: boolean;
  /** A date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a month or year counts as of its last day). */
  readonly asOf?: string;
  /**
   * How an atom on another actor's commitment reads when that actor has no statement in
   * force on that type (or a type under it) at that place (or a place under it), and no
   * `commitment:` key speaks for it: `"unknown"` (the open world) or `"false"` (the
   * closed world). Default: the dataset's `assumptions.unrecordedCommitments`, else
   * `"unknown"`.
   */
  readonly unrecordedCommitments?: "unknown" | "false";
}

/**
 * What a commitment adds up to under a scenario.
 *
 * @category Scenarios
 */
export type Verdict = "active" | "inactive" | "undetermined";

/**
 * The value of an atom or fact in three-valued (Kleene) logic.
 *
 * @category Scenarios
 */
export type Truth = "true" | "false" | "unknown";

/**
 * Which part of a commitment's condition decided its verdict.
 *
 * @category Scenarios
 */
export type DecidedBy =
  /** It states no condition (and is offered to no coalition with one). */
  | "unconditional"
  /** Its own condition. */
  | "own"
  /** The condition of the coalition it is offered to. */
  | "coalition"
  /** Both its own condition and the coalition-wide one. */
  | "both"
  /** A `commitment:<actor>:<type>` key of the scenario. */
  | "scenario";

/**
 * An atom that decided a verdict, with the key it was looked up by and its value.
 *
 * @category Scenarios
 */
export interface DecisiveAtom {
  readonly atom: ConditionAtom;
  /** Its {@link factKey}; for a threshold, an informative key the scenario cannot set. */
  readonly key: string;
  readonly value: Truth;
  /** True when the atom sits under an odd number of `not`: the commitment needs it NOT to hold. */
  readonly negated: boolean;
  /**
   * Whether it is part of the commitment's own condition, of its coalition's, or a
   * `commitment:<actor>:<type>` key of the scenario speaking for the actor.
   */
  readonly from: "own" | "coalition" | "scenario";
}

/**
 * The verdict on one commitment, with both readings of coordination and its reasons.
 *
 * @category Scenarios
 */
export interface CommitmentVerdict {
  readonly commitment: string;
  readonly actor: string;
  readonly type: string;
  /** Three-valued: only what the known facts force. */
  readonly verdict: Verdict;
  /** With mutual dependencies resolved as "no one moves first" (least fixed point). */
  readonly cautious: Verdict;
  /** With mutual dependencies resolved as "all move together" (greatest fixed point). */
  readonly coordinated: Verdict;
  /** Index in {@link ScenarioEvaluation.groups} of its coordination group; -1 when it is in none. */
  readonly group: number;
  readonly decidedBy: DecidedBy;
  /** The atoms that decided it. Empty when explanations are turned off. */
  readonly atoms: readonly DecisiveAtom[];
  /** The same reasons as a plain sentence. Empty when explanations are turned off. */
  readonly explanation: string;
}

/**
 * The verdict on the condition of a proposal ("legally binding, subject to national
 * procedures"): `active` when it holds under the scenario, `inactive` when it fails,
 * `undetermined` when unknown facts leave it open; with both readings of coordination.
 *
 * @category Scenarios
 */
export interface ProposalVerdict {
  readonly proposal: string;
  readonly proposedBy: readonly string[];
  /** Three-valued: only what the known facts force. */
  readonly verdict: Verdict;
  /** With the offers it reads that wait on one another resolved as "no one moves first". */
  readonly cautious: Verdict;
  /** With them resolved as "all move together". */
  readonly coordinated: Verdict;
  /** The atoms that decided it. Empty when explanations are turned off. */
  readonly atoms: readonly DecisiveAtom[];
  /** The same reasons as a plain sentence. Empty when explanations are turned off. */
  readonly explanation: string;
}

/**
 * Commitments that depend on one another ("we go if you go") and that no fact settles.
 * An undetermined offer depends on another when an atom of its condition (or of its
 * coalition's) that can still move its verdict, being unknown and under no part that
 * is already decided, asks for an offer the other is one of; a threshold counts only
 * the other actors, so an offer never depends on itself through one.
 *
 * @category Scenarios
 */
export interface CoordinationGroup {
  readonly commitments: readonly string[];
  readonly actors: readonly string[];
  readonly explanation: string;
}

/**
 * Why a commitment of the dataset is not evaluated.
 *
 * @category Scenarios
 */
export type ExclusionReason =
  /** Stated after the scenario's `asOf`. */
  | "not-yet-stated"
  /** A later statement by the same actor, on the same type and location, by the same institution, replaces it. */
  | "superseded"
  /** Its fulfilment records a withdrawal on or before `asOf`. */
  | "withdrawn"
  /** Its stance is below `open` (undecided, opposed, refused): not an offer, never active. */
  | "not-an-offer"
  /** Its stance is below the `minStance` asked for. */
  | "below-min-stance";

/**
 * A commitment left out of the evaluation, and why.
 *
 * @category Scenarios
 */
export interface ExcludedCommitment {
  readonly commitment: string;
  readonly reason: ExclusionReason;
}

/**
 * A sum of quantities in one unit (money: in one currency).
 *
 * @category Scenarios
 */
export interface QuantityTotal {
  readonly unit: string;
  readonly currency?: string;
  /** The sum of the lowest figure each commitment's claims give ("about 200" gives 200; "several thousand" 0), as the aggregation sums them. */
  readonly low: number;
  /**
   * The sum of the highest figure each commitment's claims give; an open-ended one,
   * which has none, adds its lowest, so `high` is never below `low`. When `openEnded`
   * is 0 it is the aggregation's `high` for the same commitments.
   */
  readonly high: number;
  /** Commitments whose figure has no upper bound ("several thousand", "at least 300"): the true high is unbounded (the aggregation's null `high`). */
  readonly openEnded: number;
}

/**
 * Counts of active offers of one contribution type (or a change in them).
 *
 * @category Scenarios
 */
export interface ActiveFigures {
  /** Distinct actors with an active offer. */
  readonly actors: number;
  readonly commitments: number;
  /** Active offers that give no quantity: pledges, not zeros. */
  readonly unquantified: number;
  readonly quantities: readonly QuantityTotal[];
}

/**
 * Counts of undetermined offers of one contribution type (or a change in them).
 *
 * @category Scenarios
 */
export interface UndeterminedFigures {
  /** Distinct actors with an undetermined offer and no active one. */
  readonly actors: number;
  readonly commitments: number;
}

/**
 * What a scenario adds up to for one contribution type, counting its subtypes.
 *
 * @category Scenarios
 */
export interface ScenarioTotal {
  readonly type: string;
  readonly active: ActiveFigures;
  readonly undetermined: UndeterminedFigures;
}

/**
 * The change in a {@link ScenarioTotal}: every figure is after minus before.
 *
 * @category Scenarios
 */
export interface TotalChange {
  readonly type: string;
  readonly active: ActiveFigures;
  readonly undetermined: UndeterminedFigures;
}

/**
 * Everything {@link evaluateScenario} finds.
 *
 * @category Scenarios
 */
export interface ScenarioEvaluation {
  /** The day the commitments are taken as of (`YYYY-MM-DD`), or undefined for the latest on record. */
  readonly asOf: string | undefined;
  /** One verdict per commitment in force at or above `minStance`, in dataset order. */
  readonly verdicts: readonly CommitmentVerdict[];
  readonly groups: readonly CoordinationGroup[];
  /** Per contribution type with at least one evaluated offer (counting subtypes), in taxonomy order. */
  readonly totals: readonly ScenarioTotal[];
  readonly excluded: readonly ExcludedCommitment[];
  /** Per proposal put forward by the day with a condition, in dataset order: whether its condition holds. */
  readonly proposals: readonly ProposalVerdict[];
  /**
   * Per refusal (or opposition) in force with a condition ("not outside alliance
   * commitments"), in dataset order: `active` when its condition holds, so that the
   * refusal holds; never in a coordination group (no offer waits on a refusal).
   */
  readonly refusals: readonly CommitmentVerdict[];
}

/**
 * What setting one fact would do.
 *
 * @category Scenarios
 */
export interface FactEffect {
  /** Commitments that would turn active (they are undetermined now). */
  readonly activated: readonly string[];
  /** Commitments that would turn inactive (they are undetermined now). */
  readonly deactivated: readonly string[];
  /** The change in totals, for the contribution types that change. */
  readonly totals: readonly TotalChange[];
}

/**
 * What one unknown fact could change.
 *
 * @category Scenarios
 */
export interface FactSensitivity {
  readonly key: string;
  /** The fact in words: "a peace agreement in Ukraine". */
  readonly description: string;
  readonly ifTrue: FactEffect;
  readonly ifFalse: FactEffect;
  /** Commitments whose verdict it would change, setting it true plus setting it false. */
  readonly impact: number;
}

/**
 * One commitment whose verdict differs between two scenarios.
 *
 * @category Scenarios
 */
export interface VerdictChange {
  readonly commitment: string;
  readonly actor: string;
  readonly type: string;
  /** `"absent"` where the commitment is not evaluated under that scenario (another `asOf`). */
  readonly before: Verdict | "absent";
  readonly after: Verdict | "absent";
}

/**
 * Everything {@link compareScenarios} finds.
 *
 * @category Scenarios
 */
export interface ScenarioComparison {
  readonly changed: readonly VerdictChange[];
  readonly totals: {
    readonly before: readonly ScenarioTotal[];
    readonly after: readonly ScenarioTotal[];
    readonly changes: readonly TotalChange[];
  };
}
