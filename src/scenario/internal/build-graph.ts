// The first pass: compiles and evaluates every offer's condition in one pass over the
// dataset, in dataset order, and keeps only what later steps need. Takes the selection
// and the checked scenario; gives the Graph (graph.ts), solved to the three-valued
// fixed point. Most offers are decided when first met, and their program is dropped at
// once; those left undetermined keep their program, with who reads what among them,
// and are evaluated again by the worklist (propagate.ts) until nothing changes.
import type { Coalition } from "../../model/types.js";
import { collectFactsOf, compileTree, createCompiler, evaluateTree, type Compiler } from "./compile.js";
import type { CoalitionProgram, Graph } from "./graph.js";
import { factSlots } from "./link-facts.js";
import { decideEarly, targetSlots, type TargetSlots } from "./link-targets.js";
import { thresholdSlots, type ThresholdSlots } from "./link-thresholds.js";
import { numberTable } from "./number-table.js";
import type { CheckedScenario } from "./prepare.js";
import { F, OP_TARGET, OP_TARGET_NEG, OP_THRESH, OP_THRESH_NEG, T, U, intArray, intBuffer, push, rowsOf, runProgram, type IntBuffer } from "./program.js";
import { drain } from "./propagate.js";
import { IN_FORCE, type Selection } from "./select-offers.js";
import { newTables, type MutableTables } from "./tables.js";

/** What the pass keeps as it goes. */
interface Pass {
  readonly selection: Selection;
  readonly checked: CheckedScenario;
  readonly tables: MutableTables;
  readonly targets: TargetSlots;
  readonly thresholds: ThresholdSlots;
  readonly compiler: Compiler;
  /** The kept programs of offers, and of coalition-wide conditions per (coalition, holder). */
  readonly code: IntBuffer;
  readonly sharedCode: IntBuffer;
  readonly coalitions: ReadonlyMap<string, Coalition>;
  readonly coalitionPrograms: CoalitionProgram[];
  readonly coalitionIndex: Map<string, Map<string, number>>;
  offerCoalition: number[] | undefined;
  overrideType: number[] | undefined;
  readonly retainedOffer: IntBuffer;
  readonly retainedStart: IntBuffer;
  readonly retainedEnd: IntBuffer;
  /** (target, retained offer) and (counter, retained offer) pairs: who reads what. */
  readonly targetReaders: { readonly rows: IntBuffer; readonly items: IntBuffer };
  readonly counterReaders: { readonly rows: IntBuffer; readonly items: IntBuffer };
}

/**
 * Compiles and evaluates, in dataset order, every offer in force under the scenario's
 * facts (with its `commitment:` keys, if any), then propagates to the
 * three-valued fixed point. An offer decided when first evaluated keeps no program;
 * one left undetermined keeps its program and is evaluated again whenever a target
 * or threshold it reads is decided.
 * @internal
 */
export function buildGraph(selection: Selection, checked: CheckedScenario): Graph {
  const pass = startPass(selection, checked);
  const { status, actorIds, actorOf, conditions, coalitionOf } = selection;
  const { code, sharedCode, coalitionPrograms, compiler, tables } = pass;
  const n = status.length;
  for (let i = 0; i < n; i++) {
    if (status[i] !== IN_FORCE) continue;
    const actor = actorIds[actorOf[i]!]!;
    if (checked.hasOverrides && decidedByOverride(pass, i, actor)) continue;
    let program = -1;
    const coalition = coalitionOf.length > 0 ? coalitionOf[i] : undefined;
    if (coalition !== undefined) {
      program = coalitionProgram(pass, coalition, actor);
      if (program >= 0) (pass.offerCoalition ??= intArray(n, -1))[i] = program;
    }
    const condition = conditions[i];
    const start = code.length;
    const value = condition === undefined ? T : evaluateTree(compiler, condition, actor, actorOf[i]!, code);
    let both = value;
    if (program >= 0 && value !== F) {
      const shared = coalitionPrograms[program]!;
      const other = runProgram(sharedCode.data, shared.start, shared.end, tables, tables, compiler.stack);
      if (other < both) both = other;
    }
    if (both !== U) {
      // Decided at once: its program is not kept.
      code.length = start;
      decideEarly(pass.targets, i, both);
      continue;
    }
    retain(pass, i, start, program);
  }
  const graph = graphOf(pass);
  drain(graph, graph.work);
  return graph;
}

/** An empty pass: no slot, no program, every offer unknown. */
function startPass(selection: Selection, checked: CheckedScenario): Pass {
  const tables = newTables();
  const actorTable = numberTable(selection.actorIds);
  const targets = targetSlots(selection, checked.overrides, actorTable, tables);
  const thresholds = thresholdSlots(targets);
  const compiler = createCompiler(factSlots(checked, selection.actorIndex, actorTable, tables), targets, thresholds, tables);
  return {
    selection,
    checked,
    tables,
    targets,
    thresholds,
    compiler,
    code: intBuffer(),
    sharedCode: intBuffer(),
    coalitions: new Map(selection.dataset.coalitions.map((coalition) => [coalition.id, coalition])),
    coalitionPrograms: [],
    coalitionIndex: new Map(),
    offerCoalition: undefined,
    overrideType: undefined,
    retainedOffer: intBuffer(),
    retainedStart: intBuffer(),
    retainedEnd: intBuffer(),
    targetReaders: { rows: intBuffer(), items: intBuffer() },
    counterReaders: { rows: intBuffer(), items: intBuffer() },
  };
}

