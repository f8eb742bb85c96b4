// Compiling: a condition tree to a flat program (see program.ts) over the slots the
// linkers give (link-facts.ts, link-targets.ts, link-thresholds.ts). Takes a tree and
// its holder; gives the program, appended to a buffer. Two ways:
// - `compileTree` writes the whole tree, for explanations, which need every node;
// - `evaluateTree` evaluates while it compiles, for the first pass: it looks at the
//   leaves of a gate before the gates under it, stops at a part that decides the gate,
//   and keeps only what is still unknown (decided parts are decided for good: values
//   only go from unknown to true or false). Most offers are decided here, and keep no
//   program at all.
// Nothing recurses, whatever the depth of a tree: explicit stacks, reused from tree to
// tree, with no garbage per tree.
import type { Condition, ConditionAtom } from "../../model/types.js";
import { factSlot, type FactSlots } from "./link-facts.js";
import { commitmentTarget, targetValue, type TargetSlots } from "./link-targets.js";
import { thresholdSlot, type ThresholdSlots } from "./link-thresholds.js";
import {
  F,
  OP_ALL,
  OP_ANY,
  OP_CONST,
  OP_FACT,
  OP_NOT,
  OP_TARGET,
  OP_TARGET_NEG,
  OP_THRESH,
  OP_THRESH_NEG,
  T,
  U,
  thresholdValue,
  type IntBuffer,
} from "./program.js";
import { grownI32, grownU8, type MutableTables } from "./tables.js";

type Gate = Extract<Condition, { kind: "all" | "any" | "not" }>;

const GATE_ALL = 0;
const GATE_ANY = 1;
const GATE_NOT = 2;

/** The linkers, and the stacks and frames reused from one tree to the next. @internal */
export interface Compiler {
  readonly facts: FactSlots;
  readonly targets: TargetSlots;
  readonly thresholds: ThresholdSlots;
  readonly tables: MutableTables;
  /** The longest program written so far, and an evaluation stack longer than it. */
  maxProgram: number;
  stack: Uint8Array;
  /** `compileTree`'s preorder stack: nodes, and their parity of negations. */
  stackNodes: Condition[];
  stackParity: Uint8Array;
  /**
   * `evaluateTree`'s frames, one per gate under way: the gate, its kind and parity,
   * its value so far, 0 before its first sweep then 1 + the next child to look at
   * among its gates, its count of unknown parts, and where its program starts.
   */
  frameNodes: Condition[];
  frameKind: Uint8Array;
  frameOdd: Uint8Array;
  frameAcc: Uint8Array;
  frameIndex: Int32Array;
  frameCount: Int32Array;
  frameStart: Int32Array;
  top: number;
  /** The program being written by `evaluateTree`: its array and length, its holder's actor number. */
  data: number[];
  length: number;
  holderNumber: number;
  /** The instruction of the atom `atomValue` last looked at. */
  atomInstruction: number;
}

/** A compiler over the linkers, with empty stacks. @internal */
export function createCompiler(facts: FactSlots, targets: TargetSlots, thresholds: ThresholdSlots, tables: MutableTables): Compiler {
  return {
    facts,
    targets,
    thresholds,
    tables,
    maxProgram: 1,
    stack: new Uint8Array(64),
    stackNodes: [],
    stackParity: new Uint8Array(64),
    frameNodes: [],
    frameKind: new Uint8Array(16),
    frameOdd: new Uint8Array(16),
    frameAcc: new Uint8Array(16),
    frameIndex: new Int32Array(16),
    frameCount: new Int32Array(16),
    frameStart: new Int32Array(16),
    top: 0,
    data: [],
    length: 0,
    holderNumber: -1,
    atomInstruction: 0,
  };
}

function isGate(kind: Condition["kind"]): boolean {
  return kind === "all" || kind === "any" || kind === "not";
}

