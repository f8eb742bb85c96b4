// Explanations, one tree: which atoms decided the value of one condition tree, as data
// and as a phrase. Takes the tree, its program compiled whole (`compileTree`) and the
// tables the solver left; gives the decisive atoms with their values and the phrase.
// Walks the tree iteratively, in buffers reused from one tree to the next.
import type { Condition, ConditionAtom } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import type { DecisiveAtom, Truth } from "../types.js";
import { keyOfFact } from "./facts.js";
import type { Graph } from "./graph.js";
import type { Namer } from "./names.js";
import { F, OP_FACT, OP_TARGET, OP_TARGET_NEG, runProgram, T, U } from "./program.js";

/** Truth of a value byte. @internal */
export const TRUTH: readonly Truth[] = ["false", "unknown", "true"];

/** What explaining a tree reads. @internal */
export interface TreeInput {
  readonly graph: Graph;
  readonly namer: Namer;
  readonly scratch: ExplainScratch;
}

/** The reasons for one tree's value. @internal */
export interface TreeReasons {
  readonly value: number;
  readonly atoms: DecisiveAtom[];
  readonly values: number[];
  readonly text: string;
}

/** A decisive part of a tree in words. */
interface Part {
  readonly op: "atom" | "and" | "or" | "not";
  readonly text: string;
  readonly items: readonly string[];
  /** For a `not`: what it negates, so that two negations cancel out. */
  readonly inner?: Part;
}

/** Buffers reused from one explanation to the next, and phrases kept per slot. @internal */
export interface ExplainScratch {
  /** The node count the typed arrays below have room for. */
  capacity: number;
  /** Per preorder node: its value, its parent, whether decisive, under an odd number of `not`. */
  record: Uint8Array;
  /** The evaluation stack of the program being explained. */
  stack: Uint8Array;
  parent: Int32Array;
  decisive: Uint8Array;
  negated: Uint8Array;
  /** Per gate: the one child that decides it alone (-1 for none), and its decisive children as a list. */
  chosen: Int32Array;
  firstKid: Int32Array;
  lastKid: Int32Array;
  nextKid: Int32Array;
  readonly conditions: Condition[];
  readonly stackNodes: Condition[];
  stackParent: Int32Array;
  readonly factPhrases: (string | undefined)[];
  readonly factKeys: (string | undefined)[];
  readonly targetKeys: (string | undefined)[];
  readonly targetPhrases: (string | undefined)[];
  readonly parts: (Part | undefined)[];
}

/** Scratch buffers, empty: they grow to the largest tree explained. @internal */
export function explainScratch(): ExplainScratch {
  return {
    capacity: 0,
    record: new Uint8Array(0),
    stack: new Uint8Array(0),
    parent: new Int32Array(0),
    decisive: new Uint8Array(0),
    negated: new Uint8Array(0),
    chosen: new Int32Array(0),
    firstKid: new Int32Array(0),
    lastKid: new Int32Array(0),
    nextKid: new Int32Array(0),
    conditions: [],
    stackNodes: [],
    stackParent: new Int32Array(0),
    factPhrases: [],
    factKeys: [],
    targetKeys: [],
    targetPhrases: [],
    parts: [],
  };
}

/** Makes room in `scratch` for trees of `size` nodes. */
function reserve(scratch: ExplainScratch, size: number): void {
  if (size <= scratch.capacity) return;
  const n = Math.max(64, size, scratch.capacity * 2);
  scratch.capacity = n;
  scratch.record = new Uint8Array(n);
  scratch.stack = new Uint8Array(n + 1);
  scratch.parent = new Int32Array(n);
  scratch.decisive = new Uint8Array(n);
  scratch.negated = new Uint8Array(n);
  scratch.chosen = new Int32Array(n);
  scratch.firstKid = new Int32Array(n);
  scratch.lastKid = new Int32Array(n);
  scratch.nextKid = new Int32Array(n);
  scratch.stackParent = new Int32Array(n);
}

const MAX_ATOMS_IN_WORDS = 6;

