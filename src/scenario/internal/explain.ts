// Why a verdict is what it is: the atoms that decided it, as data and as a sentence.
// Walks the condition trees iteratively, reading values the propagation computed.
import type { Condition, ConditionAtom } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import type { DecidedBy, DecisiveAtom, Truth, Verdict } from "../types.js";
import { keyOfFact } from "./facts.js";
import type { Graph } from "./graph.js";
import { capitalise, type Namer } from "./names.js";
import { F, intArray, OP_FACT, OP_TARGET, OP_TARGET_NEG, runProgram, T, U } from "./program.js";

/** Truth of a value byte. @internal */
export const TRUTH: readonly Truth[] = ["false", "unknown", "true"];
/** Verdict of a value byte. @internal */
export const VERDICT: readonly Verdict[] = ["inactive", "undetermined", "active"];

/** What the explainer reads: the graph, its values, the readings and the groups. @internal */
export interface ExplainInput {
  readonly graph: Graph;
  readonly namer: Namer;
  /** Per retained offer: its readings and its group (-1 for none). */
  readonly lo: Uint8Array;
  readonly hi: Uint8Array;
  readonly groupOf: readonly number[];
  /** The groups' offers, as commitment indices. */
  readonly groups: readonly (readonly number[])[];
  /** Per commitment: its retained number, or -1. */
  readonly retainedOf: readonly number[];
  readonly scratch: ExplainScratch;
}

/** Per commitment, its retained number (-1 for none): for reading `lo`, `hi` and `groupOf`. @internal */
export function retainedIndex(graph: Graph): readonly number[] {
  const retainedOf = intArray(graph.val.length, -1);
  for (let r = 0; r < graph.nRetained; r++) retainedOf[graph.retainedOffer[r]!] = r;
  return retainedOf;
}

/** A verdict's reasons. @internal */
export interface Explanation {
  readonly decidedBy: DecidedBy;
  readonly atoms: readonly DecisiveAtom[];
  readonly explanation: string;
}

interface Part {
  readonly op: "atom" | "and" | "or" | "not";
  readonly text: string;
  readonly items: readonly string[];
  /** For a `not`: what it negates, so that two negations cancel out. */
  readonly inner?: Part;
}

interface TreeReasons {
  readonly value: number;
  readonly atoms: DecisiveAtom[];
  readonly values: number[];
  readonly text: string;
}

const MAX_ATOMS_IN_WORDS = 6;

