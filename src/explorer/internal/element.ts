// The `<coalition-explorer>` element: the explorer of the page, in a shadow root with its
// own style sheet, over the dataset given to its `data` property. A custom element must be
// a class extending the platform's HTMLElement, so this is the library's one class; it is
// made inside a function, from the HTMLElement it is given, so that importing the module
// does nothing (a server has no HTMLElement at all).
import { checkArguments } from "../../internal/guards.js";
import { dateEnd } from "../../model/partial-date.js";
import type { Dataset } from "../../model/types.js";
import type { Scenario } from "../../scenario/types.js";
import { clear, h } from "./dom.js";
import { createEngine, type ExplorerEngine, type ExplorerState } from "./engine.js";
import { mountExplorer, type ExplorerView } from "./mount.js";
import { knownState } from "./state.js";
import { explorerStyles } from "./styles.js";

/** The name of the event the element fires after each change the reader makes. */
export const CHANGE_EVENT = "scenariochange";

/** The element's class, made from the platform's `HTMLElement`. */
export function explorerElementClass(Base: typeof HTMLElement): CustomElementConstructor {
  return class CoalitionExplorer extends Base {
    #data: Dataset | undefined;
    #asked: Scenario = {};
    #engine: ExplorerEngine | undefined;
    #view: ExplorerView | undefined;

    get data(): Dataset | undefined {
      return this.#data;
    }

    // A wrong value is refused before anything changes: the explorer shown stays as it was.
    set data(dataset: Dataset | undefined) {
      if (dataset !== undefined) checkArguments({ data: [dataset, "dataset"] });
      this.#data = dataset;
      this.#render();
    }

    /** The scenario shown: its facts set and its day. Setting it shows another. */
    get scenario(): Scenario {
      return this.#view === undefined ? this.#asked : scenarioOf(this.#view.state());
    }

    set scenario(scenario: Scenario) {
      checkArguments({ scenario: [scenario, { fields: { facts: "record", asOf: "string" }, required: true }] });
      this.#asked = scenario;
      if (this.#view !== undefined && this.#engine !== undefined) this.#view.setState(stateOf(this.#engine, scenario));
    }

    #render(): void {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      clear(shadow);
      this.#engine = undefined;
      this.#view = undefined;
      adoptStyles(shadow, this.ownerDocument);
      const root = h(this.ownerDocument, "div", { class: "cx" });
      shadow.append(root);
      if (this.#data === undefined) return;
      const engine = createEngine(this.#data);
      this.#engine = engine;
      this.#view = mountExplorer(root, engine, {
        initial: stateOf(engine, this.#asked),
        idPrefix: "cx-",
        onChange: (state) => this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: scenarioOf(state) })),
      });
    }
  };
}

/** A scenario as the explorer can show it: facts no condition reads, and a day off the span, left out. */
function stateOf(engine: ExplorerEngine, scenario: Scenario): ExplorerState {
  const known = new Set(engine.facts.map((fact) => fact.key));
  const asOf = scenario.asOf === undefined ? undefined : dateEnd(scenario.asOf);
  return knownState(new Map(Object.entries(scenario.facts ?? {})), asOf, known, engine.span);
}

function scenarioOf(state: ExplorerState): Scenario {
  return state.asOf === undefined ? { facts: { ...state.facts } } : { facts: { ...state.facts }, asOf: state.asOf };
}

/** The style sheet, adopted where the browser can (a policy on inline styles does not stop that), else a <style>. */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  const view = doc.defaultView;
  if (view !== null && "adoptedStyleSheets" in shadow && typeof view.CSSStyleSheet?.prototype.replaceSync === "function") {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(explorerStyles());
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  shadow.append(h(doc, "style", {}, explorerStyles()));
}
