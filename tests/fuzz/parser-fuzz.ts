// A reusable fuzzer of the parser. Each input is built from a seed and its index alone
// (so one failure can be replayed by itself), from valid documents the shared
// arbitraries make, broken in every way a caller could break them: wrong types,
// missing fields, dangling references, huge strings and numbers, deep nesting,
// `__proto__` keys, and values JSON cannot hold (functions, symbols, BigInt, Proxies
// that throw, getters that throw, cycles, sparse arrays).
//
// After every input it checks that `safeParseDataset` returned a well-formed result
// without throwing, left its input exactly as it was, and left Object.prototype,
// Array.prototype and Function.prototype exactly as they were.
import fc from "fast-check";
import { isCoalitionError, type DatasetIssue } from "../../src/index.js";
import { safeParseDataset, type ParseDatasetOptions, type SafeParseDatasetResult } from "../../src/schema.js";
import { MUTATOR_NAMES, mutationOf, validDatasetDocument, type DatasetInput } from "../arbitraries/dataset.js";
import { withKeysShuffled } from "../arbitraries/json.js";
import { seededRandom, type Random } from "../arbitraries/random.js";
import { HostileTrap } from "../misuse/walk.js";

/** Options of {@link runFuzz}. */
export interface FuzzOptions {
  /** The seed: the same seed and count give the same inputs. */
  readonly seed: number;
  /** How many inputs to parse. */
  readonly count: number;
  /** The most records per collection in the valid documents the inputs start from; 4 by default. */
  readonly maxRecords?: number;
  /** One input in this many is a heavy one (a 10 MB string, nesting 100,000 deep); 1,000 by default. */
  readonly heavyEvery?: number;
  /** The index of the first input; 0 by default. Use it with `count: 1` to replay one failure. */
  readonly start?: number;
  /** Called every `progressEvery` inputs with the number done so far. */
  readonly onProgress?: (done: number, failures: number) => void;
  /** How often `onProgress` is called; 10,000 by default. */
  readonly progressEvery?: number;
  /** Failures beyond this many are counted but not kept; 50 by default. */
  readonly keepFailures?: number;
}

/** One broken invariant. */
export interface FuzzFailure {
  /** The input's index: `runFuzz({ seed, start: index, count: 1 })` replays it. */
  readonly index: number;
  readonly strategy: string;
  readonly invariant: string;
  readonly detail: string;
}

/** What a run did. */
export interface FuzzReport {
  readonly seed: number;
  readonly count: number;
  /** Inputs accepted and rejected. */
  readonly accepted: number;
  readonly rejected: number;
  /** Every failure counted; `failures` keeps the first ones. */
  readonly failureCount: number;
  readonly failures: readonly FuzzFailure[];
  /** Inputs by the strategy that built them. */
  readonly strategies: Readonly<Record<string, number>>;
  readonly milliseconds: number;
}

/** An input and what the parser owes for it beyond the invariants every input has. */
export interface FuzzCase {
  readonly input: unknown;
  readonly strategy: string;
  /** "valid": must be accepted; an issue: must be rejected with it; undefined: anything goes. */
  readonly expect?: "valid" | { readonly code: string; readonly path: readonly (string | number)[] };
  /** The parser's options: a mutator's resolver of the datasets the input extends. */
  readonly options?: ParseDatasetOptions;
}

// ---------------------------------------------------------------------------
// Building inputs.

const INTERESTING_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "",
  " ",
  "id ",
  "ID",
  "a\nb",
  "\u0000",
  "𝒳",
  "commitments",
  "sources",
  "kind",
  "of",
  "k".repeat(300),
];

const INTERESTING_STRINGS = [
  "",
  " ",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "unknown",
  "2025-02-29",
  "2024-02-29",
  "0000",
  "9999-12-31",
  "2025-13",
  "GB",
  "XX",
  "EU",
  "EUR",
  "money",
  "ready",
  "will not",
  "all",
  "not",
  "\ud800",
  "\u0000",
  "a\nb",
  "𝒳".repeat(10),
  "x".repeat(129),
  "x".repeat(501),
  "https://example.org",
];

