// Reading an HTML report in tests: its tags, its text, its bars and its matrix cells.
import type { CoalitionReport } from "../../src/report.js";

export interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

/** Every start tag of the page, with its attributes (values as written, still escaped). */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? "").matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
      attributes.set((attribute[1] ?? "").toLowerCase(), attribute[2] ?? "");
    }
    tags.push({ name: (match[1] ?? "").toLowerCase(), attributes });
  }
  return tags;
}

/** The text a reader sees: tags removed (inline isolation without a space), the style sheet dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<\/?bdi>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

export interface Bar {
  readonly type: string;
  readonly stance: string;
  readonly count: number;
  readonly title: string;
}

/** The chart's bars: `<rect class="bar">` with their data attributes and hover title. */
export function barsOf(html: string): Bar[] {
  return [
    ...html.matchAll(
      /<rect class="bar" [^>]*data-type="([^"]*)" data-stance="([^"]*)" data-count="(\d+)"><title>([^<]*)<\/title><\/rect>/g,
    ),
  ].map((match) => ({ type: match[1] ?? "", stance: match[2] ?? "", count: Number(match[3]), title: match[4] ?? "" }));
}

export interface Cell {
  readonly actor: string;
  readonly type: string;
  /** Space-separated stances, or undefined for an empty cell. */
  readonly stance: string | undefined;
  readonly text: string;
}

/** The stance matrix's cells, row by row. */
export function cellsOf(html: string): Cell[] {
  return [
    ...html.matchAll(/<td class="cell[^"]*" data-actor="([^"]*)" data-type="([^"]*)"(?: data-stance="([^"]*)")?[^>]*>(.*?)<\/td>/g),
  ].map((match) => ({ actor: match[1] ?? "", type: match[2] ?? "", stance: match[3], text: textOf(match[4] ?? "").trim() }));
}

/** The (type, stance) pairs of a report's offers and refusals, with how many statements each. */
export function expectedBars(report: CoalitionReport): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const statement of [...report.contributions.flatMap((group) => group.offers), ...report.refusals]) {
    const key = `${statement.type} ${statement.stance}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}

/**
 * What a self-contained page must not have: a tag that loads or runs something, an
 * event-handler attribute, a `src`, an `href` that is not an `<a>` link to a fragment or
 * a web address, or CSS that fetches. Returns the offences found (none is the answer wanted).
 */
export function externalResourcesOf(html: string): string[] {
  const offences: string[] = [];
  for (const tag of tagsOf(html)) {
    if (["script", "link", "img", "iframe", "object", "embed", "base", "audio", "video", "source", "frame"].includes(tag.name)) {
      offences.push(`<${tag.name}>`);
    }
    for (const [name, value] of tag.attributes) {
      if (name.startsWith("on")) offences.push(`${tag.name} ${name}`);
      if (name === "src" || name === "srcset" || name === "xlink:href") offences.push(`${tag.name} ${name}=${value}`);
      if (name === "href" && (tag.name !== "a" || !/^(#|https?:\/\/)/.test(value))) offences.push(`${tag.name} href=${value}`);
      if (name === "http-equiv" && value.toLowerCase() === "refresh") offences.push("meta refresh");
    }
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "").join("\n");
  if (/url\(|@import/i.test(styles)) offences.push("CSS that fetches");
  if (/ style="[^"]*url\(/i.test(html)) offences.push("inline style that fetches");
  return offences;
}

// Elements with no end tag, and elements whose text is a whole element of its own: the
// page's <title>, and the chart's labels, tooltips and description (SVG has no <bdi>).
const VOID = new Set(["meta", "br", "hr", "img", "input", "link", "wbr"]);
const OWN_ELEMENT = new Set(["title", "desc", "text", "style"]);

/**
 * The pieces of text of the page holding `marker` that are not isolated: neither inside a
 * `<bdi>` nor the whole text of an element of their own. Returns them (none is the answer wanted).
 */
export function unisolatedTextOf(html: string, marker: string): string[] {
  const open: string[] = [];
  const found: string[] = [];
  for (const match of html.matchAll(/<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)[^>]*>|[^<]+/gi)) {
    const [token, closing, name] = match;
    if (name === undefined) {
      if (token.includes(marker) && !open.includes("bdi") && !OWN_ELEMENT.has(open[open.length - 1] ?? "")) found.push(token);
    } else if (closing === "/") {
      open.length = Math.max(0, open.lastIndexOf(name.toLowerCase()));
    } else if (!VOID.has(name.toLowerCase())) {
      open.push(name.toLowerCase());
    }
  }
  return found;
}
