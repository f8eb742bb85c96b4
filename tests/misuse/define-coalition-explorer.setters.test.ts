// The <coalition-explorer> element's properties, set to what they do not take: a
// JavaScript page (no types) can set `data` to a JSON document it has not parsed, to null,
// to a number. Each is refused with the library's own error naming the property, before
// anything changes: the explorer shown stays as it was, and no TypeError reaches the console.
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { defineCoalitionExplorer, type CoalitionExplorerElement } from "../../src/explorer-element.js";
import { seedDataset, seedDocument } from "../../src/fixtures.js";
import { isCoalitionError } from "../../src/index.js";
import { dataset } from "./surface.js";
import { HOSTILE, isTrap } from "./walk.js";

const globals = globalThis as Record<string, unknown>;

function explorerElement(): HTMLElement & CoalitionExplorerElement {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
  globals.customElements = window.customElements;
  globals.HTMLElement = window.HTMLElement;
  globals.CustomEvent = window.CustomEvent;
  defineCoalitionExplorer({ name: "misuse-explorer" });
  const element = window.document.createElement("misuse-explorer") as unknown as HTMLElement & CoalitionExplorerElement;
  window.document.body.append(element as never);
  return element;
}

afterEach(() => {
  delete globals.customElements;
  delete globals.HTMLElement;
  delete globals.CustomEvent;
});

/** What setting a property did, as a page would see it. */
function setting(set: () => void): string {
  try {
    set();
    return "taken";
  } catch (error) {
    if (isTrap(error)) return "the value's own error";
    if (!isCoalitionError(error)) return `${(error as Error).name}: ${(error as Error).message}`;
    return error.code === "invalid_argument" ? `invalid_argument ${error.argument}` : error.code;
  }
}

describe("the explorer element, given what it does not take", () => {
  it("refuses anything but a parsed dataset (or undefined) as data, by the name data, keeping the explorer it shows", () => {
    const element = explorerElement();
    element.data = seedDataset();
    const shown = element.shadowRoot!.innerHTML;
    const refused: string[] = [];
    for (const [label, value] of HOSTILE) {
      if (value === undefined || value === dataset || label === "a dataset behind a Proxy") continue;
      const outcome = setting(() => (element.data = value as never));
      if (outcome !== "invalid_argument data" && outcome !== "the value's own error") refused.push(`${label}: ${outcome}`);
    }
    // The raw JSON document (not parsed) is the likeliest mistake.
    expect(setting(() => (element.data = seedDocument as never))).toBe("invalid_argument data");
    expect(refused).toEqual([]);
    expect(element.data?.id).toBe(seedDataset().id);
    expect(element.shadowRoot!.innerHTML).toBe(shown);
  });

  it("refuses what is no scenario, by the name at fault, keeping the scenario it shows", () => {
    const element = explorerElement();
    element.data = seedDataset();
    element.scenario = { facts: { "peace:agreement:UA": true } };
    const before = element.scenario;
    expect(setting(() => (element.scenario = null as never))).toBe("invalid_argument scenario");
    expect(setting(() => (element.scenario = undefined as never))).toBe("invalid_argument scenario");
    expect(setting(() => (element.scenario = 3 as never))).toBe("invalid_argument scenario");
    expect(setting(() => (element.scenario = { facts: "peace" } as never))).toBe("invalid_argument facts");
    expect(setting(() => (element.scenario = { asOf: 20250313 } as never))).toBe("invalid_argument asOf");
    expect(element.scenario).toEqual(before);
  });

  it("still takes undefined as data, which empties it", () => {
    const element = explorerElement();
    element.data = seedDataset();
    element.data = undefined;
    expect(element.shadowRoot!.querySelector("details")).toBeNull();
  });
});