const INTERESTING_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e15,
  1e15 + 1,
  2 ** 53,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1_000_001,
  0.1 + 0.2,
];

function interestingJson(random: Random, depth = 0): unknown {
  switch (random.below(depth > 2 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick(INTERESTING_NUMBERS);
    case 3:
      return random.pick(INTERESTING_STRINGS);
    case 4:
      return random.chance(0.5) ? [] : {};
    case 5:
      return Array.from({ length: random.below(4) }, () => interestingJson(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = random.below(4); i > 0; i--) put(object, random.pick(INTERESTING_KEYS), interestingJson(random, depth + 1));
      return object;
    }
  }
}

/** Sets an own property, even one named `__proto__`, as JSON.parse does. */
function put(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function thrower(): never {
  throw new HostileTrap("fuzz: this value cannot be read");
}

class Point {
  x = 1;
  y = 2;
}

/** Values JSON cannot hold, each built fresh (some keep state). */
const EXOTIC: readonly ((random: Random) => unknown)[] = [
  () => () => 1,
  () =>
    async function named() {
      return 1;
    },
  () => function* generator() {
    yield 1;
  },
  () => class Hidden {},
  () => Symbol("fuzz"),
  () => 1n,
  () => 2n ** 64n,
  () => new Date(0),
  () => new Date(Number.NaN),
  () => new Map([["id", "GB"]]),
  () => new Set(["GB"]),
  () => new WeakMap(),
  () => /2025-03-13/g,
  () => new Uint8Array([1, 2, 3]),
  () => new ArrayBuffer(8),
  () => new Error("an error as data"),
  () => Promise.resolve({ id: "GB" }),
  () => new Point(),
  () => Object.assign(Object.create(null) as object, { id: "GB", kind: "other" }),
  () => Object.create({ id: "GB", inherited: true }) as object,
  () => new String("GB"),
  () => new Number(5),
  () => new Boolean(false),
  () => Object.defineProperty({}, "id", { get: thrower, enumerable: true }),
  () => Object.defineProperty({ kind: "peace", form: "agreement" }, "country", { get: thrower, enumerable: true }),
  () => {
    // A getter that answers differently each time it is read.
    let reads = 0;
    return Object.defineProperty({}, "id", { get: () => (reads++ % 2 === 0 ? "GB" : 42), enumerable: true });
  },
  () => new Proxy({}, { get: thrower, ownKeys: thrower, has: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower }),
  () => new Proxy({ id: "GB" }, { get: thrower }),
  () => new Proxy({ id: "GB" }, { ownKeys: thrower }),
  () => new Proxy([1, 2], { getPrototypeOf: thrower }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    return proxy;
  },
  () => {
    const cyclic: Record<string, unknown> = { id: "GB" };
    cyclic.self = cyclic;
    return cyclic;
  },
  () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    return cyclic;
  },
  () => {
    // A condition whose `of` is itself: cycles read as endlessly deep.
    const cyclic: Record<string, unknown> = { kind: "all" };
    cyclic.of = [cyclic];
    return cyclic;
  },
  () => {
    const cyclic: Record<string, unknown> = { kind: "not" };
    cyclic.of = cyclic;
    return cyclic;
  },
  (random) => {
    const sparse: unknown[] = [];
    sparse[random.below(20) + 1] = "s";
    return sparse;
  },
  () => {
    const sparse: unknown[] = [];
    sparse.length = 1000;
    sparse[500] = { id: "GB" };
    return sparse;
  },
  () => Object.assign(["GB"], { extra: "an array with a named property" }),
  () => Object.freeze({ id: "GB", note: "frozen" }),
  () => Object.seal({ id: "GB" }),
  () => Object.preventExtensions({ id: "GB" }),
  () => ({ id: "GB", [Symbol("hidden")]: "symbol key" }),
  () => Object.defineProperty({ id: "GB" }, "note", { value: "not enumerable", enumerable: false }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "id": "GB"}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}, "id": "GB"}') as unknown,
  () => JSON.parse('{"id": "GB", "id": "FR"}') as unknown,
  (random) => random.pick(INTERESTING_NUMBERS),
  () => undefined,
  () => globalThis,
  () => Math,
  () => Object.prototype,
  () => Array.prototype,
];

