// The explorer's controls, all native form controls, so that a keyboard, a screen reader
// and a phone work them as they work any form: one group of three radio buttons per fact
// (unknown, true, false), a date field for the day, and two buttons.
import { datasetText, h } from "./dom.js";
import type { ExplorerEngine, ExplorerSpan, ExplorerState } from "./engine.js";

const VALUES = ["unknown", "true", "false"] as const;

/** The controls, and how to read and set them. */
export interface Controls {
  readonly form: HTMLFormElement;
  readonly reset: HTMLButtonElement;
  readonly latest: HTMLButtonElement | undefined;
  /** The state the controls show; `fallback` gives the day while the date field holds no whole day. */
  read(fallback: string | undefined): ExplorerState;
  write(state: ExplorerState): void;
}

/** The form of the facts and the day; `id` makes an id unique to this explorer. */
export function createControls(doc: Document, engine: ExplorerEngine, id: (name: string) => string): Controls {
  const radios = engine.facts.map((fact, index) => VALUES.map((value) => radio(doc, id(`fact-${index}`), value)));
  const groups = engine.facts.map((fact, index) =>
    h(
      doc,
      "fieldset",
      { class: "cx-fact", "data-key": fact.key },
      h(doc, "legend", {}, datasetText(doc, fact.description), " ", h(doc, "code", {}, datasetText(doc, fact.key))),
      h(doc, "div", { class: "cx-choices" }, ...radios[index]!.map((input, at) => h(doc, "label", {}, input, VALUES[at]!))),
    ),
  );
  const day = engine.span === undefined ? undefined : dateField(doc, engine.span, id("as-of"), id("as-of-hint"));
  const latest = engine.span === undefined ? undefined : h(doc, "button", { type: "button", class: "cx-latest" }, "Latest day");
  const reset = h(doc, "button", { type: "button", class: "cx-reset" }, "Set every fact to unknown");
  const facts =
    engine.facts.length === 0
      ? h(doc, "p", { class: "cx-none" }, "No condition of this dataset reads a fact: there is nothing to set.")
      : h(doc, "fieldset", { class: "cx-facts" }, h(doc, "legend", {}, `Facts (${engine.facts.length})`), ...groups);
  const form = h(
    doc,
    "form",
    { class: "cx-controls", "aria-label": "Scenario" },
    day === undefined ? null : h(doc, "div", { class: "cx-day" }, h(doc, "label", { for: day.id }, "As of"), " ", day, " ", latest, spanNote(doc, engine.span!, id("as-of-hint"))),
    facts,
    engine.facts.length === 0 ? null : reset,
  );
  // The form has no submit button, but Enter in the date field would still submit it.
  form.addEventListener("submit", (event) => event.preventDefault());
  return {
    form,
    reset,
    latest,
    read(fallback) {
      const facts: Record<string, boolean> = {};
      engine.facts.forEach((fact, index) => {
        const checked = radios[index]!.findIndex((input) => input.checked);
        if (checked > 0) facts[fact.key] = checked === 1;
      });
      return { facts, asOf: day === undefined ? undefined : wholeDay(day.value, engine.span!) ?? fallback };
    },
    write(state) {
      engine.facts.forEach((fact, index) => {
        const value = state.facts[fact.key];
        radios[index]![value === undefined ? 0 : value ? 1 : 2]!.checked = true;
      });
      if (day !== undefined && state.asOf !== undefined) day.value = state.asOf;
    },
  };
}

function radio(doc: Document, name: string, value: string): HTMLInputElement {
  return h(doc, "input", { type: "radio", name, value });
}

function dateField(doc: Document, span: ExplorerSpan, id: string, hint: string): HTMLInputElement {
  return h(doc, "input", { type: "date", id, min: span.first, max: span.last, required: true, value: span.last, "aria-describedby": hint });
}

function spanNote(doc: Document, span: ExplorerSpan, id: string): HTMLElement {
  return h(doc, "span", { class: "cx-hint", id }, `statements from ${span.first} to ${span.last}`);
}

/** The field's day if it holds a whole one within the span (a half-typed date reads as ""). */
function wholeDay(value: string, span: ExplorerSpan): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= span.first && value <= span.last ? value : undefined;
}