/** Keeps the evaluation stack longer than the longest program. */
function noteProgramSize(c: Compiler, size: number): void {
  if (size > c.maxProgram) {
    c.maxProgram = size;
    if (size >= c.stack.length) c.stack = new Uint8Array(size * 2);
  }
}

/** Pushes a node to compile (under `odd` negations) at `top`; returns the new top. */
function stackUp(c: Compiler, top: number, node: Condition, odd: number): number {
  if (top === c.stackParity.length) c.stackParity = grownU8(c.stackParity, top + 1);
  c.stackNodes[top] = node;
  c.stackParity[top] = odd;
  return top + 1;
}

/**
 * Appends the whole of `root` (the condition of `holder`, actor number `holderNumber`)
 * to `into`, in preorder, emitted as it goes. It may give slots to parts that the first
 * pass did not look at: decided for good, they change no value.
 * @internal
 */
export function compileTree(c: Compiler, root: Condition, holder: string, holderNumber: number, into: IntBuffer): void {
  // The buffer's array and length in locals: only this function writes to it.
  const data = into.data;
  let length = into.length;
  const start = length;
  let top = 1;
  c.stackNodes[0] = root;
  c.stackParity[0] = 0;
  while (top > 0) {
    top--;
    const node = c.stackNodes[top]!;
    const odd = c.stackParity[top]!;
    let instruction: number;
    const kind = node.kind;
    if (kind === "all" || kind === "any") {
      const of = node.of;
      const children = of.length;
      instruction = (children << 4) | (kind === "all" ? OP_ALL : OP_ANY);
      for (let k = children - 1; k >= 0; k--) top = stackUp(c, top, of[k]!, odd);
    } else if (kind === "not") {
      instruction = OP_NOT;
      top = stackUp(c, top, node.of, odd ^ 1);
    } else if (kind === "commitment") {
      const target = commitmentTarget(c.targets, node.actor, node.type, node.minStance, node.location);
      instruction = target >= 0 ? (target << 4) | (odd === 1 ? OP_TARGET_NEG : OP_TARGET) : (targetValue(c.tables, target) << 4) | OP_CONST;
    } else if (kind === "threshold") {
      instruction = (thresholdSlot(c.thresholds, node, holder) << 4) | (odd === 1 ? OP_THRESH_NEG : OP_THRESH);
    } else instruction = (factSlot(c.facts, node, holder, holderNumber) << 4) | OP_FACT;
    data[length++] = instruction;
  }
  into.length = length;
  const size = length - start;
  noteProgramSize(c, size);
  // Drop the references to a large tree, but keep the arrays' capacity.
  if (size > 4096) c.stackNodes = [];
}

/** Gives a slot to every fact a tree reads, as compiling it in full would. @internal */
export function collectFactsOf(c: Compiler, root: Condition, holder: string, holderNumber: number): void {
  const pending: Condition[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.kind === "all" || node.kind === "any") for (const child of node.of) pending.push(child);
    else if (node.kind === "not") pending.push(node.of);
    else if (node.kind !== "commitment" && node.kind !== "threshold") factSlot(c.facts, node, holder, holderNumber);
  }
}

/**
 * Evaluates `root` (the condition of `holder`, actor number `holderNumber`) under what
 * is decided so far, and appends to `into` the program of what is still unknown (none
 * when decided). Returns its value: F, U or T.
 *
 * The hot loop of an evaluation (every offer's condition passes here once): a frame per
 * gate under way, stepped by `stepNot` and `stepGate`, which return the value of the
 * frame they close, or -1 when they open a frame for a gate below.
 * @internal
 */