/**
 * Every slot of a value: each object with each of its keys, each array with each index.
 * Each object is visited once: edits (a swap of a container with its own descendant)
 * can make the document cyclic, or share one object between two places.
 */
function slotsOf(root: unknown): { parent: Record<PropertyKey, unknown>; key: string | number }[] {
  const slots: { parent: Record<PropertyKey, unknown>; key: string | number }[] = [];
  for (const value of objectsOf(root)) {
    if (Array.isArray(value)) value.forEach((_, i) => slots.push({ parent: value, key: i }));
    else for (const key of Object.keys(value)) slots.push({ parent: value, key });
  }
  return slots;
}

/** Every object and array reachable from a value, each once. */
function objectsOf(root: unknown): Record<PropertyKey, unknown>[] {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    // One by one: spreading a list of 100,000 items as arguments can overflow the stack.
    for (const item of Object.values(value)) stack.push(item);
  }
  return [...seen] as Record<PropertyKey, unknown>[];
}

/** One random structural edit of a JSON document, in place. */
function editStructure(document: Record<string, unknown>, random: Random): void {
  const slots = slotsOf(document);
  const ids = slots.filter(({ key, parent }) => key === "id" && typeof parent[key] === "string").map(({ parent }) => parent.id);
  const slot = slots.length > 0 ? random.pick(slots) : undefined;
  const objects = objectsOf(document).filter((value) => !Array.isArray(value));
  switch (random.below(12)) {
    case 0:
      if (slot === undefined) break;
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
      break;
    case 1:
      if (slot !== undefined) slot.parent[slot.key] = interestingJson(random);
      break;
    case 2:
      put(random.pick(objects), random.pick(INTERESTING_KEYS), interestingJson(random));
      break;
    case 3: {
      // Another record's id where an id or a reference belongs: duplicates and wrong kinds.
      const strings = slots.filter(({ parent, key }) => typeof parent[key] === "string");
      if (strings.length > 0 && ids.length > 0) {
        const target = random.pick(strings);
        target.parent[target.key] = random.pick(ids);
      }
      break;
    }
    case 4: {
      const arrays = objectsOf(document).filter((value): value is unknown[] & Record<PropertyKey, unknown> => Array.isArray(value));
      if (arrays.length === 0) break;
      const array = random.pick(arrays);
      if (array.length === 0) break;
      const item = array[random.below(array.length)];
      // A second reference to one item: the parser must treat shared objects as data too.
      if (random.chance(0.5)) array.push(item);
      else array.reverse();
      break;
    }
    case 5:
      if (slot === undefined) break;
      // Swap two values anywhere in the document.
      {
        const other = random.pick(slots);
        const value = slot.parent[slot.key];
        slot.parent[slot.key] = other.parent[other.key];
        other.parent[other.key] = value;
      }
      break;
    case 6: {
      const numbers = slots.filter(({ parent, key }) => typeof parent[key] === "number");
      if (numbers.length > 0) {
        const target = random.pick(numbers);
        target.parent[target.key] = random.pick(INTERESTING_NUMBERS);
      }
      break;
    }
    case 7: {
      const strings = slots.filter(({ parent, key }) => typeof parent[key] === "string");
      if (strings.length > 0) {
        const target = random.pick(strings);
        const value = target.parent[target.key] as string;
        target.parent[target.key] = random.pick([
          value.toUpperCase(),
          ` ${value}`,
          value.slice(0, -1),
          `${value}-`,
          random.pick(INTERESTING_STRINGS),
        ]);
      }
      break;
    }
    case 8:
      if (slot !== undefined) slot.parent[slot.key] = random.chance(0.5) ? [slot.parent[slot.key]] : { value: slot.parent[slot.key] };
      break;
    case 9: {
      // A condition or a quantity moved where another kind of object belongs.
      const conditions = objects.filter((value) => typeof value.kind === "string");
      if (slot !== undefined && conditions.length > 0) slot.parent[slot.key] = structuredClone(random.pick(conditions));
      break;
    }
    case 10:
      document[random.pick(["sources", "states", "commitments", "events", "coalitions", "institutions"])] = interestingJson(random);
      break;
    default:
      if (slot !== undefined) slot.parent[slot.key] = undefined;
      break;
  }
}