/** Items, at least one, joined in words: "a, b and c". @internal */
export function joinList(items: readonly string[], word: string): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]!}`;
}

function wrapped(part: Part): string {
  if (part.op === "and") return part.items.length === 2 ? `both ${part.text}` : `all of ${part.text}`;
  if (part.op === "or") return part.items.length === 2 ? `either ${part.text}` : `one of ${part.text}`;
  return part.text;
}

/** What the decisive atoms' values say together, or "" when they differ. */
function suffix(values: readonly number[]): string {
  const first = values[0]!;
  if (values.every((value) => value === first)) {
    const many = values.length;
    if (first === T) return many === 1 ? "which holds" : many === 2 ? "both hold" : "all hold";
    if (first === F) return many === 1 ? "which does not hold" : many === 2 ? "neither holds" : "none holds";
    return many === 1 ? "which is unknown" : many === 2 ? "both unknown" : "all unknown";
  }
  return "";
}

/**
 * A decided atom in words. Only atoms of a decided gate differ in value (through a
 * `not`); an undetermined gate's reasons are its unknown parts, all alike.
 */
function stateOf(phrase: string, value: number): string {
  return value === T ? `${phrase} holds` : `${phrase} does not hold`;
}

/**
 * The decisive atoms of one condition tree, compiled whole to `code[start … end]`: for
 * a false `all`, its first false child; for a true one, every child; for an unknown
 * one, its unknown children; `any` the other way round.
 * @internal
 */
export function treeReasons(
  input: TreeInput,
  condition: Condition,
  code: readonly number[],
  start: number,
  end: number,
  holder: string,
  from: "own" | "coalition",
): TreeReasons {
  const { graph, scratch } = input;
  const size = end - start;
  reserve(scratch, size);
  // A program is its tree in preorder: node k is instruction start + k, and leaves its value at record[k].
  runProgram(code, start, end, graph.tables, graph.tables, scratch.stack, scratch.record);
  preorder(scratch, condition);
  markDecisive(scratch, size);
  const atoms: DecisiveAtom[] = [];
  const values: number[] = [];
  const leaves: number[] = [];
  const { decisive, conditions, record, negated } = scratch;
  for (let k = 0; k < size; k++) {
    if (decisive[k] !== 1) continue;
    const node = conditions[k]!;
    if (node.kind === "all" || node.kind === "any" || node.kind === "not") continue;
    leaves.push(k);
    values.push(record[k]!);
    atoms.push({ atom: node, key: keyAt(input, code[start + k]!, node, holder), value: TRUTH[record[k]!]!, negated: negated[k] === 1, from });
  }
  const text = leafText(input, code, start, holder, leaves, size);
  const said = suffix(values);
  const tail = said !== "" ? `, ${said}` : ` (${leaves.slice(0, MAX_ATOMS_IN_WORDS).map((k, index) => stateOf(phraseOf(input, code, start, holder, k), values[index]!)).join("; ")})`;
  // Drop references to the tree, keep the capacity.
  if (size > 4096) {
    conditions.length = 0;
    scratch.stackNodes.length = 0;
  }
  return { value: record[0]!, atoms, values, text: `${text}${tail}` };
}

/** The tree in preorder, iteratively, into `conditions` and `parent`. */
function preorder(scratch: ExplainScratch, condition: Condition): void {
  const { conditions, parent, stackNodes, stackParent } = scratch;
  let count = 0;
  let top = 0;
  stackNodes[top] = condition;
  stackParent[top] = -1;
  top++;
  while (top > 0) {
    top--;
    const node = stackNodes[top]!;
    const k = count++;
    conditions[k] = node;
    parent[k] = stackParent[top]!;
    if (node.kind === "all" || node.kind === "any") {
      for (let c = node.of.length - 1; c >= 0; c--) {
        stackNodes[top] = node.of[c]!;
        stackParent[top] = k;
        top++;
      }
    } else if (node.kind === "not") {
      stackNodes[top] = node.of;
      stackParent[top] = k;
      top++;
    }
  }
}

/** Marks the decisive nodes, top down, with their parity of negations, and lists each gate's decisive children. */
function markDecisive(scratch: ExplainScratch, size: number): void {
  const { record, parent, decisive, negated, chosen, firstKid, lastKid, nextKid, conditions } = scratch;
  decisive.fill(0, 0, size);
  chosen.fill(-1, 0, size);
  firstKid.fill(-1, 0, size);
  decisive[0] = 1;
  negated[0] = 0;
  for (let k = 1; k < size; k++) {
    const p = parent[k]!;
    if (decisive[p] !== 1) continue;
    const kind = conditions[p]!.kind;
    const pv = record[p]!;
    const cv = record[k]!;
    let keep: boolean;
    if (kind === "not") keep = true;
    else if (kind === "all") keep = pv === T || (pv === F ? chosen[p] === -1 && cv === F : cv === U);
    else keep = pv === F || (pv === T ? chosen[p] === -1 && cv === T : cv === U);
    if (!keep) continue;
    if ((kind === "all" && pv === F) || (kind === "any" && pv === T)) chosen[p] = k;
    decisive[k] = 1;
    negated[k] = negated[p]! ^ (kind === "not" ? 1 : 0);
    nextKid[k] = -1;
    if (firstKid[p] === -1) firstKid[p] = k;
    else nextKid[lastKid[p]!] = k;
    lastKid[p] = k;
  }
}

/** The key of the atom `node`, compiled to `instruction`: kept per slot for facts and targets. */
function keyAt(input: TreeInput, instruction: number, node: ConditionAtom, holder: string): string {
  const { scratch } = input;
  const op = instruction & 15;
  const slot = instruction >>> 4;
  if (op === OP_FACT) return (scratch.factKeys[slot] ??= keyOfFact(input.graph.facts[slot]!));
  if (op === OP_TARGET || op === OP_TARGET_NEG) return (scratch.targetKeys[slot] ??= atomKey(node, holder)!);
  return atomKey(node, holder)!;
}

/** Preorder node k (an atom) in words: kept per slot for facts not about the holder and for targets. */
function phraseOf(input: TreeInput, code: readonly number[], start: number, holder: string, k: number): string {
  const { scratch, namer } = input;
  const instruction = code[start + k]!;
  const op = instruction & 15;
  const slot = instruction >>> 4;
  const atom = scratch.conditions[k] as ConditionAtom;
  if (op === OP_FACT && atom.kind !== "approval" && atom.kind !== "inclusion") {
    return (scratch.factPhrases[slot] ??= namer.atom(atom, holder));
  }
  if ((op === OP_TARGET || op === OP_TARGET_NEG) && atom.kind === "commitment") {
    return (scratch.targetPhrases[slot] ??= namer.atom(atom, holder));
  }
  return namer.atom(atom, holder);
}

/**
 * The decisive atoms `leaves` in words: one alone (the tree above it is a chain, whose
 * negations cancel in pairs); many, the first few and a count; else as the tree joins
 * them, "both a and either b or c".
 */
function leafText(input: TreeInput, code: readonly number[], start: number, holder: string, leaves: readonly number[], size: number): string {
  if (leaves.length === 1) {
    const k = leaves[0]!;
    const phrase = phraseOf(input, code, start, holder, k);
    return input.scratch.negated[k] === 1 ? `the absence of ${phrase}` : phrase;
  }
  if (leaves.length > MAX_ATOMS_IN_WORDS) {
    const shown = leaves.slice(0, MAX_ATOMS_IN_WORDS - 1).map((k) => phraseOf(input, code, start, holder, k));
    return `${shown.join(", ")} and ${leaves.length - shown.length} more conditions`;
  }
  const { decisive, conditions, firstKid, lastKid, nextKid, parts } = input.scratch;
  for (let k = size - 1; k >= 0; k--) {
    if (decisive[k] !== 1) continue;
    const node = conditions[k]!;
    if (node.kind === "all" || node.kind === "any") {
      if (firstKid[k] === lastKid[k]) parts[k] = parts[firstKid[k]!];
      else {
        const op = node.kind === "all" ? "and" : "or";
        const items: string[] = [];
        for (let c = firstKid[k]!; c >= 0; c = nextKid[c]!) {
          const child = parts[c]!;
          if (child.op === op) items.push(...child.items);
          else items.push(wrapped(child));
        }
        parts[k] = { op, text: joinList(items, op), items };
      }
    } else if (node.kind === "not") {
      const child = parts[firstKid[k]!]!;
      if (child.inner !== undefined) parts[k] = child.inner;
      else {
        const text = `the absence of ${wrapped(child)}`;
        parts[k] = { op: "not", text, items: [text], inner: child };
      }
    } else {
      const text = phraseOf(input, code, start, holder, k);
      parts[k] = { op: "atom", text, items: [text] };
    }
    // Free the children's parts as soon as they are used.
    for (let c = firstKid[k]!; c >= 0; c = nextKid[c]!) parts[c] = undefined;
  }
  const text = parts[0]!.text;
  parts[0] = undefined;
  return text;
}