export function evaluateTree(c: Compiler, root: Condition, holder: string, holderNumber: number, into: IntBuffer): number {
  c.holderNumber = holderNumber;
  c.data = into.data;
  c.length = into.length;
  c.top = 0;
  const start = c.length;
  let returned = -1;
  if (isGate(root.kind)) openGate(c, root as Gate, 0);
  else {
    returned = atomValue(c, root as ConditionAtom, holder, 0);
    if (returned === U) emit(c, c.atomInstruction);
  }
  while (c.top > 0) {
    const f = c.top - 1;
    returned = c.frameKind[f] === GATE_NOT ? stepNot(c, f, returned, holder) : stepGate(c, f, returned, holder);
  }
  into.length = c.length;
  noteProgramSize(c, c.length - start);
  // Drop the references to a large tree, but keep the arrays' capacity.
  if (c.frameNodes.length > 4096) c.frameNodes = [];
  return returned;
}

function emit(c: Compiler, instruction: number): void {
  c.data[c.length++] = instruction;
}

/** An atom's value now; its instruction is left in `atomInstruction`. */
function atomValue(c: Compiler, atom: ConditionAtom, holder: string, odd: number): number {
  const { tables } = c;
  if (atom.kind === "commitment") {
    const target = commitmentTarget(c.targets, atom.actor, atom.type, atom.minStance, atom.location);
    const value = targetValue(tables, target);
    c.atomInstruction = target >= 0 ? (target << 4) | (odd === 1 ? OP_TARGET_NEG : OP_TARGET) : (value << 4) | OP_CONST;
    return value;
  }
  if (atom.kind === "threshold") {
    const slot = thresholdSlot(c.thresholds, atom, holder);
    c.atomInstruction = (slot << 4) | (odd === 1 ? OP_THRESH_NEG : OP_THRESH);
    return thresholdValue(tables, slot, tables.posTargets, tables.posTrue, tables.posFalse);
  }
  const slot = factSlot(c.facts, atom, holder, c.holderNumber);
  c.atomInstruction = (slot << 4) | OP_FACT;
  return tables.facts[slot]!;
}

/** Opens a frame for a gate, with its instruction (the count of an `all` or `any` is set when it closes). */
function openGate(c: Compiler, node: Gate, odd: number): void {
  const top = c.top;
  if (top === c.frameKind.length) growFrames(c, top + 1);
  const kind = node.kind === "all" ? GATE_ALL : node.kind === "any" ? GATE_ANY : GATE_NOT;
  c.frameNodes[top] = node;
  c.frameKind[top] = kind;
  c.frameOdd[top] = odd;
  c.frameAcc[top] = kind === GATE_ANY ? F : T;
  c.frameIndex[top] = 0;
  c.frameCount[top] = 0;
  c.frameStart[top] = c.length;
  emit(c, kind === GATE_ALL ? OP_ALL : kind === GATE_ANY ? OP_ANY : OP_NOT);
  c.top = top + 1;
}

function growFrames(c: Compiler, size: number): void {
  c.frameKind = grownU8(c.frameKind, size);
  c.frameOdd = grownU8(c.frameOdd, size);
  c.frameAcc = grownU8(c.frameAcc, size);
  c.frameIndex = grownI32(c.frameIndex, size);
  c.frameCount = grownI32(c.frameCount, size);
  c.frameStart = grownI32(c.frameStart, size);
}

/** A `not` frame: opens its child if a gate, else negates its value and closes. */
function stepNot(c: Compiler, f: number, returned: number, holder: string): number {
  let value = returned;
  if (value < 0) {
    const child = (c.frameNodes[f] as Extract<Condition, { kind: "not" }>).of;
    if (isGate(child.kind)) {
      openGate(c, child as Gate, c.frameOdd[f]! ^ 1);
      return -1;
    }
    value = atomValue(c, child as ConditionAtom, holder, c.frameOdd[f]! ^ 1);
    if (value === U) emit(c, c.atomInstruction);
  }
  value = 2 - value;
  // Decided: its program is dropped.
  if (value !== U) c.length = c.frameStart[f]!;
  c.top--;
  return value;
}

/**
 * An `all` or `any` frame: takes the value of the child gate just closed (if any), then
 * opens its next child gate, or closes with its value once decided or out of children.
 */
