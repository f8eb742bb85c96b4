// The explorer page's script, run on the page renderExplorerPage makes, in happy-dom: what
// a reader sees on opening it, on setting facts and the day, on pasting an address, and
// what the page holds (its policy, its data, its script).
import { createHash } from "node:crypto";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { renderExplorerPage } from "../../src/explorer.js";
import { startExplorerPage } from "../../src/explorer/internal/page-start.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset, offer } from "../scenario/helpers.js";
import type { Dataset } from "../../src/index.js";
import { openPage } from "./open-page.js";

describe("the explorer page", () => {
  const page = renderExplorerPage(seedDataset());

  it("allows only its own script and style sheet, by their SHA-256 hashes, and loads nothing", () => {
    const script = /<script>([^]*?)<\/script>/.exec(page)![1]!;
    const style = /<style>([^]*?)<\/style>/.exec(page)![1]!;
    const hash = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
    const policy = /content="(default-src[^"]*)"/.exec(page)![1]!;
    expect(policy).toBe(`default-src 'none'; script-src 'sha256-${hash(script)}'; style-src 'sha256-${hash(style)}'; base-uri 'none'; form-action 'none'`);
    expect(page).not.toMatch(/\bsrc=|\bhref="http/);
  });

  it("shows the section hidden without JavaScript, the static report below it", () => {
    expect(page).toContain('<section id="explorer" class="explorer" aria-labelledby="explorer-heading" hidden>');
    expect(page).toMatch(/<h2[^>]*>Members and leads<\/h2>/);
  });

  it("starts with no fact set on the span's last day, then answers each fact the reader sets", () => {
    const { doc, view, set, verdict, text, replaced } = openPage(page);
    expect(doc.getElementById("explorer")!.hidden).toBe(false);
    expect(view!.state()).toEqual({ facts: {}, asOf: "2025-03-13" });
    expect(verdict("gb-ground-troops")).toBe("undetermined");
    set("peace:agreement:UA", "true");
    expect(verdict("gb-ground-troops")).toBe("active");
    expect(text(".cx-status")).toBe("5 verdicts changed: 5 now active.");
    expect(replaced.at(-1)).toBe("#as-of=2025-03-13&peace:agreement:UA=true");
    set("peace:agreement:UA", "unknown");
    expect(text(".cx-status")).toBe("5 verdicts changed: 5 now undetermined.");
    // The same state again changes nothing, and says so only when a verdict moved.
    set("peace:agreement:UA", "unknown");
    expect(replaced).toHaveLength(2);
  });

  it("says so when the facts contradict each other, and keeps the last figures", () => {
    const { set, text, doc } = openPage(renderExplorerPage(contradictable()));
    set("peace:agreement:UA", "true");
    set("peace:ceasefire:UA", "false");
    expect(doc.querySelector<HTMLElement>(".cx-problem")!.hidden).toBe(false);
    expect(text(".cx-problem")).toContain("These facts cannot all hold");
    set("peace:ceasefire:UA", "unknown");
    expect(doc.querySelector<HTMLElement>(".cx-problem")!.hidden).toBe(true);
  });

  it("restores the scenario of the address, and of an address pasted later; ignores what is not its own", () => {
    const { view, window, hashChanged, verdict } = openPage(page, "#as-of=2025-03-13&peace:agreement:UA=true&nonsense=1&%E0%A4%A=true");
    expect(view!.state()).toEqual({ facts: { "peace:agreement:UA": true }, asOf: "2025-03-13" });
    window.location.hash = "#peace:agreement:UA=false&as-of=1999-01-01";
    hashChanged();
    expect(view!.state()).toEqual({ facts: { "peace:agreement:UA": false }, asOf: "2025-03-13" });
    expect(verdict("gb-ground-troops")).toBe("inactive");
    window.location.hash = "#sources";
    hashChanged();
    expect(view!.state().facts).toEqual({ "peace:agreement:UA": false });
  });

  it("starts from the facts and day renderExplorerPage was given", () => {
    const { view } = openPage(renderExplorerPage(seedDataset(), { facts: { "request:*:CH": true }, asOf: "2025-03" }));
    expect(view!.state()).toEqual({ facts: { "request:*:CH": true }, asOf: "2025-03-13" });
  });

  it("moves the day with the date field and back to the latest with its button; sets every fact unknown with another", () => {
    const { doc, view, set, window } = openPage(page);
    set("peace:agreement:UA", "true");
    const day = doc.querySelector<HTMLInputElement>("input[type=date]")!;
    day.value = day.min;
    day.dispatchEvent(new window.Event("change", { bubbles: true }) as unknown as Event);
    expect(view!.state().asOf).toBe(day.min);
    day.value = "2025-02";
    day.dispatchEvent(new window.Event("change", { bubbles: true }) as unknown as Event);
    expect(view!.state().asOf).toBe(day.min);
    doc.querySelector<HTMLButtonElement>(".cx-latest")!.click();
    expect(view!.state().asOf).toBe("2025-03-13");
    doc.querySelector<HTMLButtonElement>(".cx-reset")!.click();
    expect(view!.state()).toEqual({ facts: {}, asOf: "2025-03-13" });
    doc.querySelector("form")!.dispatchEvent(new window.Event("submit", { cancelable: true }) as unknown as Event);
  });

  it("keeps an opened verdict open, and its focus, across a change", () => {
    const { doc, set } = openPage(page);
    const details = () => doc.querySelector<HTMLDetailsElement>('details[data-commitment="ch-peacekeepers"]')!;
    details().open = true;
    details().querySelector<HTMLElement>("summary")!.focus();
    set("request:*:CH", "true");
    expect(details().open).toBe(true);
    expect(doc.activeElement).toBe(details().querySelector("summary"));
  });

  it("says what would decide an undetermined verdict when the reader opens it, once", () => {
    const { doc, window, set } = openPage(page);
    set("peace:agreement:UA", "true");
    const details = doc.querySelector<HTMLDetailsElement>('details[data-commitment="ch-peacekeepers"]')!;
    const toggle = () => details.dispatchEvent(new window.Event("toggle") as unknown as Event);
    toggle();
    expect(details.querySelector(".cx-decide")).toBeNull();
    details.open = true;
    toggle();
    toggle();
    expect(Array.from(details.querySelectorAll(".cx-decide li"), (item) => item.textContent)).toEqual([
      "Active if a request to Switzerland and the approval of Switzerland's government.",
      "Inactive if not a request to Switzerland.",
      "Inactive if not the approval of Switzerland's government.",
    ]);
    const cycle = openPage(renderExplorerPage(contradictable()));
    const waiting = cycle.doc.querySelector<HTMLDetailsElement>('details[data-commitment="e"]')!;
    waiting.open = true;
    waiting.dispatchEvent(new cycle.window.Event("toggle") as unknown as Event);
    expect(waiting.querySelector(".cx-decide")!.textContent).toContain("No set of up to three unknown facts decides it alone.");
  });

  it("does nothing on a page that is not an explorer page", () => {
    const window = new Window();
    window.document.write("<p>no explorer</p>");
    expect(startExplorerPage(window.document as unknown as Document, { location: { hash: "" }, history: { replaceState() {} }, addEventListener() {} })).toBeUndefined();
  });

  it("says there is nothing to set for a dataset whose conditions read no fact, and shows a day of no offer", () => {
    const { text, doc } = openPage(renderExplorerPage(dataset({ commitments: [offer("a", "GB", "ground-troops", { date: "2025-03-13" })] })));
    expect(text(".cx-none")).toContain("nothing to set");
    expect(doc.querySelector(".cx-reset")).toBeNull();
    const { text: undated } = openPage(renderExplorerPage(dataset({ commitments: [] })));
    expect(undated(".cx-summary")).toContain("On the latest day on record");
  });
});

