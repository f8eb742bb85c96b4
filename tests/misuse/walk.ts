// The misuse walk: every public function called with wrong-typed arguments, one at a
// time (each parameter, then each field of each options object), the others valid. A
// call must answer, or throw the library's own error with code `invalid_argument` naming
// the parameter or field (or a code its contract names); never another error, never a
// change to its input.
import { isCoalitionError } from "../../src/index.js";
import { aggregate, coalitionReport, dataset, deepFreeze, ENTRIES, index, isOfKind, rowOf, type Field, type FunctionRow, type Param } from "./surface.js";

/** The error a hostile value's own trap throws: the caller's own error, which may pass through. */
export class HostileTrap extends Error {}

/**
 * Whether an error is the caller's own value failing as it is read: its trap threw, or
 * it is a revoked Proxy (whose every use throws a TypeError). Such an error passes
 * through, as any error of a getter the caller wrote; only the functions that take
 * anything (the parsers, the predicates) answer those too.
 */
export const isTrap = (error: unknown): boolean =>
  error instanceof HostileTrap || (error instanceof TypeError && error.message.includes("on a proxy that has been revoked"));

const trap = (): never => {
  throw new HostileTrap("a trap of the caller's value");
};

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Wrong-typed values, each with a name to print. Objects are frozen: a call may not change them. */
export const HOSTILE: readonly (readonly [string, unknown])[] = [
  ["null", null],
  ["undefined", undefined],
  ["0", 0],
  ["-1", -1],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["1.5", 1.5],
  ["10n", 10n],
  ["a symbol", Symbol("hostile")],
  ["true", true],
  ['""', ""],
  ['"nonsense"', "nonsense"],
  ['"2025-02-30"', "2025-02-30"],
  ['"__proto__"', "__proto__"],
  ["[]", deepFreeze([])],
  ['["a", 1]', deepFreeze(["a", 1])],
  ["[null]", deepFreeze([null])],
  ["{}", deepFreeze({})],
  ["Object.create(null)", Object.freeze(Object.create(null) as object)],
  ["a function", Object.freeze(() => 1)],
  ["an invalid Date", Object.freeze(new Date(Number.NaN))],
  ["a Date", Object.freeze(new Date(0))],
  // Passes instanceof Date, yet every Date method throws on it ("this is not a Date object").
  ["a Date behind a Proxy", new Proxy(new Date(0), {})],
  ["a dataset", dataset],
  ["a dataset behind a Proxy", new Proxy(dataset, {})],
  ["an index", index],
  ["a report", coalitionReport],
  ["an aggregate", aggregate],
  ["a forged index", deepFreeze({ kind: "commitment-index", dataset: {}, size: 1, internal: null })],
  ["a Proxy that throws on every access", new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap })],
  ["a revoked Proxy", revoked()],
  ["an object with a getter that throws", Object.freeze(Object.defineProperty({}, "id", { get: trap, enumerable: true }))],
  ["a string of a million characters", "x".repeat(1_000_000)],
];

/** One call that broke the rules. */
export interface MisuseFailure {
  readonly call: string;
  readonly problem: string;
}

/** What a walk did, counted. */
export interface MisuseTally {
  calls: number;
  answered: number;
  refused: number;
  trapped: number;
  foreign: number;
  typeErrors: number;
  failures: MisuseFailure[];
  missingRows: string[];
  /** The calls of an async function, settling: await them all before reading the tally. */
  pending: Promise<void>[];
  /** The functions that refused at least one call with invalid_argument (their docs owe a @throws). */
  refusing: Set<string>;
}