function stepGate(c: Compiler, f: number, returned: number, holder: string): number {
  const all = c.frameKind[f] === GATE_ALL;
  const stop = all ? F : T;
  let acc = c.frameAcc[f]!;
  let count = c.frameCount[f]!;
  if (returned >= 0) {
    if (returned === U) count++;
    acc = all ? (returned < acc ? returned : acc) : returned > acc ? returned : acc;
  }
  if (acc !== stop) {
    const of = (c.frameNodes[f] as Extract<Condition, { kind: "all" | "any" }>).of;
    let next = c.frameIndex[f]!;
    if (next === 0) {
      // First visit: the frame still holds its starting value and count.
      next = sweepAtoms(c, f, of, holder, all);
      acc = c.frameAcc[f]!;
      count = c.frameCount[f]!;
    }
    if (acc !== stop) {
      for (let k = next - 1; k < of.length; k++) {
        const child = of[k]!;
        if (!isGate(child.kind)) continue;
        c.frameIndex[f] = k + 2;
        c.frameAcc[f] = acc;
        c.frameCount[f] = count;
        openGate(c, child as Gate, c.frameOdd[f]!);
        return -1;
      }
    }
  }
  if (acc !== U) c.length = c.frameStart[f]!;
  else c.data[c.frameStart[f]!] = (count << 4) | (all ? OP_ALL : OP_ANY);
  c.top--;
  return acc;
}

/**
 * The first visit of an `all` or `any`: two sweeps of its atoms, the facts (a lookup in
 * a small table) first, then the atoms about other commitments (a lookup of an actor),
 * each stopped by an atom that decides the gate. The first notes what the other and the
 * gates will find, so that a sweep with nothing to do is skipped. Leaves the gate's
 * value and count in its frame; returns 1 + the first child to look at among the gates
 * (past the end when there is none).
 */
function sweepAtoms(c: Compiler, f: number, of: readonly Condition[], holder: string, all: boolean): number {
  c.frameCount[f] = 0;
  const others = sweepFacts(c, f, of, holder, all);
  if (c.frameAcc[f] !== (all ? F : T) && (others & 1) !== 0) sweepCommitments(c, f, of, holder, all);
  return (others & 2) !== 0 ? 1 : of.length + 1;
}

/**
 * The first sweep: the facts, until one decides the gate. Returns what else it saw: 1
 * for atoms about other commitments, 2 for gates (up to the atom that decided).
 */
function sweepFacts(c: Compiler, f: number, of: readonly Condition[], holder: string, all: boolean): number {
  let others = 0;
  for (let k = 0; k < of.length; k++) {
    const kind = of[k]!.kind;
    if (kind === "all" || kind === "any" || kind === "not") others |= 2;
    else if (kind === "commitment" || kind === "threshold") others |= 1;
    else if (takeAtom(c, f, of[k] as ConditionAtom, holder, all)) break;
  }
  return others;
}

/** The second sweep: the atoms about other commitments, until one decides the gate. */
function sweepCommitments(c: Compiler, f: number, of: readonly Condition[], holder: string, all: boolean): void {
  for (let k = 0; k < of.length; k++) {
    const kind = of[k]!.kind;
    if ((kind === "commitment" || kind === "threshold") && takeAtom(c, f, of[k] as ConditionAtom, holder, all)) return;
  }
}

/** Joins one atom's value to the gate of frame `f` (emitting it when unknown); true when that decides the gate. */
function takeAtom(c: Compiler, f: number, atom: ConditionAtom, holder: string, all: boolean): boolean {
  const value = atomValue(c, atom, holder, c.frameOdd[f]!);
  if (value === U) {
    emit(c, c.atomInstruction);
    c.frameCount[f]!++;
  }
  const acc = c.frameAcc[f]!;
  const joined = all ? (value < acc ? value : acc) : value > acc ? value : acc;
  c.frameAcc[f] = joined;
  return joined === (all ? F : T);
}
