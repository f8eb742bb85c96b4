// The <coalition-explorer> element over a dataset whose offers give no day: its scenario,
// and the scenario of each change it reports, hold facts and no `asOf`.
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { defineCoalitionExplorer, type CoalitionExplorerElement } from "../../src/explorer-element.js";
import type { Dataset } from "../../src/index.js";
import type { Scenario } from "../../src/scenario.js";
import { dataset, offer } from "../scenario/helpers.js";

const globals = globalThis as Record<string, unknown>;

function explorerElement(data: Dataset) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  globals.customElements = window.customElements;
  globals.HTMLElement = window.HTMLElement;
  globals.CustomEvent = window.CustomEvent;
  defineCoalitionExplorer({ name: "no-day-explorer" });
  const element = window.document.createElement("no-day-explorer") as unknown as HTMLElement & CoalitionExplorerElement;
  window.document.body.append(element as never);
  element.data = data;
  return { window, element };
}

afterEach(() => {
  delete globals.customElements;
  delete globals.HTMLElement;
  delete globals.CustomEvent;
});

describe("the explorer element without a day", () => {
  it("gives a scenario with no asOf for a dataset without offers", () => {
    const { element } = explorerElement(dataset({ commitments: [] }));
    expect(element.scenario).toEqual({ facts: {} });
  });

  it("reports the reader's change without asOf when the offers have no day on record", () => {
    const parsed = dataset({ commitments: [offer("a", "GB", "ground-troops", { condition: { kind: "peace", form: "agreement", country: "UA" } })] });
    // Built by hand: dated "unknown", citing a source the dataset does not hold.
    const { window, element } = explorerElement({ ...parsed, commitments: parsed.commitments.map((commitment) => ({ ...commitment, sources: ["nowhere"] })) });
    const seen: Scenario[] = [];
    element.addEventListener("scenariochange", (event) => seen.push((event as CustomEvent<Scenario>).detail));
    const radio = element.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-key="peace:agreement:UA"] input[value="false"]')!;
    radio.checked = true;
    radio.dispatchEvent(new window.Event("change", { bubbles: true }) as unknown as Event);
    expect(seen).toEqual([{ facts: { "peace:agreement:UA": false } }]);
    expect(element.scenario).toEqual({ facts: { "peace:agreement:UA": false } });
  });
});