const describeError = (error: unknown): string => {
  if (isCoalitionError(error)) return `CoalitionError ${error.code}${error.code === "invalid_argument" ? ` (argument ${error.argument})` : ""}: ${error.message.slice(0, 160)}`;
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 160)}`;
  return `a thrown ${typeof error}`;
};

interface Attempt {
  /** The function's name. */
  readonly fn: string;
  readonly label: string;
  readonly args: readonly unknown[];
  /** The names an error may give as its argument. */
  readonly names: readonly string[];
  /** What the misplaced value must get: an answer or a refusal ("either"), a refusal, or an answer. */
  readonly owed: "either" | "refusal" | "answer";
}

function owedFor(spec: Param | Field, value: unknown, param?: Param): Attempt["owed"] {
  if (param?.total === true) return "answer";
  if (isOfKind(spec.kind, value)) return "either";
  if (value === undefined && param?.optional === true) return "either";
  return param?.lenient === true ? "either" : "refusal";
}

function* attempts(name: string, row: FunctionRow): Generator<Attempt> {
  const valid = row.params.map((param) => param.valid);
  for (const [position, param] of row.params.entries()) {
    for (const [label, value] of HOSTILE) {
      const args = [...valid];
      args[position] = value;
      // A whole options object of the wrong shape may be refused by the field it gets wrong.
      const names = [param.name, ...Object.keys(param.fields ?? {}), ...(param.decides ?? [])];
      yield { fn: name, label: `${name}(${param.name} = ${label})`, args, names, owed: owedFor(param, value, param) };
    }
    for (const [field, spec] of Object.entries(param.fields ?? {})) {
      for (const [label, value] of HOSTILE) {
        const args = [...valid];
        const base = typeof param.valid === "object" && param.valid !== null ? param.valid : {};
        args[position] = Object.freeze({ ...base, [field]: value });
        const owed = param.total === true ? "answer" : value === undefined || isOfKind(spec.kind, value) ? "either" : "refusal";
        // A field may be refused by another it contradicts (\`to\` before \`from\`).
        yield { fn: name, label: `${name}(${param.name}.${field} = ${label})`, args, names: [param.name, ...Object.keys(param.fields ?? {}), ...(param.decides ?? [])], owed };
      }
    }
  }
}

function judge(attempt: Attempt, outcome: Outcome, codes: readonly string[]): string | undefined {
  if (!outcome.threw) return attempt.owed === "refusal" ? "answered a value it must refuse with invalid_argument" : undefined;
  const { error } = outcome;
  if (attempt.owed !== "answer" && isTrap(error)) return undefined;
  if (attempt.owed === "answer") return `threw where it must answer: ${describeError(error)}`;
  if (!isCoalitionError(error)) return `threw a foreign error: ${describeError(error)}`;
  if (error.code === "invalid_argument") {
    return attempt.names.includes(error.argument) ? undefined : `invalid_argument names ${JSON.stringify(error.argument)}, not ${attempt.names.join(" or ")}`;
  }
  // The parsers refuse what is no dataset or condition text with their own code.
  if (codes.includes(error.code)) return undefined;
  return `threw ${describeError(error)} where invalid_argument is owed`;
}

/** Calls every public function with every hostile value in every place, and tallies what happened. */
export function walkMisuse(): MisuseTally {
  const tally: MisuseTally = { calls: 0, answered: 0, refused: 0, trapped: 0, foreign: 0, typeErrors: 0, failures: [], missingRows: [], pending: [], refusing: new Set() };
  for (const [entry, module] of Object.entries(ENTRIES)) {
    for (const [name, value] of Object.entries(module)) {
      const row = rowOf(name, value);
      if (row === undefined) tally.missingRows.push(`${entry}: ${name}`);
      if (row?.kind !== "function") continue;
      for (const attempt of attempts(name, row.call)) walkOne(value as (...args: unknown[]) => unknown, attempt, row.call, tally);
    }
  }
  return tally;
}

type Outcome = { threw: false } | { threw: true; error: unknown };

/** Counts what a call did and keeps what broke the rules. */
function settle(attempt: Attempt, outcome: Outcome, codes: readonly string[], tally: MisuseTally): void {
  if (!outcome.threw) tally.answered++;
  else if (isTrap(outcome.error)) tally.trapped++;
  else if (isCoalitionError(outcome.error)) {
    tally.refused++;
    if (outcome.error.code === "invalid_argument") tally.refusing.add(attempt.fn);
  } else {
    tally.foreign++;
    if (outcome.error instanceof TypeError) tally.typeErrors++;
  }
  const problem = judge(attempt, outcome, codes);
  if (problem !== undefined) tally.failures.push({ call: attempt.label, problem });
}

// Every object the walk passes is deep-frozen: a call that wrote to its input would throw
// a TypeError (the library is strict-mode code), which the walk reports as foreign. An
// async function's promise is judged when it settles: its rejection is its throw.
function walkOne(fn: (...args: unknown[]) => unknown, attempt: Attempt, row: FunctionRow, tally: MisuseTally): void {
  tally.calls++;
  const codes = row.alsoThrows ?? [];
  let answer: unknown;
  try {
    answer = fn(...attempt.args);
  } catch (error) {
    settle(attempt, { threw: true, error }, codes, tally);
    return;
  }
  if (row.async === true && answer instanceof Promise) {
    tally.pending.push(
      answer.then(
        () => settle(attempt, { threw: false }, codes, tally),
        (error: unknown) => settle(attempt, { threw: true, error }, codes, tally),
      ),
    );
    return;
  }
  settle(attempt, { threw: false }, codes, tally);
}

/** A place a wrong value can go: a parameter of a function, or a field of its options. */
interface Slot {
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly row: FunctionRow;
  readonly position: number;
  readonly field?: string;
}

let slotList: readonly Slot[] | undefined;

/**
 * Every place a caller's value can go, except where a parsed dataset belongs: the
 * functions take a dataset as the parser made it, and check only its outline (a document
 * that has it and garbage deep inside is the parser's to refuse, not theirs). An async
 * function's places are left to the walk, which awaits its promises; the fuzzer does not.
 */
function slots(): readonly Slot[] {
  if (slotList !== undefined) return slotList;
  const list: Slot[] = [];
  for (const module of Object.values(ENTRIES)) {
    for (const [name, value] of Object.entries(module)) {
      const row = rowOf(name, value);
      if (row?.kind !== "function" || row.call.async === true) continue;
      for (const [position, param] of row.call.params.entries()) {
        const fn = value as Slot["fn"];
        if (!["dataset", "source", "datasets"].includes(param.kind)) list.push({ name, fn, row: row.call, position });
        for (const [field, spec] of Object.entries(param.fields ?? {})) if (spec.kind !== "datasets") list.push({ name, fn, row: row.call, position, field });
      }
    }
  }
  slotList = list;
  return list;
}

/**
 * Puts `value` in the place number `pick` (modulo their number) of the public surface,
 * the other arguments valid, and says what went wrong, if anything; for the fuzzer,
 * which hands every input it makes to one place.
 */
export function misuseOnce(value: unknown, pick: number): MisuseFailure | undefined {
  const all = slots();
  const slot = all[pick % all.length] as Slot;
  const param = slot.row.params[slot.position] as Param;
  const args = slot.row.params.map((item) => item.valid);
  const names = [param.name, ...Object.keys(param.fields ?? {}), ...(param.decides ?? [])];
  let owed: Attempt["owed"];
  if (slot.field === undefined) {
    args[slot.position] = value;
    owed = owedFor(param, value, param);
  } else {
    const base = typeof param.valid === "object" && param.valid !== null ? param.valid : {};
    args[slot.position] = { ...base, [slot.field]: value };
    const spec = param.fields?.[slot.field] as Field;
    owed = param.total === true ? "answer" : value === undefined || isOfKind(spec.kind, value) ? "either" : "refusal";
  }
  const label = `${slot.name}(${param.name}${slot.field === undefined ? "" : `.${slot.field}`} = the input)`;
  const tally: MisuseTally = { calls: 0, answered: 0, refused: 0, trapped: 0, foreign: 0, typeErrors: 0, failures: [], missingRows: [], pending: [], refusing: new Set() };
  walkOne(slot.fn, { fn: slot.name, label, args, names, owed }, slot.row, tally);
  return tally.failures[0];
}
