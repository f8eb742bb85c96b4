// What the explorer shows for one scenario: a summary, the totals per contribution type
// against the same day with no fact set, the verdicts those facts change, and every offer
// with its verdict, whose details (opened by click or keyboard: a native <details>) say why.
import type { ScenarioTotal, TotalChange, Verdict } from "../../scenario/types.js";
import { verdictBadge } from "./badge.js";
import { verdictDetails } from "./details.js";
import { datasetText, h } from "./dom.js";
import type { ExplorerEngine, ExplorerResult, ExplorerState, SameDayChange } from "./engine.js";
import { counted, offerWords, quantityText, signed } from "./words.js";

/** The results of one scenario, as one element; `id` makes an id unique to this explorer. */
export function renderResults(
  doc: Document,
  engine: ExplorerEngine,
  result: ExplorerResult,
  state: ExplorerState,
  id: (name: string) => string,
): HTMLElement {
  return h(
    doc,
    "div",
    { class: "cx-results" },
    summary(doc, result, state),
    h(doc, "h3", {}, "Totals by contribution type"),
    totalsTable(doc, engine, result, id("totals-caption")),
    h(doc, "h3", {}, "What the facts change"),
    changesList(doc, engine, result.baseline.changed, state),
    h(doc, "h3", {}, "Every offer and its verdict"),
    h(doc, "p", { class: "cx-hint" }, "Open an offer to see why it has its verdict."),
    h(doc, "ul", { class: "cx-offers" }, ...result.evaluation.verdicts.map((verdict) => h(doc, "li", {}, verdictDetails(doc, engine, result, verdict, state)))),
  );
}

function summary(doc: Document, result: ExplorerResult, state: ExplorerState): HTMLElement {
  const count: Record<Verdict, number> = { active: 0, inactive: 0, undetermined: 0 };
  for (const verdict of result.evaluation.verdicts) count[verdict.verdict]++;
  const set = Object.keys(state.facts).length;
  const when = state.asOf === undefined ? "On the latest day on record" : `As of ${state.asOf}`;
  return h(
    doc,
    "p",
    { class: "cx-summary" },
    `${when}, with ${set === 0 ? "no fact" : counted(set, "fact")} set: ${counted(result.evaluation.verdicts.length, "offer")}, `,
    ...(["active", "inactive", "undetermined"] as const).flatMap((verdict, index) => [
      index === 0 ? "" : index === 1 ? ", " : " and ",
      `${count[verdict]} `,
      verdictBadge(doc, verdict),
    ]),
    ".",
  );
}

function totalsTable(doc: Document, engine: ExplorerEngine, result: ExplorerResult, captionId: string): HTMLElement {
  const { totals } = result.evaluation;
  const changes = new Map(result.baseline.totals.map((change) => [change.type, change]));
  const caption = h(doc, "caption", { id: captionId }, "Offers active and undetermined per contribution type (a type counts its subtypes), and how the facts set move them");
  if (totals.length === 0) return h(doc, "p", { class: "cx-none" }, "No offer is in force on this day.");
  const headings = ["Contribution type", "Active", "Undetermined", "Quantities active", "Against no fact set"];
  return h(
    doc,
    "div",
    { class: "cx-scroll", role: "region", tabindex: "0", "aria-labelledby": captionId },
    h(
      doc,
      "table",
      { class: "cx-totals" },
      caption,
      h(doc, "thead", {}, h(doc, "tr", {}, ...headings.map((heading) => h(doc, "th", { scope: "col" }, heading)))),
      h(doc, "tbody", {}, ...totals.map((total) => totalRow(doc, engine, total, changes.get(total.type)))),
    ),
  );
}

function totalRow(doc: Document, engine: ExplorerEngine, total: ScenarioTotal, change: TotalChange | undefined): HTMLElement {
  const type = engine.type(total.type);
  const { active, undetermined } = total;
  const figures = (actors: number, offers: number) => `${counted(actors, "actor")}, ${counted(offers, "offer")}`;
  const quantities = active.quantities.map(quantityText);
  if (active.unquantified > 0) quantities.push(counted(active.unquantified, "offer") + " without a figure");
  return h(
    doc,
    "tr",
    {
      "data-type": total.type,
      "data-active-actors": String(active.actors),
      "data-active-commitments": String(active.commitments),
      "data-undetermined-actors": String(undetermined.actors),
      "data-undetermined-commitments": String(undetermined.commitments),
    },
    h(doc, "th", { scope: "row", class: `cx-depth-${Math.min(type.depth, 3)}` }, datasetText(doc, type.label)),
    h(doc, "td", {}, figures(active.actors, active.commitments)),
    h(doc, "td", {}, figures(undetermined.actors, undetermined.commitments)),
    h(doc, "td", {}, quantities.length === 0 ? "none" : quantities.join("; ")),
    h(doc, "td", {}, change === undefined ? "no change" : `${signed(change.active.actors)} actors, ${signed(change.active.commitments)} offers active`),
  );
}

function changesList(doc: Document, engine: ExplorerEngine, changed: readonly SameDayChange[], state: ExplorerState): HTMLElement {
  if (changed.length === 0) return h(doc, "p", { class: "cx-none" }, "No verdict differs from the same day with no fact set.");
  return h(
    doc,
    "ul",
    { class: "cx-changes" },
    ...changed.map((change) => {
      const words = offerWords(engine, change);
      return h(
        doc,
        "li",
        { "data-commitment": change.commitment },
        datasetText(doc, words.actor),
        ": ",
        datasetText(doc, words.what),
        ": ",
        verdictBadge(doc, change.before),
        " becomes ",
        verdictBadge(doc, change.after),
      );
    }),
  );
}
