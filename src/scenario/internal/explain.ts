// Explanations: why each verdict is what it is, as data and as a sentence, and a
// sentence per coordination group. Takes the solved graph, its readings and groups;
// gives per offer its decisive atoms (explain-tree.ts does one condition tree) and the
// sentence that says them. Linear in the offers and their conditions: an offer in a
// coordination group names at most two others and counts the rest.
import type { ConditionAtom } from "../../model/types.js";
import type { DecidedBy, DecisiveAtom, Verdict } from "../types.js";
import type { Graph } from "./graph.js";
import { capitalise, createNamer, type Namer } from "../../internal/names.js";
import { F, intArray, runProgram, T, U } from "./program.js";
import { explainScratch, joinList, treeReasons, TRUTH, type ExplainScratch, type TreeReasons } from "./explain-tree.js";
import type { Readings } from "./readings.js";

export { TRUTH } from "./explain-tree.js";

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

/**
 * What the explainer reads, for a solved graph with its readings and its coordination
 * groups (per retained offer its group, and each group's offers).
 * @internal
 */
export function explainInput(
  graph: Graph,
  readings: Readings,
  coordination: { readonly groupOf: readonly number[]; readonly groups: readonly (readonly number[])[] },
): ExplainInput {
  const { dataset, taxonomy } = graph.selection;
  // Per commitment, its retained number (-1 for none): for reading `lo`, `hi` and `groupOf`.
  const retainedOf = intArray(graph.val.length, -1);
  for (let r = 0; r < graph.nRetained; r++) retainedOf[graph.retainedOffer[r]!] = r;
  const { lo, hi } = readings;
  const { groupOf, groups } = coordination;
  return { graph, namer: createNamer(dataset, taxonomy), lo, hi, groupOf, groups, retainedOf, scratch: explainScratch() };
}