/** A condition nested `depth` levels deep, built without recursion. */
function deepCondition(depth: number): unknown {
  let condition: unknown = { kind: "peace", form: "agreement", country: "UA" };
  for (let level = 1; level < depth; level++) {
    condition = level % 2 === 0 ? { kind: "all", of: [condition] } : { kind: "not", of: condition };
  }
  return condition;
}

function deepObject(depth: number, random: Random): unknown {
  let value: unknown = "bottom";
  const arrays = random.chance(0.5);
  for (let level = 0; level < depth; level++) value = arrays ? [value] : { of: value, kind: "all" };
  return value;
}

const HEAVY: readonly ((document: Record<string, unknown>, random: Random) => unknown)[] = [
  // A 10 MB string in some string field, or as a key.
  (document, random) => {
    const huge = "x".repeat(10_000_000);
    const strings = slotsOf(document).filter(({ parent, key }) => typeof parent[key] === "string");
    if (strings.length > 0 && random.chance(0.8)) {
      const target = random.pick(strings);
      target.parent[target.key] = huge;
    } else put(random.pick(objectsOf(document)), huge, 1);
    return document;
  },
  // A condition 100,000 levels deep.
  (document, random) => {
    const commitments = Array.isArray(document.commitments) ? (document.commitments as Record<string, unknown>[]) : [];
    const target = commitments.length > 0 ? random.pick(commitments) : undefined;
    if (target !== undefined && typeof target === "object" && target !== null) target.condition = deepCondition(100_000);
    else document.coalitions = [{ id: "deep", name: "Deep", leads: ["GB"], condition: deepCondition(100_000), sources: ["s"] }];
    return document;
  },
  // Arbitrary objects or arrays 100,000 levels deep, anywhere.
  (document, random) => {
    const slots = slotsOf(document);
    if (slots.length > 0) {
      const target = random.pick(slots);
      target.parent[target.key] = deepObject(100_000, random);
    } else document.notes = deepObject(100_000, random);
    return document;
  },
  // A list of 100,000 wrong values where a list of source ids belongs.
  (document) => {
    const list = Array.from({ length: 100_000 }, (_, i) => i);
    const commitments = Array.isArray(document.commitments) ? (document.commitments as unknown[]) : [];
    commitments.push({ id: "many", actor: "GB", type: "personnel", stance: "ready", date: "unknown", sources: list });
    document.commitments = commitments;
    return document;
  },
  // A collection that is a sparse array of the largest length an array can have.
  (document) => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[7] = { id: "GB" };
    document.states = sparse;
    return document;
  },
  // 50,000 records with unknown fields named after Object.prototype members.
  () =>
    JSON.parse(
      JSON.stringify({
        id: "many",
        title: "Many",
        states: Array.from({ length: 50_000 }, (_, i) => ({ id: i % 2 === 0 ? "GB" : "XX", constructor: i, prototype: i, toString: i })),
      }).replaceAll('"toString"', '"__proto__"'),
    ) as unknown,
];

