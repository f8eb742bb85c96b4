// The scenario compiled and solved: what the first pass (build-graph.ts) lays out as
// flat tables and the later phases read. The solver (propagate.ts) and the readings
// (readings.ts) change values in it; coordination groups (groups.ts), totals and
// explanations only read it. Types only.
import type { Coalition, Condition } from "../../model/types.js";
import type { FactNode } from "./facts.js";
import type { IntBuffer, Rows } from "./program.js";
import type { Selection } from "./select-offers.js";
import type { Tables } from "./tables.js";

/** A coalition-wide condition compiled for one holder actor, in `sharedCode`. @internal */
export interface CoalitionProgram {
  readonly coalition: Coalition;
  readonly condition: Condition;
  readonly holder: string;
  readonly start: number;
  readonly end: number;
}

/** A queue of retained offers, each in it at most once. @internal */
export interface Worklist {
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
  head: number;
  tail: number;
}

/**
 * The scenario compiled and solved in three-valued logic. Offer values are indexed by
 * commitment; what is kept of the undetermined offers is indexed by their *retained*
 * number r, in dataset order.
 * @internal
 */
export interface Graph {
  readonly selection: Selection;
  /** Per commitment: F, U or T (U also for those not in force, which nothing reads). */
  readonly val: Uint8Array;
  readonly facts: readonly FactNode[];
  /**
   * What programs read: grows when `compileOwn` or `collectFacts` add slots; `facts`
   * (per fact slot) is changed and put back by sensitivity.
   */
  readonly tables: Tables;

  /** The kept programs; anything after them is scratch (see `compileOwn`). */
  readonly code: IntBuffer;
  readonly sharedCode: readonly number[];
  readonly coalitionPrograms: readonly CoalitionProgram[];
  /** Per commitment: index in `coalitionPrograms`, or -1; undefined when no offer has a coalition with a condition. */
  readonly offerCoalition: readonly number[] | undefined;
  /** Per commitment: the taxonomy index of the `commitment:` key that decided it, or -1; undefined without such keys. */
  readonly overrideType: readonly number[] | undefined;
  /**
   * Compiles a commitment's whole condition, after the kept programs, and returns
   * where it starts (it ends at `code.length`); the caller puts `code.length` back. It
   * may add the slots of parts that evaluation did not look at: decided for good, they
   * change no value.
   */
  readonly compileOwn: (offer: number) => number;
  /**
   * Gives a slot to every fact that the condition of an offer in force (not decided by
   * a `commitment:` key) reads: evaluation skips what is decided, and gives slots only
   * to what it reads. For sensitivity, which lists every fact the conditions read.
   */
  readonly collectFacts: () => void;

  /** Offers left undetermined when first evaluated: their commitment and program. */
  readonly nRetained: number;
  readonly retainedOffer: readonly number[];
  readonly retainedStart: readonly number[];
  readonly retainedEnd: readonly number[];

  readonly nTargets: number;
  /** Per target: its matching offers that hold, and those that do not fail (unknown or true). */
  readonly targetTrue: Int32Array;
  readonly targetOpen: Int32Array;
  /** Per commitment, a list of the targets it counts towards while unknown: `feedHead`, then `feedNext` per edge. */
  readonly feedHead: number[];
  readonly feedNext: readonly number[];
  readonly feedTarget: readonly number[];
  /** Per target: the retained offers whose programs read it. */
  readonly targetReaders: Rows;
  /** Per target, a list of the counters it counts towards: `targetCounterHead`, then `targetCounterNext` per edge. */
  readonly targetCounterHead: Int32Array;
  readonly targetCounterNext: readonly number[];
  readonly targetCounterItem: readonly number[];

  readonly nCounters: number;
  /** Per counter: the retained offers whose programs read one of its threshold slots. */
  readonly counterReaders: Rows;

  /** The worklist (of retained offers), and an evaluation stack as long as the longest kept program. */
  readonly work: Worklist;
  readonly stack: Uint8Array;
}
