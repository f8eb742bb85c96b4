// The <coalition-explorer> custom element in happy-dom: defined by an explicit call, given a
// dataset as its `data` property, it shows the explorer in its shadow root, reports each
// change the reader makes as a `scenariochange` event, and shows a scenario it is given.
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { defineCoalitionExplorer, type CoalitionExplorerElement } from "../../src/explorer-element.js";
import { seedDataset } from "../../src/fixtures.js";
import type { Scenario } from "../../src/scenario.js";

const globals = globalThis as Record<string, unknown>;

/** A happy-dom window whose custom-element registry and HTMLElement are the global ones, as in a browser. */
function browserLike(adopt = true) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  globals.customElements = window.customElements;
  globals.HTMLElement = window.HTMLElement;
  globals.CustomEvent = window.CustomEvent;
  if (!adopt) (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = undefined;
  return window;
}

afterEach(() => {
  delete globals.customElements;
  delete globals.HTMLElement;
  delete globals.CustomEvent;
});

describe("defineCoalitionExplorer", () => {
  it("defines nothing where there is no custom-element registry, nor a name taken", () => {
    expect(defineCoalitionExplorer()).toBe(false);
    browserLike();
    expect(defineCoalitionExplorer({ name: "x-explorer" })).toBe(true);
    expect(defineCoalitionExplorer({ name: "x-explorer" })).toBe(false);
  });

  it("shows the explorer of its dataset, reports the reader's changes, and shows a scenario it is given", () => {
    const window = browserLike();
    defineCoalitionExplorer();
    const element = window.document.createElement("coalition-explorer") as unknown as HTMLElement & CoalitionExplorerElement;
    window.document.body.append(element as never);
    expect(element.data).toBeUndefined();
    element.scenario = { facts: { "peace:agreement:UA": true } };
    expect(element.scenario).toEqual({ facts: { "peace:agreement:UA": true } });
    element.data = seedDataset();
    expect(element.data).toBeDefined();
    const root = element.shadowRoot!;
    expect(element.scenario).toEqual({ facts: { "peace:agreement:UA": true }, asOf: "2025-03-13" });
    expect(root.querySelector('details[data-commitment="gb-ground-troops"]')!.getAttribute("data-verdict")).toBe("active");
    const seen: Scenario[] = [];
    element.addEventListener("scenariochange", (event) => seen.push((event as CustomEvent<Scenario>).detail));
    const radio = root.querySelector<HTMLInputElement>('fieldset[data-key="request:*:CH"] input[value="true"]')!;
    radio.checked = true;
    radio.dispatchEvent(new window.Event("change", { bubbles: true }) as unknown as Event);
    expect(seen).toEqual([{ facts: { "peace:agreement:UA": true, "request:*:CH": true }, asOf: "2025-03-13" }]);
    element.scenario = { facts: { "peace:agreement:UA": false, "not:read": true }, asOf: "2025-03" };
    expect(element.scenario).toEqual({ facts: { "peace:agreement:UA": false }, asOf: "2025-03-13" });
    element.scenario = {};
    expect(element.scenario).toEqual({ facts: {}, asOf: "2025-03-13" });
    element.data = undefined;
    expect(root.querySelector("details")).toBeNull();
  });

  it("puts its style sheet in a <style> where the browser cannot adopt one", () => {
    const window = browserLike(false);
    defineCoalitionExplorer();
    const element = window.document.createElement("coalition-explorer") as unknown as HTMLElement & CoalitionExplorerElement;
    element.data = seedDataset();
    expect(element.shadowRoot!.querySelector("style")!.textContent).toContain(".cx-verdict");
  });
});