/** A dataset whose offers read a peace agreement and a ceasefire, with a coalition, a group and several readings. */
function contradictable(): Dataset {
  return dataset({
    coalitions: [{ id: "k", name: "K", leads: ["GB"], participants: [{ actor: "GB", from: "2025-01-01", sources: ["s0"] }], condition: { kind: "request" }, sources: ["s0"] }],
    commitments: [
      offer("a", "GB", "ground-troops", { date: "2025-03-13", condition: { kind: "peace", form: "agreement", country: "UA" }, coalition: "k" }),
      offer("b", "FR", "aircraft", { date: "2025-03-13", condition: { kind: "all", of: [{ kind: "peace", form: "ceasefire", country: "UA" }, { kind: "commitment", actor: "DE", type: "aircraft", minStance: "open" }] } }),
      offer("c", "DE", "aircraft", { date: "2025-03-13", condition: { kind: "commitment", actor: "FR", type: "aircraft", minStance: "open" } }),
      offer("d", "PL", "aircraft", { date: "2025-03-13", condition: { kind: "not", of: { kind: "commitment", actor: "FR", type: "aircraft", minStance: "open" } } }),
      // Two offers that wait on each other, and on no fact: nothing the reader sets decides them.
      offer("e", "IT", "aircraft", { date: "2025-03-13", condition: { kind: "commitment", actor: "ES", type: "aircraft", minStance: "open" } }),
      offer("f", "ES", "aircraft", { date: "2025-03-13", condition: { kind: "commitment", actor: "IT", type: "aircraft", minStance: "open" } }),
    ],
  });
}