const pools = new Map<string, readonly DatasetInput[]>();

/** The valid documents inputs start from: the same for the same seed and size. */
function poolOf(seed: number, maxRecords: number): readonly DatasetInput[] {
  const key = `${seed}:${maxRecords}`;
  let pool = pools.get(key);
  if (pool === undefined) {
    pool = fc.sample(validDatasetDocument({ maxRecords }), { seed, numRuns: 64 });
    pools.set(key, pool);
  }
  return pool;
}

/**
 * The input number `index` of the run with this seed, and what the parser owes for
 * it: built from the seed and index alone, so any one input can be rebuilt.
 */
export function fuzzCase(seed: number, index: number, options: Pick<FuzzOptions, "maxRecords" | "heavyEvery"> = {}): FuzzCase {
  const random = seededRandom(seed, index);
  const pool = poolOf(seed, options.maxRecords ?? 4);
  const base = (): Record<string, unknown> => structuredClone(random.pick(pool)) as Record<string, unknown>;
  const heavyEvery = options.heavyEvery ?? 1000;
  if (index % heavyEvery === heavyEvery - 1) {
    const kind = Math.floor(index / heavyEvery) % HEAVY.length;
    return { input: (HEAVY[kind] as (typeof HEAVY)[number])(base(), random), strategy: `heavy-${kind}` };
  }
  const roll = random.next();
  if (roll < 0.05) return { input: base(), strategy: "valid", expect: "valid" };
  if (roll < 0.1) return { input: withKeysShuffled(base(), random), strategy: "valid-shuffled", expect: "valid" };
  if (roll < 0.3) {
    const mutation = mutationOf(random.pick(MUTATOR_NAMES), random.pick(pool), random.below(1000));
    const { document: input, expectedCode: code, expectedPath: path, options } = mutation;
    return { input, strategy: "mutator", expect: { code, path }, ...(options === undefined ? {} : { options }) };
  }
  if (roll < 0.6) {
    const document = base();
    for (let edits = 1 + random.below(4); edits > 0; edits--) editStructure(document, random);
    return { input: document, strategy: "structure" };
  }
  if (roll < 0.85) {
    // A value JSON cannot hold, somewhere in a valid document (or as the document).
    const document = base();
    const exotic = random.pick(EXOTIC)(random);
    if (random.chance(0.05)) return { input: exotic, strategy: "exotic-root" };
    const slots = slotsOf(document);
    if (slots.length === 0 || random.chance(0.15)) put(random.pick(objectsOf(document)), random.pick(INTERESTING_KEYS), exotic);
    else {
      const target = random.pick(slots);
      target.parent[target.key] = exotic;
    }
    return { input: document, strategy: "exotic" };
  }
  if (roll < 0.93) {
    // JSON text with a few characters changed, parsed as a server would.
    let text = JSON.stringify(random.pick(pool));
    for (let edits = 1 + random.below(3); edits > 0; edits--) {
      const at = random.below(text.length);
      const insert = random.pick(['"', "{", "}", "[", "]", ",", ":", "0", "-", "e", "_", "null", '"__proto__":', " "]);
      text = text.slice(0, at) + insert + text.slice(at + random.below(2));
    }
    try {
      return { input: JSON.parse(text) as unknown, strategy: "json-text" };
    } catch {
      return { input: interestingJson(random), strategy: "json-text-unparsable" };
    }
  }
  // Random data from scratch: at the root, or as the records of a collection.
  if (random.chance(0.5)) return { input: interestingJson(random), strategy: "random-root" };
  const document: Record<string, unknown> = { id: "random", title: "Random" };
  for (let i = random.below(4); i >= 0; i--) {
    document[random.pick(["sources", "states", "organizations", "persons", "commitments", "coalitions", "events"])] = Array.from(
      { length: random.below(4) },
      () => interestingJson(random),
    );
  }
  return { input: document, strategy: "random-document" };
}

