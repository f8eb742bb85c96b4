// What the explorer page's script does once the page is parsed: read the dataset the page
// embeds, mount the explorer in its section and show the section (hidden without
// JavaScript, so that such a reader sees the static report only), and keep the scenario in
// the URL fragment, both ways: a change writes it, a fragment the reader pastes is read.
import type { Dataset } from "../../model/types.js";
import { createEngine } from "./engine.js";
import { mountExplorer, type ExplorerView } from "./mount.js";
import { fragmentOf, stateOfFragment } from "./state.js";

/** The ids the page and its script share. */
export const PAGE_IDS = { section: "explorer", root: "explorer-root", data: "explorer-data" } as const;

/** What the page embeds as JSON: the dataset, and the scenario the page starts from as a fragment. */
export interface PageData {
  readonly dataset: Dataset;
  readonly start: string;
}

/** The window as the page's script uses it. */
export interface PageWindow {
  readonly location: { readonly hash: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: "hashchange", listener: () => void): void;
}

/** Starts the explorer of a page made by `renderExplorerPage`; undefined on any other page. */
export function startExplorerPage(doc: Document, win: PageWindow): ExplorerView | undefined {
  const section = doc.getElementById(PAGE_IDS.section);
  const root = doc.getElementById(PAGE_IDS.root);
  const data = doc.getElementById(PAGE_IDS.data);
  if (section === null || root === null || data === null) return undefined;
  // An element's textContent is never null (only a document's or a doctype's is).
  const { dataset, start } = JSON.parse(data.textContent!) as PageData;
  const engine = createEngine(dataset);
  const known = new Set(engine.facts.map((fact) => fact.key));
  const order = engine.facts.map((fact) => fact.key);
  const view = mountExplorer(root, engine, {
    initial: stateOfFragment(win.location.hash, known, engine.span) ?? stateOfFragment(start, known, engine.span) ?? { facts: {}, asOf: engine.span?.last },
    idPrefix: "cx-",
    // replaceState: a step is not a page of the history, and setting it fires no hashchange.
    onChange: (state) => win.history.replaceState(null, "", `#${fragmentOf(state, order)}`),
  });
  win.addEventListener("hashchange", () => {
    const state = stateOfFragment(win.location.hash, known, engine.span);
    if (state !== undefined) view.setState(state);
  });
  section.hidden = false;
  return view;
}