/**
 * Decides offer `i` of `actor` if a `commitment:` key speaks for it: the exact type
 * first; then a "false" for any broader type covers it. Returns whether one did.
 */
function decidedByOverride(pass: Pass, i: number, actor: string): boolean {
  const { overrides } = pass.checked;
  const { taxonomy, typeOf } = pass.selection;
  const t = typeOf[i]!;
  let decided = -1;
  if (overrides.get(`commitment:${actor}:${taxonomy.ids[t]!}`) !== undefined) decided = t;
  else for (const a of taxonomy.ancestors[t]!) if (overrides.get(`commitment:${actor}:${taxonomy.ids[a]!}`) === false) decided = a;
  if (decided < 0) return false;
  (pass.overrideType ??= intArray(typeOf.length, -1))[i] = decided;
  decideEarly(pass.targets, i, overrides.get(`commitment:${actor}:${taxonomy.ids[decided]!}`) ? T : F);
  return true;
}

/** The coalition-wide condition of `coalitionId` compiled for `holder` (once per pair), or -1 when it has none. */
function coalitionProgram(pass: Pass, coalitionId: string, holder: string): number {
  const coalition = pass.coalitions.get(coalitionId);
  if (coalition?.condition === undefined) return -1;
  let byHolder = pass.coalitionIndex.get(coalitionId);
  if (byHolder === undefined) pass.coalitionIndex.set(coalitionId, (byHolder = new Map()));
  const found = byHolder.get(holder);
  if (found !== undefined) return found;
  const start = pass.sharedCode.length;
  compileTree(pass.compiler, coalition.condition, holder, pass.selection.actorIndex.get(holder)!, pass.sharedCode);
  const index = pass.coalitionPrograms.length;
  pass.coalitionPrograms.push({ coalition, condition: coalition.condition, holder, start, end: pass.sharedCode.length });
  byHolder.set(holder, index);
  return index;
}

/** Keeps offer `i`, undetermined, with its program `code[start …]` and its coalition's `program` (or -1), and notes what they read. */
function retain(pass: Pass, i: number, start: number, program: number): void {
  const { code, retainedOffer } = pass;
  const r = retainedOffer.length;
  push(retainedOffer, i);
  push(pass.retainedStart, start);
  push(pass.retainedEnd, code.length);
  readsOf(pass, code.data, start, code.length, r);
  if (program >= 0) readsOf(pass, pass.sharedCode.data, pass.coalitionPrograms[program]!.start, pass.coalitionPrograms[program]!.end, r);
}

/** Adds retained offer r as a reader of what `program[start … end]` reads. */
function readsOf(pass: Pass, program: readonly number[], start: number, end: number, r: number): void {
  const { targetReaders, counterReaders, tables } = pass;
  for (let p = start; p < end; p++) {
    const op = program[p]! & 15;
    if (op === OP_TARGET || op === OP_TARGET_NEG) {
      push(targetReaders.rows, program[p]! >>> 4);
      push(targetReaders.items, r);
    } else if (op === OP_THRESH || op === OP_THRESH_NEG) {
      push(counterReaders.rows, tables.threshCounter[program[p]! >>> 4]!);
      push(counterReaders.items, r);
    }
  }
}

/** The graph the pass leaves, with every retained offer in the worklist, to be evaluated again now that the targets it reads have their counts. */
function graphOf(pass: Pass): Graph {
  const { selection, targets, compiler, code } = pass;
  const { conditions, status, actorIds, actorOf } = selection;
  const commitments = selection.dataset.commitments;
  const nRetained = pass.retainedOffer.length;
  const nTargets = targets.count;
  const nCounters = pass.thresholds.count;
  const queue = new Int32Array(nRetained + 1);
  const queued = new Uint8Array(nRetained);
  for (let r = 0; r < nRetained; r++) {
    queued[r] = 1;
    queue[r] = r;
  }
  const overrideType = pass.overrideType;
  return {
    selection,
    val: targets.val,
    facts: compiler.facts.nodes,
    tables: pass.tables,
    code,
    sharedCode: pass.sharedCode.data,
    coalitionPrograms: pass.coalitionPrograms,
    offerCoalition: pass.offerCoalition,
    overrideType,
    compileOwn: (offer) => {
      const start = code.length;
      compileTree(compiler, commitments[offer]!.condition!, commitments[offer]!.actor, actorOf[offer]!, code);
      return start;
    },
    collectFacts: () => {
      for (let i = 0; i < status.length; i++) {
        const condition = conditions[i];
        if (status[i] !== IN_FORCE || (overrideType?.[i] ?? -1) >= 0 || condition === undefined) continue;
        collectFactsOf(compiler, condition, actorIds[actorOf[i]!]!, actorOf[i]!);
      }
    },
    nRetained,
    retainedOffer: pass.retainedOffer.data,
    retainedStart: pass.retainedStart.data,
    retainedEnd: pass.retainedEnd.data,
    nTargets,
    targetTrue: targets.targetTrue,
    targetOpen: targets.targetOpen,
    feedHead: targets.feedHead,
    feedNext: targets.feedNext.data,
    feedTarget: targets.feedTarget.data,
    targetReaders: rowsOf(nTargets, pass.targetReaders.rows, pass.targetReaders.items),
    targetCounterHead: targets.counterHead,
    targetCounterNext: targets.counterNext.data,
    targetCounterItem: targets.counterItem.data,
    nCounters,
    counterReaders: rowsOf(nCounters, pass.counterReaders.rows, pass.counterReaders.items),
    work: { queue, queued, head: 0, tail: nRetained },
    stack: compiler.stack,
  };
}