/** A verdict's reasons. @internal */
export interface Explanation {
  readonly decidedBy: DecidedBy;
  readonly atoms: readonly DecisiveAtom[];
  readonly explanation: string;
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

/**
 * The sentence for a coordination group. None of its offers is active if no one moves
 * first: what holds when every unknown offer fails holds whatever they do, so the
 * three-valued verdict would have it, and a group's offers are unknown.
 * @internal
 */
export function explainGroup(input: ExplainInput, members: readonly number[]): string {
  const shown = members.slice(0, 3).map((m) => subjectOf(input, m));
  const listed = members.length > 3 ? `${shown.join(", ")} and ${members.length - 3} more offers` : joinList(shown, "and");
  let coordinated = 0;
  for (const m of members) if (input.hi[input.retainedOf[m]!] === T) coordinated++;
  const verb = members.length === 1 ? "depends on itself" : "depend on one another";
  return `${capitalise(listed)} ${verb}: none active if no one moves first, ${count(coordinated, members.length)} if all move together.`;
}

/** The reasons for the verdict on the commitment `offer` (in force). @internal */
export function explainOffer(input: ExplainInput, offer: number): Explanation {
  const { graph, namer } = input;
  const value = graph.val[offer]!;
  const subject = capitalise(subjectOf(input, offer));
  const verdict = VERDICT[value]!;
  if ((graph.overrideType?.[offer] ?? -1) >= 0) return overrideExplanation(input, offer, subject);

  const { own, shared, tree } = conditionReasons(input, offer);
  if (own === undefined && shared === undefined) {
    return { decidedBy: "unconditional", atoms: [], explanation: `${subject} is ${verdict}: it states no condition.` };
  }

  const { useOwn, useShared } = partsDeciding(value, own?.value, shared?.value);
  const reasons: string[] = [];
  const atoms: DecisiveAtom[] = [];
  if (useOwn && own !== undefined) {
    reasons.push(`it needs ${own.text}`, ...own.notes);
    atoms.push(...own.atoms);
  }
  if (useShared && shared !== undefined && tree !== undefined) {
    reasons.push(`the coalition-wide condition of ${namer.coalition(tree.coalition.id)} needs ${shared.text}`, ...shared.notes);
    atoms.push(...shared.atoms);
  }
  const decidedBy: DecidedBy = useOwn && useShared ? "both" : useShared ? "coalition" : "own";
  // Only retained offers can be unknown.
  const readings = value === U ? readingsClause(input, offer) : "";
  return { decidedBy, atoms, explanation: `${subject} is ${verdict}: ${reasons.join("; ")}${readings}.` };
}

/** The reasons of the offer's own condition and of its coalition-wide one (undefined where it has none), and the coalition's program. */
function conditionReasons(input: ExplainInput, offer: number) {
  const { graph } = input;
  const commitment = graph.selection.dataset.commitments[offer]!;
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
  return { own, shared, tree };
}

/** The reasons for a verdict that a `commitment:` key of the scenario decided. */
function overrideExplanation(input: ExplainInput, offer: number, subject: string): Explanation {
  const { graph, namer } = input;
  const commitment = graph.selection.dataset.commitments[offer]!;
  const value = graph.val[offer]!;
  const type = graph.selection.taxonomy.ids[graph.overrideType![offer]!]!;
  const atom: ConditionAtom = { kind: "commitment", actor: commitment.actor, type, minStance: "open" };
  const provides = value === T ? "provides" : "does not provide";
  return {
    decidedBy: "scenario",
    atoms: [{ atom, key: `commitment:${commitment.actor}:${type}`, value: TRUTH[value]!, negated: false, from: "scenario" }],
    explanation: `${subject} is ${VERDICT[value]!}: the scenario says ${namer.actor(commitment.actor)} ${provides} ${namer.type(type)}.`,
  };
}

/** For an undetermined offer whose readings differ or that is in a group: both readings, and its group ("" otherwise). */
function readingsClause(input: ExplainInput, offer: number): string {
  const r = input.retainedOf[offer]!;
  const lo = input.lo[r]!;
  const hi = input.hi[r]!;
  const group = input.groupOf[r]!;
  if (lo === hi && group < 0) return "";
  const either = `${VERDICT[lo]!} if no one moves first, ${VERDICT[hi]!} if all move together`;
  if (group < 0) return `; it waits on a coordination group: ${either}`;
  return `; ${groupClause(input, offer, input.groups[group]!)}: ${either}`;
}

/**
 * "it is in a coordination group with A, B and 5 more offers": the first two other
 * members, found among the group's first three (an offer is in its group once), and
 * how many more. Reads at most three members, so that explaining every member of a
 * group is linear in its size.
 */
function groupClause(input: ExplainInput, offer: number, members: readonly number[]): string {
  const others = members.length - 1;
  if (others === 0) return "it depends on itself";
  const named: string[] = [];
  for (let k = 0; named.length < 2 && named.length < others; k++) {
    const m = members[k]!;
    if (m !== offer) named.push(subjectOf(input, m));
  }
  const listed = others > 2 ? `${named.join(", ")} and ${others - 2} more offers` : joinList(named, "and");
  return `it is in a coordination group with ${listed}`;
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
  if (value === T) return hasOwn && program >= 0 ? "both" : hasOwn ? "own" : "coalition";
  const shared = program >= 0 ? sharedValueOf(graph, program, sharedValues) : undefined;
  if (value === F) return shared === F ? "coalition" : "own";
  // Unknown, so retained; an empty kept program is an own condition that holds (were it
  // false, so would the offer be).
  const start = graph.retainedStart[retained]!;
  const end = graph.retainedEnd[retained]!;
  const own = !hasOwn ? F : end > start ? runProgram(graph.code.data, start, end, graph.tables, graph.tables, graph.stack) : T;
  return own === U && shared === U ? "both" : shared === U ? "coalition" : "own";
}

/** The value of a coalition-wide program, run once and kept in `sharedValues` (-1 until known). */
function sharedValueOf(graph: Graph, program: number, sharedValues: Int8Array): number {
  if (sharedValues[program] === -1) {
    const tree = graph.coalitionPrograms[program]!;
    sharedValues[program] = runProgram(graph.sharedCode, tree.start, tree.end, graph.tables, graph.tables, graph.stack);
  }
  return sharedValues[program]!;
}
