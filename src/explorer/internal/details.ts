// One offer's verdict, and why: a native <details> whose summary names the offer and its
// verdict, and whose body gives the engine's explanation, the facts that decided it, its
// condition, the readings of coordination where they differ, and "what would decide it".
import type { CommitmentVerdict, DecisiveAtom } from "../../scenario/types.js";
import { datasetText, h, type Child } from "./dom.js";
import type { ExplorerEngine, ExplorerResult, ExplorerState } from "./engine.js";
import { verdictBadge } from "./badge.js";
import { offerWords } from "./words.js";

/** The details element of one verdict, with `data-commitment` and `data-verdict`. */
export function verdictDetails(
  doc: Document,
  engine: ExplorerEngine,
  result: ExplorerResult,
  verdict: CommitmentVerdict,
  state: ExplorerState,
): HTMLDetailsElement {
  const words = offerWords(engine, verdict);
  const offer = engine.offer(verdict.commitment);
  const group = verdict.group < 0 ? undefined : result.evaluation.groups[verdict.group];
  const facts: Child[] = [
    term(doc, "Stance", offer.stance),
    term(doc, "Condition", offer.condition ?? "none stated"),
    term(doc, "Offered to", offer.coalition ?? undefined),
    term(doc, "Stated by", offer.statedBy ?? undefined),
  ];
  const details = h(
    doc,
    "details",
    { class: "cx-offer", "data-commitment": verdict.commitment, "data-verdict": verdict.verdict },
    h(doc, "summary", {}, verdictBadge(doc, verdict.verdict), " ", datasetText(doc, words.actor), ": ", datasetText(doc, words.what)),
    h(
      doc,
      "div",
      { class: "cx-why" },
      h(doc, "p", { class: "cx-explanation" }, datasetText(doc, verdict.explanation)),
      verdict.atoms.length === 0 ? null : h(doc, "p", {}, "Decided by:"),
      verdict.atoms.length === 0 ? null : h(doc, "ul", { class: "cx-atoms" }, ...verdict.atoms.map((atom) => atomItem(doc, atom))),
      readings(doc, verdict),
      group === undefined ? null : h(doc, "p", { class: "cx-group" }, datasetText(doc, group.explanation)),
      h(doc, "dl", {}, ...facts),
    ),
  );
  if (verdict.verdict === "undetermined") whenOpened(details, () => decideBlock(doc, engine, verdict.commitment, state));
  return details;
}

/** Adds what `block` makes to the details' body the first time it is opened: it costs a search, done only for a reader who asks. */
function whenOpened(details: HTMLDetailsElement, block: () => HTMLElement): void {
  const fill = () => {
    if (!details.open || details.querySelector(".cx-decide") !== null) return;
    details.querySelector(".cx-why")!.append(block());
  };
  details.addEventListener("toggle", fill);
}

function term(doc: Document, name: string, value: string | undefined): Child {
  if (value === undefined) return null;
  const fragment = doc.createDocumentFragment();
  fragment.append(h(doc, "dt", {}, name), h(doc, "dd", {}, datasetText(doc, value)));
  return fragment;
}

function atomItem(doc: Document, atom: DecisiveAtom): HTMLElement {
  const whose = atom.from === "coalition" ? " (the coalition's condition)" : atom.from === "scenario" ? " (set for the actor)" : "";
  return h(
    doc,
    "li",
    { "data-key": atom.key, "data-value": atom.value },
    h(doc, "code", {}, datasetText(doc, atom.key)),
    ` is ${atom.value}`,
    atom.negated ? ", and the offer needs it not to hold" : "",
    whose,
  );
}

/** Both readings of coordination, where they say more than the verdict. */
function readings(doc: Document, verdict: CommitmentVerdict): Child {
  if (verdict.cautious === verdict.verdict && verdict.coordinated === verdict.verdict) return null;
  return h(
    doc,
    "p",
    { class: "cx-readings" },
    "If no one moves first: ",
    verdictBadge(doc, verdict.cautious),
    "; if all move together: ",
    verdictBadge(doc, verdict.coordinated),
    ".",
  );
}

/** What would decide it: the smallest sets of unknown facts that would make the verdict active, or inactive. */
function decideBlock(doc: Document, engine: ExplorerEngine, commitment: string, state: ExplorerState): HTMLElement {
  const sets = engine.decide(commitment, state);
  return h(
    doc,
    "div",
    { class: "cx-decide" },
    h(doc, "p", {}, "What would decide it:"),
    sets.length === 0
      ? h(doc, "p", {}, "No set of up to three unknown facts decides it alone.")
      : h(doc, "ul", {}, ...sets.map((set) => h(doc, "li", { "data-verdict": set.verdict }, datasetText(doc, set.sentence)))),
  );
}
