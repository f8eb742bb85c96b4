// The explorer's only way to make elements: attributes set one by one, and text always
// as text nodes, never parsed as HTML. Dataset text goes through `datasetText`, which shows
// its control characters as codes and isolates its direction in a `<bdi>`, as the HTML
// report does.
import { sanitizeText } from "../../internal/sanitize-text.js";

/** A child: an element or text node, a string (made a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attribute values: a string, or `true` for a boolean attribute (one left out is simply not given). */
export type Attributes = Readonly<Record<string, string | true>>;

/** An element with its attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Attributes = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

/** Appends children (strings as text nodes), skipping the empty ones. */
export function append(parent: Element, children: readonly Child[]): void {
  const doc = parent.ownerDocument;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? doc.createTextNode(child) : child);
  }
}

/** Text from the dataset: its controls shown as codes, its direction isolated. */
export function datasetText(doc: Document, text: string): HTMLElement {
  const bdi = doc.createElement("bdi");
  bdi.textContent = sanitizeText(text);
  return bdi;
}

/** Removes every child of `parent`. */
export function clear(parent: Node): void {
  while (parent.firstChild !== null) parent.removeChild(parent.firstChild);
}
