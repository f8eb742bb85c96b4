import { checkArguments } from "../internal/guards.js";
import type { Dataset } from "../model/types.js";
import type { Scenario } from "../scenario/types.js";
import { explorerElementClass } from "./internal/element.js";

/**
 * Options of {@link defineCoalitionExplorer}.
 *
 * @category Explorer
 */
export interface DefineCoalitionExplorerOptions {
  /** The element's tag name (default `"coalition-explorer"`); a custom element's name holds a hyphen. */
  readonly name?: string;
}

/**
 * What the `<coalition-explorer>` element adds to an HTML element: the dataset it explores,
 * and the scenario it shows. After each change the reader makes, it fires a
 * `scenariochange` event (a `CustomEvent` whose `detail` is the new {@link Scenario}).
 *
 * @category Explorer
 */
export interface CoalitionExplorerElement {
  /**
   * The parsed dataset to explore (from `parseDataset`); setting it starts the explorer over.
   * Setting anything else but `undefined` throws a `CoalitionError` with code
   * `invalid_argument` (argument `data`) and leaves the explorer as it was.
   */
  data: Dataset | undefined;
  /**
   * The scenario shown: the facts set and the day. Setting it shows another; facts that no
   * condition of the dataset reads, a fact that is not true or false, and a day off its span,
   * are left out. Setting what is no scenario (no object, `facts` no object, `asOf` no string)
   * throws a `CoalitionError` with code `invalid_argument` and changes nothing.
   */
  scenario: Scenario;
}

/**
 * Defines the `<coalition-explorer>` custom element: the scenario explorer of
 * `renderExplorerPage` (every fact a condition reads as a three-way choice, the day,
 * verdicts, totals and what the facts change, each verdict with its explanation), framework
 * free, in its own shadow root with its own style sheet, over the dataset given to its
 * `data` property. Give it a parsed dataset:
 *
 * ```ts
 * defineCoalitionExplorer();
 * const explorer = document.createElement("coalition-explorer") as HTMLElement & CoalitionExplorerElement;
 * explorer.data = parseDataset(json);
 * document.body.append(explorer);
 * ```
 *
 * Importing the entry defines nothing (the package has no side effects): this call does.
 * Where there is no custom-element registry (a server rendering the page, Node), it does
 * nothing and returns false, so the same code runs on both.
 *
 * @param options - The tag name.
 * @returns Whether it defined the element now: false when the name is taken already, or
 *   where there is no custom-element registry.
 * @throws {CoalitionError} `invalid_argument` when `options` is no object or `name` no string.
 * @throws {DOMException} `SyntaxError` when `name` is no valid custom-element name.
 * @example
 * ```ts
 * import { defineCoalitionExplorer } from "coalition/explorer-element";
 * // Under Node, which has no custom elements, it defines nothing:
 * defineCoalitionExplorer();
 * //=> false
 * ```
 *
 * @category Explorer
 */
export function defineCoalitionExplorer(options: DefineCoalitionExplorerOptions = {}): boolean {
  checkArguments({ options: [options, { fields: { name: "string" } }] });
  const { customElements: registry, HTMLElement: Base } = globalThis as Partial<Pick<typeof globalThis, "customElements" | "HTMLElement">>;
  if (registry === undefined || Base === undefined) return false;
  const name = options.name ?? "coalition-explorer";
  if (registry.get(name) !== undefined) return false;
  registry.define(name, explorerElementClass(Base));
  return true;
}
