// The explorer, put together in a container: the controls, a line that says what the last
// change did (read out by screen readers), a line for facts that cannot hold together, and
// the results, computed again by the engine on every change.
import { isCoalitionError } from "../../errors/coalition-error.js";
import { createControls } from "./controls.js";
import { append, clear, h } from "./dom.js";
import type { ExplorerEngine, ExplorerState } from "./engine.js";
import { renderResults } from "./results.js";
import { fragmentOf } from "./state.js";
import { counted } from "./words.js";

/** How to mount the explorer. */
export interface MountOptions {
  readonly initial: ExplorerState;
  /** Starts every id the explorer gives, so that ids stay unique in the document. */
  readonly idPrefix: string;
  /** Called after each change the reader makes (not after {@link ExplorerView.setState}). */
  readonly onChange?: (state: ExplorerState) => void;
}

/** A mounted explorer. */
export interface ExplorerView {
  state(): ExplorerState;
  /** Shows another state (from a URL fragment, or the element's `scenario` property). */
  setState(state: ExplorerState): void;
}

/** Mounts the explorer of `engine` at the end of `container`. */
export function mountExplorer(container: Element, engine: ExplorerEngine, options: MountOptions): ExplorerView {
  const doc = container.ownerDocument;
  const id = (name: string) => `${options.idPrefix}${name}`;
  const order = engine.facts.map((fact) => fact.key);
  const controls = createControls(doc, engine, id);
  const status = h(doc, "p", { class: "cx-status", role: "status" });
  const problem = h(doc, "p", { class: "cx-problem", role: "alert", hidden: true });
  const results = h(doc, "div", { class: "cx-live" });
  let state = options.initial;
  // The last state the engine could answer: what the results show.
  let shown: ExplorerState | undefined;

  const show = (next: ExplorerState): void => {
    state = next;
    let result;
    try {
      result = engine.evaluate(next);
    } catch (error) {
      if (!isCoalitionError(error)) throw error;
      problem.textContent = `These facts cannot all hold: ${error.message}. The figures below are those of the last scenario that could.`;
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    const open = new Set(Array.from(results.querySelectorAll("details[open]"), (details) => details.getAttribute("data-commitment")));
    const focused = doc.activeElement !== null && results.contains(doc.activeElement) ? doc.activeElement.closest("details")?.getAttribute("data-commitment") : undefined;
    clear(results);
    results.append(renderResults(doc, engine, result, next, id));
    for (const details of Array.from(results.querySelectorAll("details"))) {
      const commitment = details.getAttribute("data-commitment");
      if (open.has(commitment)) details.open = true;
      if (focused !== undefined && commitment === focused) details.querySelector("summary")?.focus();
    }
    if (shown !== undefined) status.textContent = announcement(engine, shown, next);
    shown = next;
  };
  const changed = (next: ExplorerState): void => {
    if (fragmentOf(next, order) === fragmentOf(state, order)) return;
    show(next);
    options.onChange?.(next);
  };

  controls.form.addEventListener("change", () => changed(controls.read(state.asOf)));
  controls.reset.addEventListener("click", () => {
    controls.write({ facts: {}, asOf: state.asOf });
    changed(controls.read(state.asOf));
  });
  controls.latest?.addEventListener("click", () => {
    controls.write({ facts: state.facts, asOf: engine.span?.last });
    changed(controls.read(state.asOf));
  });
  controls.write(state);
  append(container, [controls.form, problem, status, results]);
  show(state);
  return {
    state: () => state,
    setState(next) {
      controls.write(next);
      show(next);
    },
  };
}

/** What a change did, in one sentence: how many verdicts moved, and to what. */
function announcement(engine: ExplorerEngine, before: ExplorerState, after: ExplorerState): string {
  const changed = engine.compare(before, after);
  if (changed.length === 0) return "No verdict changed.";
  const to = new Map<string, number>();
  for (const change of changed) to.set(change.after, (to.get(change.after) ?? 0) + 1);
  const parts = [...to].map(([verdict, count]) => (verdict === "absent" ? `${count} no longer in force` : `${count} now ${verdict}`));
  return `${counted(changed.length, "verdict")} changed: ${parts.join(", ")}.`;
}
