// Why a verdict is what it is: the atoms that decided it, as data and as a sentence.
// Walks the condition trees iteratively, reading values the propagation computed.
import type { Condition, ConditionAtom } from "../../model/types.js";
import { atomKey } from "../fact-key.js";
import type { DecidedBy, DecisiveAtom, Truth, Verdict } from "../types.js";
import { F, OP_FACT, OP_TARGET, OP_TARGET_NEG, T, U, type Graph } from "./graph.js";
import { capitalise, type Namer } from "./names.js";
import type { Prepared } from "./prepare.js";
import { kleeneView, runProgram, type KleeneState } from "./propagate.js";

/** Truth of a value byte. @internal */
export const TRUTH: readonly Truth[] = ["false", "unknown", "true"];
/** Verdict of a value byte. @internal */
export const VERDICT: readonly Verdict[] = ["inactive", "undetermined", "active"];

/** What the explainer reads: the graph, its values, the readings and the groups. @internal */
export interface ExplainInput {
  readonly prepared: Prepared;
  readonly graph: Graph;
  readonly namer: Namer;
  readonly kleene: KleeneState;
  readonly lo: Uint8Array;
  readonly hi: Uint8Array;
  readonly groupOf: Int32Array;
  readonly groups: readonly (readonly number[])[];
  readonly scratch: ExplainScratch;
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

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? "";
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

function stateOf(phrase: string, value: number): string {
  return value === T ? `${phrase} holds` : value === F ? `${phrase} does not hold` : `${phrase} is unknown`;
}

/** Buffers reused from one explanation to the next, and phrases kept per slot. @internal */
export interface ExplainScratch {
  record: Uint8Array;
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
  readonly targetKeys: (string | undefined)[];
  readonly targetPhrases: (string | undefined)[];
  readonly parts: (Part | undefined)[];
}

/** Scratch buffers for trees of up to `size` nodes. @internal */
export function explainScratch(size: number): ExplainScratch {
  const n = Math.max(16, size);
  return {
    record: new Uint8Array(n),
    parent: new Int32Array(n),
    decisive: new Uint8Array(n),
    negated: new Uint8Array(n),
    chosen: new Int32Array(n),
    firstKid: new Int32Array(n),
    lastKid: new Int32Array(n),
    nextKid: new Int32Array(n),
    conditions: [],
    stackNodes: [],
    stackParent: new Int32Array(n),
    factPhrases: [],
    targetKeys: [],
    targetPhrases: [],
    parts: [],
  };
}

/**
 * The decisive atoms of one condition tree, compiled to `code[start … end]`: for a
 * false `all`, its first false child; for a true one, every child; for an unknown
 * one, its unknown children; `any` the other way round.
 */
function treeReasons(
  input: ExplainInput,
  condition: Condition,
  start: number,
  end: number,
  holder: string,
  from: "own" | "coalition",
): TreeReasons {
  const { namer, graph, kleene, scratch } = input;
  const { record, parent, decisive, negated, chosen, firstKid, lastKid, nextKid, conditions, stackNodes, stackParent } = scratch;
  const size = end - start;
  runProgram(graph, start, end, kleeneView(kleene), kleene.stack, record);
  // Programs run in reverse preorder: preorder node k left its value at size - 1 - k.
  const valueAt = (k: number) => record[size - 1 - k]!;

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
    const instruction = graph.code[end - 1 - k]!;
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
    const instruction = graph.code[end - 1 - k]!;
    const op = instruction & 15;
    const slot = instruction >>> 4;
    const key =
      op === OP_FACT
        ? graph.facts[slot]!.key
        : op === OP_TARGET || op === OP_TARGET_NEG
          ? (scratch.targetKeys[slot] ??= atomKey(node, holder) ?? "")
          : (atomKey(node, holder) ?? "");
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
    text = parts[0]?.text ?? "";
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
  const commitment = input.prepared.offers[offer]!;
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
    if (input.lo[m] === T) cautious++;
    if (input.hi[m] === T) coordinated++;
  }
  const verb = members.length === 1 ? "depends on itself" : "depend on one another";
  return `${capitalise(listed)} ${verb}: ${count(cautious, members.length)} active if no one moves first, ${count(coordinated, members.length)} if all move together.`;
}

/** The reasons for the verdict on offer `offer`. @internal */
export function explainOffer(input: ExplainInput, offer: number): Explanation {
  const { prepared, graph, namer, kleene, lo, hi, groupOf, groups } = input;
  const commitment = prepared.offers[offer]!;
  const value = kleene.offerVal[offer]!;
  const subject = capitalise(subjectOf(input, offer));
  const verdict = VERDICT[value]!;

  const override = graph.overrideType[offer]!;
  if (override >= 0) {
    const type = prepared.taxonomy.ids[override]!;
    const atom: ConditionAtom = { kind: "commitment", actor: commitment.actor, type, minStance: "open" };
    const provides = value === T ? "provides" : "does not provide";
    return {
      decidedBy: "scenario",
      atoms: [{ atom, key: `commitment:${commitment.actor}:${type}`, value: TRUTH[value]!, negated: false, from: "scenario" }],
      explanation: `${subject} is ${verdict}: the scenario says ${namer.actor(commitment.actor)} ${provides} ${namer.type(type)}.`,
    };
  }

  const own =
    commitment.condition === undefined
      ? undefined
      : treeReasons(input, commitment.condition, graph.ownStart[offer]!, graph.ownEnd[offer]!, commitment.actor, "own");
  const treeIndex = graph.offerCoalition[offer]!;
  const tree = treeIndex >= 0 ? graph.coalitionPrograms[treeIndex] : undefined;
  const shared = tree === undefined ? undefined : treeReasons(input, tree.condition, tree.start, tree.end, commitment.actor, "coalition");
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
  const group = groupOf[offer]!;
  if (value === U && (lo[offer] !== hi[offer] || group >= 0)) {
    const either = `${VERDICT[lo[offer]!]!} if no one moves first, ${VERDICT[hi[offer]!]!} if all move together`;
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

/** What decided the verdict on `offer`, without the explanation (cheap). @internal */
export function decidedByOf(prepared: Prepared, graph: Graph, kleene: KleeneState, offer: number): DecidedBy {
  if (graph.overrideType[offer]! >= 0) return "scenario";
  const hasOwn = prepared.offers[offer]!.condition !== undefined;
  const tree = graph.offerCoalition[offer]!;
  if (!hasOwn && tree < 0) return "unconditional";
  const view = kleeneView(kleene);
  const own = hasOwn ? runProgram(graph, graph.ownStart[offer]!, graph.ownEnd[offer]!, view, kleene.stack) : undefined;
  const program = tree >= 0 ? graph.coalitionPrograms[tree] : undefined;
  const shared = program === undefined ? undefined : runProgram(graph, program.start, program.end, view, kleene.stack);
  const { useOwn, useShared } = partsDeciding(kleene.offerVal[offer]!, own, shared);
  return useOwn && useShared ? "both" : useShared ? "coalition" : "own";
}