// ---------------------------------------------------------------------------
// Checking invariants.

interface Snapshot {
  readonly tokens: readonly unknown[];
}

/**
 * Everything observable about a value without running its code: for every object
 * reachable, its prototype, whether it is extensible, and each own property's
 * descriptor (values by identity, getters by function). Built without recursion, so
 * 100,000 levels are fine. `undefined` when reading it throws (a Proxy).
 */
function snapshot(root: unknown): Snapshot | undefined {
  const tokens: unknown[] = [];
  const ids = new Map<object, number>();
  const queue: unknown[] = [root];
  try {
    for (let i = 0; i < queue.length; i++) {
      const value = queue[i];
      if ((typeof value !== "object" && typeof value !== "function") || value === null) {
        tokens.push(value);
        continue;
      }
      const known = ids.get(value);
      tokens.push("ref", known ?? ids.size);
      if (known !== undefined) continue;
      ids.set(value, ids.size);
      // Built-in prototypes and globals are checked by identity here, and whole on their own.
      if (value === Object.prototype || value === Array.prototype || value === globalThis || value === Math) continue;
      tokens.push(Object.getPrototypeOf(value), Object.isExtensible(value));
      if (value instanceof Map || value instanceof Set) tokens.push(...[...value.entries()].flat());
      if (value instanceof Date) tokens.push(value.getTime());
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
        tokens.push(key, descriptor.enumerable, descriptor.configurable, descriptor.writable, descriptor.get, descriptor.set);
        if ("value" in descriptor) {
          // A 10 MB string is compared by identity, not copied around.
          if (typeof descriptor.value === "object" || typeof descriptor.value === "function") queue.push(descriptor.value);
          else tokens.push(descriptor.value);
        }
      }
      tokens.push("end");
    }
  } catch {
    return undefined;
  }
  return { tokens };
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  for (let i = 0; i < a.tokens.length; i++) if (!Object.is(a.tokens[i], b.tokens[i])) return false;
  return true;
}

const GUARDED = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype] as const;

/** The built-in prototypes as they are, for {@link parseAndCheck} to compare against. */
export function builtinsSnapshot(): readonly unknown[] {
  const tokens: unknown[] = [];
  for (const prototype of GUARDED) {
    tokens.push(Object.isExtensible(prototype), Object.getPrototypeOf(prototype));
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor;
      tokens.push(key, descriptor.value, descriptor.get, descriptor.set, descriptor.writable, descriptor.enumerable, descriptor.configurable);
    }
  }
  return tokens;
}

function sameTokens(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((token, i) => Object.is(token, b[i]));
}

