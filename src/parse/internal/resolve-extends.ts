// The datasets a document extends, found and parsed: each ref is satisfied by a parsed
// `base` of its id, else by the `resolve` option (a JSON document, parsed here with the
// same options, or a parsed dataset). Chains of any depth; a dataset reached twice on
// one chain is a cycle. Each problem is an issue at the ref (`["extends", i]`), or,
// inside a resolved document, an `invalid_base` carrying the problem as its parse found it.
import type { Dataset, ExtendsRef } from "../../model/types.js";
import type { DatasetIssue, PathSegment } from "../dataset-issue.js";
import { describe, quote } from "./from-zod-issues.js";
import type { IssueReport } from "./issue-sink.js";
import type { LayerBase } from "./layer-stack.js";
import { isParsed } from "./parsed-datasets.js";

/** What every parse of one chain shares. @internal */
export interface ResolveContext {
  /** The parsed datasets of `options.base`: a ref of one's id is satisfied by it. */
  readonly available: readonly LayerBase[];
  readonly resolve: ((ref: ExtendsRef, referrer: string) => unknown) | undefined;
  /** The ids of the datasets being parsed, outermost first: a ref to one of them is a cycle. */
  readonly chain: readonly string[];
  /** The parse of each id resolved so far in this parse, so a dataset reached twice is parsed once. */
  readonly done: Map<string, LayerParse>;
  /** Parses a resolved document with this context (the parser itself, passed in to keep imports one-way). */
  readonly parse: (input: unknown, context: ResolveContext) => LayerParse;
}

/** A resolved dataset parsed, or its problems. @internal */
export type LayerParse = { readonly dataset: Dataset } | { readonly issues: readonly DatasetIssue[] };

/**
 * The parsed datasets `refs` name, in their order, for the document of id `id`; or
 * undefined when one could not be had (each problem reported). A ref to a layer in
 * `held` (one the document or a base holds already) is skipped.
 * @internal
 */
export function resolveExtends(
  refs: readonly ExtendsRef[],
  id: string,
  held: ReadonlySet<string>,
  context: ResolveContext,
  issues: IssueReport,
): LayerBase[] | undefined {
  const bases: LayerBase[] = [];
  let whole = true;
  refs.forEach((ref, i) => {
    if (held.has(ref.id)) return;
    const base = resolveRef(ref, ["extends", i], [...context.chain, id], context, issues);
    if (base === undefined) whole = false;
    else bases.push(base);
  });
  return whole ? bases : undefined;
}

function resolveRef(
  ref: ExtendsRef,
  path: readonly PathSegment[],
  chain: readonly string[],
  context: ResolveContext,
  issues: IssueReport,
): LayerBase | undefined {
  const layerPath = ["(extends)", ref.id];
  const given = context.available.find((base) => base.dataset.id === ref.id);
  if (given !== undefined) return given;
  if (chain.includes(ref.id)) {
    issues.push(cycle(path, [...chain, ref.id]));
    return undefined;
  }
  let parsed = context.done.get(ref.id);
  if (parsed === undefined) {
    const found = fetchRef(ref, path, chain, context, issues);
    if (found === undefined) return undefined;
    parsed = isParsed(found) ? { dataset: found } : context.parse(found, { ...context, chain });
    context.done.set(ref.id, parsed);
  }
  if ("dataset" in parsed) return checkParsed(parsed.dataset, path, chain, issues) ? { dataset: parsed.dataset, path: layerPath } : undefined;
  for (const issue of parsed.issues) {
    // A cycle further down the chain runs through this ref: it is reported here, with its chain.
    if (issue.code === "extends_cycle") issues.push({ ...issue, path });
    else issues.push({ code: "invalid_base", path: [...layerPath, ...issue.path], dataset: ref.id, issue, message: `in the dataset ${quote(ref.id)} this one extends: ${issue.message}` });
  }
  return undefined;
}

/** The resolver's answer for a ref: a parsed dataset, or an object to parse; undefined when there is none (reported). */
function fetchRef(
  ref: ExtendsRef,
  path: readonly PathSegment[],
  chain: readonly string[],
  context: ResolveContext,
  issues: IssueReport,
): unknown {
  const unresolved = (why: string) => {
    issues.push({ code: "unresolved_extends", path, message: `the dataset ${quote(ref.id)} this one extends ${why}` });
    return undefined;
  };
  if (context.resolve === undefined) return unresolved("is not given: pass it as a base, or a resolve option that finds it");
  let found: unknown;
  let id: unknown;
  try {
    // The resolver gets a copy: what it does to it cannot change the document's refs.
    found = context.resolve(Object.freeze(ref.path === undefined ? { id: ref.id } : { id: ref.id, path: ref.path }), chain[chain.length - 1] as string);
    if (typeof found !== "object" || found === null || Array.isArray(found)) return unresolved(`was not found: the resolver returned ${describe(found)}, not a dataset`);
    id = (found as { id?: unknown }).id;
  } catch (error) {
    return unresolved(`could not be read: ${reason(error)}`);
  }
  // A document without an id is parsed, and its parse says what is wrong with it.
  if (typeof id === "string" && id !== ref.id) {
    issues.push({ code: "extends_mismatch", path, message: `the dataset resolved for ${quote(ref.id)} has the id ${quote(id)}` });
    return undefined;
  }
  if (chain.length > MAX_DEPTH) return unresolved(`is more than ${MAX_DEPTH} layers down: a chain of extends stops there`);
  return found;
}

/** How deep a chain of extends may go: each layer is a parse of its own, on the stack. */
const MAX_DEPTH = 64;

/**
 * Whether a parsed dataset the resolver returned is not on the chain. Its id is the one
 * asked for: fetchRef reported any other (extends_mismatch) before it was parsed or kept.
 */
function checkParsed(dataset: Dataset, path: readonly PathSegment[], chain: readonly string[], issues: IssueReport): boolean {
  const looped = dataset.layers.find((layer) => chain.includes(layer));
  if (looped === undefined) return true;
  issues.push(cycle(path, [...chain, dataset.id, looped]));
  return false;
}

function cycle(path: readonly PathSegment[], chain: readonly string[]): DatasetIssue {
  return { code: "extends_cycle", path, message: `the datasets extend each other in a cycle: ${chain.map((id) => quote(id)).join(" -> ")}` };
}

/** What a resolver's exception says, for the issue's message: its message when it is an Error, cut short. */
function reason(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === "string" && error.message !== "") {
      return error.message.length > 300 ? `${error.message.slice(0, 300)}…` : error.message;
    }
  } catch {
    // A hostile error (a Proxy, a getter that throws) says nothing.
  }
  return "the resolver, or the dataset it returned, threw an exception";
}
