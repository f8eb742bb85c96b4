// An explorer page in happy-dom, its script not run: the test starts it (startExplorerPage,
// what the page's one-line script calls), with a window whose history and hash it watches.
import { Window } from "happy-dom";
import { startExplorerPage, type PageWindow } from "../../src/explorer/internal/page-start.js";

/** The page opened at `hash`, with helpers to set a fact, move the day, and read what a reader sees. */
export function openPage(page: string, hash = "") {
  const window = new Window({ url: `https://example.test/page.html${hash}`, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(page);
  const doc = window.document as unknown as Document;
  const replaced: string[] = [];
  let onHash: (() => void) | undefined;
  const win: PageWindow = {
    location: window.location,
    history: { replaceState: (_data, _unused, url) => replaced.push(url) },
    addEventListener: (_type, listener) => (onHash = listener),
  };
  const view = startExplorerPage(doc, win);
  const changed = (element: Element) => element.dispatchEvent(new window.Event("change", { bubbles: true }) as unknown as Event);
  const radio = (key: string, value: string) => doc.querySelector<HTMLInputElement>(`fieldset[data-key="${key}"] input[value="${value}"]`)!;
  const set = (key: string, value: "true" | "false" | "unknown") => {
    radio(key, value).checked = true;
    changed(radio(key, value));
  };
  const setDay = (day: string) => {
    const field = doc.querySelector<HTMLInputElement>("input[type=date]")!;
    field.value = day;
    changed(field);
  };
  const verdict = (id: string) => doc.querySelector(`details[data-commitment="${id}"]`)?.getAttribute("data-verdict");
  const text = (selector: string) => doc.querySelector(selector)?.textContent ?? "";
  return { window, doc, view, replaced, set, setDay, radio, verdict, text, hashChanged: () => onHash?.() };
}