/** What is wrong with a result, if anything: its shape, its issues, its messages. */
function resultProblem(result: SafeParseDatasetResult): string | undefined {
  if (typeof result !== "object" || result === null) return "the result is not an object";
  if (result.success === true) {
    if (!Object.isFrozen(result.data) || !Object.isFrozen(result.data.commitments)) return "an accepted dataset is not frozen";
    return undefined;
  }
  if (result.success !== false) return "success is not a boolean";
  if (!isCoalitionError(result.error) || result.error.code !== "invalid_dataset") return "the error is not an invalid_dataset CoalitionError";
  const issues = result.error.issues;
  if (!Array.isArray(issues) || issues.length === 0) return "a rejection without issues";
  for (const issue of issues as readonly DatasetIssue[]) {
    if (typeof issue.code !== "string" || !Array.isArray(issue.path)) return `a malformed issue: ${safeJson(issue)}`;
    if (!issue.path.every((segment) => typeof segment === "string" || typeof segment === "number")) return `a path with other than names and indices: ${safeJson(issue)}`;
    if (typeof issue.message !== "string" || issue.message.length === 0 || issue.message.length > 2000 || /[\n\r]/.test(issue.message)) {
      return `an issue message that is not one short line: ${safeJson({ code: issue.code, message: issue.message?.slice(0, 200) })}`;
    }
  }
  return undefined;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}…` : v))?.slice(0, 600) ?? String(value);
  } catch {
    return "(unprintable)";
  }
}

/**
 * Parses one input and checks the parser's invariants on it (see {@link runFuzz}),
 * calling `fail` for each broken one; the result, or undefined when the parser threw.
 */
export function parseAndCheck(built: FuzzCase, builtins: readonly unknown[], fail: (invariant: string, detail: string) => void): SafeParseDatasetResult | undefined {
  const { input, expect, options } = built;
  const before = snapshot(input);
  let result: SafeParseDatasetResult | undefined;
  try {
    result = safeParseDataset(input, options);
  } catch (error) {
    fail("safeParseDataset never throws", isCoalitionError(error) ? `CoalitionError ${error.message.slice(0, 200)}` : safeJson(String(error)));
  }
  if (result !== undefined) {
    const problem = resultProblem(result);
    if (problem !== undefined) fail("the result is well-formed", problem);
    if (expect === "valid" && !result.success) {
      fail("a valid document is accepted", safeJson(result.error.issues.slice(0, 3)));
    } else if (typeof expect === "object") {
      const wanted = JSON.stringify(expect.path);
      const found = !result.success && result.error.issues.some((issue) => issue.code === expect.code && JSON.stringify(issue.path) === wanted);
      if (!found) fail("a broken document is rejected with the issue promised", `${expect.code} at ${wanted}`);
    }
  }
  const after = snapshot(input);
  if (before !== undefined && (after === undefined || !sameSnapshot(before, after))) fail("the input is not mutated", "its snapshot changed");
  if (!sameTokens(builtins, builtinsSnapshot()) || ({} as { polluted?: unknown }).polluted !== undefined) {
    fail("Object.prototype is untouched", "a built-in prototype changed");
  }
  return result;
}

/**
 * Parses `count` fuzzed inputs and checks, for every one: `safeParseDataset` returned a
 * well-formed result without throwing; the input is exactly as it was (where it can be
 * read without running its code); Object.prototype and the other built-in prototypes are
 * exactly as they were, and `({}).polluted` is undefined; valid inputs were accepted and
 * broken ones rejected with the issue their mutator promised.
 *
 * @example
 * ```ts
 * const report = runFuzz({ seed: 42, count: 1000 });
 * report.failureCount;
 * //=> 0
 * ```
 */
export function runFuzz(options: FuzzOptions): FuzzReport {
  const started = performance.now();
  const first = options.start ?? 0;
  const keep = options.keepFailures ?? 50;
  const every = options.progressEvery ?? 10_000;
  const builtins = builtinsSnapshot();
  const failures: FuzzFailure[] = [];
  const strategies: Record<string, number> = {};
  let failureCount = 0;
  let accepted = 0;
  let rejected = 0;
  const fail = (index: number, strategy: string, invariant: string, detail: string) => {
    failureCount++;
    if (failures.length < keep) failures.push({ index, strategy, invariant, detail });
  };

  for (let index = first; index < first + options.count; index++) {
    let built: FuzzCase;
    try {
      built = fuzzCase(options.seed, index, options);
    } catch (error) {
      fail(index, "build", "the fuzzer could build the input", String(error));
      continue;
    }
    strategies[built.strategy] = (strategies[built.strategy] ?? 0) + 1;
    const result = parseAndCheck(built, builtins, (invariant, detail) => fail(index, built.strategy, invariant, detail));
    if (result?.success === true) accepted++;
    else if (result !== undefined) rejected++;
    if ((index - first + 1) % every === 0) options.onProgress?.(index - first + 1, failureCount);
  }

  return {
    seed: options.seed,
    count: options.count,
    accepted,
    rejected,
    failureCount,
    failures,
    strategies,
    milliseconds: performance.now() - started,
  };
}
