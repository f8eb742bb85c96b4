// Verdicts on conditions that are no offer's (other-conditions.ts): refusals in force
// and proposals. Takes the solved graph, its readings and, when explaining, the
// explainer's input; gives their verdicts with both readings and their reasons. Each
// program runs three times (verdict, cautious, coordinated) on what the offers left.
import type { CommitmentVerdict, ProposalVerdict } from "../types.js";
import type { ExplainInput } from "./explain.js";
import { VERDICT } from "./explain.js";
import type { Graph, OtherProgram } from "./graph.js";
import type { Readings } from "./readings.js";
import { capitalise } from "../../internal/names.js";
import { runProgram } from "./program.js";
import { treeReasons } from "./explain-tree.js";

/** The verdicts on refusals and proposals with a condition. @internal */
export interface OtherVerdicts {
  readonly proposals: ProposalVerdict[];
  readonly refusals: CommitmentVerdict[];
}

/** Verdict, cautious and coordinated values of a program, as words. */
function valuesOf(graph: Graph, readings: Readings, other: OtherProgram) {
  const { otherCode, tables, stack } = graph;
  const verdict = runProgram(otherCode, other.start, other.end, tables, tables, stack);
  const cautious = runProgram(otherCode, other.start, other.end, readings.loView, tables, stack);
  const coordinated = runProgram(otherCode, other.start, other.end, readings.hiView, tables, stack);
  return { verdict: VERDICT[verdict]!, cautious: VERDICT[cautious]!, coordinated: VERDICT[coordinated]! };
}

/** The reasons for one program's value, as decisive atoms and a sentence about `subject`. */
function reasonsOf(input: ExplainInput | undefined, other: OtherProgram, subject: string, values: ReturnType<typeof valuesOf>) {
  if (input === undefined) return { atoms: [], explanation: "" };
  const tree = treeReasons(input, other.condition, input.graph.otherCode, other.start, other.end, other.holder, "own");
  const readings = values.cautious === values.coordinated ? "" : `; ${values.cautious} if no one moves first, ${values.coordinated} if all move together`;
  const reasons = [`it needs ${tree.text}`, ...tree.notes].join("; ");
  return { atoms: tree.atoms, explanation: `${capitalise(subject)} is ${values.verdict}: ${reasons}${readings}.` };
}

/** "Poland's refusal of ground troops in Ukraine", "Hungary's opposition to ground troops". */
function refusalSubject(input: ExplainInput | undefined, graph: Graph, index: number): string {
  if (input === undefined) return "";
  const { namer } = input;
  const commitment = graph.selection.dataset.commitments[index]!;
  const what = commitment.stance === "refused" ? "refusal of" : "opposition to";
  return `${namer.possessive(commitment.actor)} ${what} ${namer.type(commitment.type)}${namer.location(commitment.location)}`;
}

/**
 * The verdicts on the refusals in force and the proposals with a condition, in dataset
 * order; their reasons when `input` is given.
 * @internal
 */
export function otherVerdicts(graph: Graph, readings: Readings, input: ExplainInput | undefined): OtherVerdicts {
  const { dataset, ids, actorIds, actorOf, typeOf, taxonomy } = graph.selection;
  const proposals: ProposalVerdict[] = [];
  const refusals: CommitmentVerdict[] = [];
  for (const other of graph.others) {
    const values = valuesOf(graph, readings, other);
    if (other.kind === "proposal") {
      const proposal = dataset.proposals[other.index]!;
      const reasons = reasonsOf(input, other, `the proposal “${proposal.title}”`, values);
      proposals.push({ proposal: proposal.id, proposedBy: proposal.proposedBy, ...values, ...reasons });
      continue;
    }
    const i = other.index;
    const reasons = reasonsOf(input, other, refusalSubject(input, graph, i), values);
    refusals.push({ commitment: ids[i]!, actor: actorIds[actorOf[i]!]!, type: taxonomy.ids[typeOf[i]!]!, ...values, group: -1, decidedBy: "own", ...reasons });
  }
  return { proposals, refusals };
}