/** Items, at least one, joined in words: "a, b and c". */
function joinList(items: readonly string[], word: string): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]!}`;
}

function wrapped(part: Part): string {
  if (part.op === "and") return part.items.length === 2 ? `both ${part.text}` : `all of ${part.text}`;
  if (part.op === "or") return part.items.length === 2 ? `either ${part.text}` : `one of ${part.text}`;
  return part.text;
}

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

/** Buffers reused from one explanation to the next, and phrases kept per slot. @internal */
export interface ExplainScratch {
  /** The node count the typed arrays below have room for. */
  capacity: number;
  record: Uint8Array;
  /** The evaluation stack of the program being explained. */
  stack: Uint8Array;
  parent: Int32Array;
  decisive: Uint8Array;
  negated: Uint8Array;
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

/**
 * The decisive atoms of one condition tree, compiled to `code[start … end]`: for a
 * false `all`, its first false child; for a true one, every child; for an unknown
 * one, its unknown children; `any` the other way round.
 */
function treeReasons(
  input: ExplainInput,
  condition: Condition,
  code: readonly number[],
  start: number,
  end: number,
  holder: string,
  from: "own" | "coalition",
): TreeReasons {
  const { namer, graph, scratch } = input;
  const size = end - start;
  reserve(scratch, size);
  const { record, parent, decisive, negated, chosen, firstKid, lastKid, nextKid, conditions, stackNodes, stackParent } = scratch;
  runProgram(code, start, end, graph.tables, graph.tables, scratch.stack, record);
  // A program is its tree in preorder: node k is instruction start + k, and left its value at record[k].
  const valueAt = (k: number) => record[k]!;

  // Preorder, iteratively, into the reused buffers.
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

  decisive.fill(0, 0, size);
  chosen.fill(-1, 0, size);
  firstKid.fill(-1, 0, size);
  decisive[0] = 1;
  negated[0] = 0;
  for (let k = 1; k < size; k++) {
    const p = parent[k]!;
    if (decisive[p] !== 1) continue;
    const kind = conditions[p]!.kind;
    const pv = valueAt(p);
    const cv = valueAt(k);
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

  const atoms: DecisiveAtom[] = [];
  const values: number[] = [];
  const leaves: number[] = [];
  const phraseOf = (k: number): string => {
    const instruction = code[start + k]!;
    const op = instruction & 15;
    const slot = instruction >>> 4;
    const atom = conditions[k] as ConditionAtom;
    if (op === OP_FACT && atom.kind !== "approval" && atom.kind !== "inclusion") {
      return (scratch.factPhrases[slot] ??= namer.atom(atom, holder));
    }
    if ((op === OP_TARGET || op === OP_TARGET_NEG) && atom.kind === "commitment") {
      return (scratch.targetPhrases[slot] ??= namer.atom(atom, holder));
    }
    return namer.atom(atom, holder);
  };
  for (let k = 0; k < size; k++) {
    if (decisive[k] !== 1) continue;
    const node = conditions[k]!;
    if (node.kind === "all" || node.kind === "any" || node.kind === "not") continue;
    const value = valueAt(k);
    const instruction = code[start + k]!;
    const op = instruction & 15;
    const slot = instruction >>> 4;
    const key =
      op === OP_FACT
        ? (scratch.factKeys[slot] ??= keyOfFact(graph.facts[slot]!))
        : op === OP_TARGET || op === OP_TARGET_NEG
          ? (scratch.targetKeys[slot] ??= atomKey(node, holder)!)
          : atomKey(node, holder)!;
    leaves.push(k);
    values.push(value);
    atoms.push({ atom: node, key, value: TRUTH[value]!, negated: negated[k] === 1, from });
  }

  if (leaves.length === 1) {
    // One decisive atom: the tree above it is a chain, whose negations cancel in pairs.
    const k = leaves[0]!;
    const phrase = phraseOf(k);
    const text = negated[k] === 1 ? `the absence of ${phrase}` : phrase;
    if (size > 4096) {
      conditions.length = 0;
      stackNodes.length = 0;
    }
    return { value: valueAt(0), atoms, values, text: `${text}, ${suffix(values)}` };
  }

  let text: string;
  if (leaves.length > MAX_ATOMS_IN_WORDS) {
    const shown = leaves.slice(0, MAX_ATOMS_IN_WORDS - 1).map(phraseOf);
    text = `${shown.join(", ")} and ${leaves.length - shown.length} more conditions`;
  } else {
    const parts = scratch.parts;
    for (let k = size - 1; k >= 0; k--) {
      if (decisive[k] !== 1) continue;
      const node = conditions[k]!;
      if (node.kind === "all" || node.kind === "any") {
        if (firstKid[k] === lastKid[k]) {
          parts[k] = parts[firstKid[k]!];
        } else {
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
        const text = phraseOf(k);
        parts[k] = { op: "atom", text, items: [text] };
      }
      // Free the children's parts as soon as they are used.
      for (let c = firstKid[k]!; c >= 0; c = nextKid[c]!) parts[c] = undefined;
    }
    text = parts[0]!.text;
    parts[0] = undefined;
  }
  const said = suffix(values);
  const tail =
    said !== ""
      ? `, ${said}`
      : ` (${leaves
          .slice(0, MAX_ATOMS_IN_WORDS)
          .map((k, index) => stateOf(phraseOf(k), values[index]!))
          .join("; ")})`;
  // Drop references to the tree, keep the capacity.
  if (size > 4096) {
    conditions.length = 0;
    stackNodes.length = 0;
  }
  return { value: valueAt(0), atoms, values, text: `${text}${tail}` };
}

/** "Switzerland's offer of peacekeepers and ceasefire monitors in Ukraine". @internal */
export function subjectOf(input: ExplainInput, offer: number): string {
  const commitment = input.graph.selection.dataset.commitments[offer]!;
  const { namer } = input;
  return `${namer.possessive(commitment.actor)} offer of ${namer.type(commitment.type)}${namer.location(commitment.location)}`;
}

function count(k: number, size: number): string {
  if (k === 0) return "none";
  if (k === size) return size === 2 ? "both" : "all";
  return String(k);
}

/** The sentence for a coordination group. @internal */
export function explainGroup(input: ExplainInput, members: readonly number[]): string {
  const shown = members.slice(0, 3).map((m) => subjectOf(input, m));
  const listed = members.length > 3 ? `${shown.join(", ")} and ${members.length - 3} more offers` : joinList(shown, "and");
  let cautious = 0;
  let coordinated = 0;
  for (const m of members) {
    const r = input.retainedOf[m]!;
    // Never true here: what holds when every unknown offer fails holds whatever they
    // do, so the three-valued verdict would have it (a group's offers are unknown).
    /* v8 ignore next */
    if (input.lo[r] === T) cautious++;
    if (input.hi[r] === T) coordinated++;
  }
  const verb = members.length === 1 ? "depends on itself" : "depend on one another";
  return `${capitalise(listed)} ${verb}: ${count(cautious, members.length)} active if no one moves first, ${count(coordinated, members.length)} if all move together.`;
}

/** The reasons for the verdict on the commitment `offer` (in force). @internal */
export function explainOffer(input: ExplainInput, offer: number): Explanation {
  const { graph, namer, lo, hi, groupOf, groups, retainedOf } = input;
  const commitment = graph.selection.dataset.commitments[offer]!;
  const value = graph.val[offer]!;
  const subject = capitalise(subjectOf(input, offer));
  const verdict = VERDICT[value]!;

  const override = graph.overrideType?.[offer] ?? -1;
  if (override >= 0) {
    const type = graph.selection.taxonomy.ids[override]!;
    const atom: ConditionAtom = { kind: "commitment", actor: commitment.actor, type, minStance: "open" };
    const provides = value === T ? "provides" : "does not provide";
    return {
      decidedBy: "scenario",
      atoms: [{ atom, key: `commitment:${commitment.actor}:${type}`, value: TRUTH[value]!, negated: false, from: "scenario" }],
      explanation: `${subject} is ${verdict}: the scenario says ${namer.actor(commitment.actor)} ${provides} ${namer.type(type)}.`,
    };
  }

  const r = retainedOf[offer]!;
  let own: TreeReasons | undefined;
  if (commitment.condition !== undefined) {
    // Kept programs leave out what was decided: the whole tree is compiled again, then dropped.
    const start = graph.compileOwn(offer);
    own = treeReasons(input, commitment.condition, graph.code.data, start, graph.code.length, commitment.actor, "own");
    graph.code.length = start;
  }
  const treeIndex = graph.offerCoalition?.[offer] ?? -1;
  const tree = treeIndex >= 0 ? graph.coalitionPrograms[treeIndex] : undefined;
  const shared = tree === undefined ? undefined : treeReasons(input, tree.condition, graph.sharedCode, tree.start, tree.end, commitment.actor, "coalition");
  if (own === undefined && shared === undefined) {
    return { decidedBy: "unconditional", atoms: [], explanation: `${subject} is ${verdict}: it states no condition.` };
  }

  const { useOwn, useShared } = partsDeciding(value, own?.value, shared?.value);
  const reasons: string[] = [];
  const atoms: DecisiveAtom[] = [];
  if (useOwn && own !== undefined) {
    reasons.push(`it needs ${own.text}`);
    atoms.push(...own.atoms);
  }
  if (useShared && shared !== undefined && tree !== undefined) {
    reasons.push(`the coalition-wide condition of ${namer.coalition(tree.coalition.id)} needs ${shared.text}`);
    atoms.push(...shared.atoms);
  }
  const decidedBy: DecidedBy = useOwn && useShared ? "both" : useShared ? "coalition" : "own";

  let readings = "";
  if (value === U) {
    // Only retained offers can be unknown.
    const group = groupOf[r]!;
    if (lo[r] !== hi[r] || group >= 0) {
      const either = `${VERDICT[lo[r]!]!} if no one moves first, ${VERDICT[hi[r]!]!} if all move together`;
      if (group >= 0) {
        const others = groups[group]!.filter((m) => m !== offer);
        const listed =
          others.length === 0
            ? "it depends on itself"
            : `it is in a coordination group with ${others.length > 2 ? `${others.slice(0, 2).map((m) => subjectOf(input, m)).join(", ")} and ${others.length - 2} more offers` : joinList(others.map((m) => subjectOf(input, m)), "and")}`;
        readings = `; ${listed}: ${either}`;
      } else {
        readings = `; it waits on a coordination group: ${either}`;
      }
    }
  }
  return { decidedBy, atoms, explanation: `${subject} is ${verdict}: ${reasons.join("; ")}${readings}.` };
}

/**
 * Which parts decided a verdict of `value`, given the values of the own condition and
 * of the coalition-wide one (undefined where absent). A false verdict names the
 * coalition-wide condition when it is false, since it speaks for every offer to the
 * coalition; a true one names every part; an undetermined one its unknown parts.
 */
function partsDeciding(value: number, own: number | undefined, shared: number | undefined): { useOwn: boolean; useShared: boolean } {
  if (value === F) {
    const useShared = shared === F;
    return { useOwn: !useShared, useShared };
  }
  if (value === T) return { useOwn: own !== undefined, useShared: shared !== undefined };
  return { useOwn: own === U, useShared: shared === U };
}

/**
 * What decided the verdict on the commitment `offer` (in force), without the
 * explanation: cheap, since a true verdict needs every part, a false one names the
 * coalition-wide condition when it is false (its value is kept per program in
 * `sharedValues`, -1 until known), and only an unknown one (a retained offer) needs
 * its own condition's value.
 * @internal
 */
export function decidedByOf(graph: Graph, offer: number, retained: number, sharedValues: Int8Array): DecidedBy {
  if ((graph.overrideType?.[offer] ?? -1) >= 0) return "scenario";
  const hasOwn = graph.selection.conditions[offer] !== undefined;
  const program = graph.offerCoalition?.[offer] ?? -1;
  if (!hasOwn && program < 0) return "unconditional";
  const value = graph.val[offer]!;
  let shared: number | undefined;
  if (program >= 0 && value !== T) {
    if (sharedValues[program] === -1) {
      const tree = graph.coalitionPrograms[program]!;
      sharedValues[program] = runProgram(graph.sharedCode, tree.start, tree.end, graph.tables, graph.tables, graph.stack);
    }
    shared = sharedValues[program]!;
  }
  if (value === T) return hasOwn && program >= 0 ? "both" : hasOwn ? "own" : "coalition";
  if (value === F) return shared === F ? "coalition" : "own";
  // Unknown, so retained; an empty kept program is an own condition that holds (were it
  // false, so would the offer be).
  const start = graph.retainedStart[retained]!;
  const end = graph.retainedEnd[retained]!;
  const own = !hasOwn ? F : end > start ? runProgram(graph.code.data, start, end, graph.tables, graph.tables, graph.stack) : T;
  return own === U && shared === U ? "both" : shared === U ? "coalition" : "own";
}
