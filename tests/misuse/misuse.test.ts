// A careless caller: every public function called with wrong-typed arguments (see
// walk.ts for the values and the rules). Each call answers, or throws the library's own
// error naming the argument at fault; none throws a TypeError from deep inside or
// changes what it was given.
import { describe, expect, it } from "vitest";
import { isCoalitionError, stanceOnContribution } from "../../src/index.js";
import { renderHtmlReport, renderTextReport } from "../../src/report.js";
import { evaluateScenario } from "../../src/scenario.js";
import { aggregate, dataset, ENTRIES, rowOf } from "./surface.js";
import { HOSTILE, isTrap, walkMisuse } from "./walk.js";

/** What a call threw, as the caller would inspect it: its code and the argument named. */
function refusal(call: () => unknown): { code: string; argument?: string } | string {
  try {
    call();
    return "answered";
  } catch (error) {
    if (!isCoalitionError(error)) return `${(error as Error).name}: ${(error as Error).message}`;
    return error.code === "invalid_argument" ? { code: error.code, argument: error.argument } : { code: error.code };
  }
}

describe("wrong-typed arguments, through every export", () => {
  const tally = walkMisuse();

  it("has a row for every export of every entry, so a new export cannot escape the walk", () => {
    expect(tally.missingRows).toEqual([]);
    expect(Object.keys(ENTRIES)).toHaveLength(10);
  });

  it("answers each call or refuses it with invalid_argument naming the argument, never another error, never changing the input", async () => {
    await Promise.all(tally.pending);
    expect(tally.failures).toEqual([]);
    expect(tally.foreign).toBe(0);
    // The walk did reach far: thousands of calls, most of them refused.
    expect(tally.calls).toBeGreaterThan(3500);
    expect(tally.refused).toBeGreaterThan(2500);
  });

  it("tries every kind of wrong value: nothing, numbers, a bigint, a symbol, lists, the wrong record, a Proxy, a getter", () => {
    const names = HOSTILE.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["null", "undefined", "10n", "a symbol", "[]", "a dataset", "a report", "a Proxy that throws on every access"]));
  });
});

describe("what the caller reads when an argument is wrong", () => {
  it("refuses null options by the name options", () => {
    expect(refusal(() => stanceOnContribution(dataset, "GB", "personnel", null as never))).toEqual({ code: "invalid_argument", argument: "options" });
  });

  it("refuses a bigint date by the name of the option", () => {
    expect(refusal(() => stanceOnContribution(dataset, "GB", "personnel", { asOf: 20250313n as never }))).toEqual({ code: "invalid_argument", argument: "asOf" });
  });

  it("refuses a dataset where a report is expected, and an aggregate where a dataset is", () => {
    expect(refusal(() => renderHtmlReport(dataset as never))).toEqual({ code: "invalid_argument", argument: "report" });
    expect(refusal(() => renderTextReport(aggregate as never))).toEqual({ code: "invalid_argument", argument: "report" });
    expect(refusal(() => evaluateScenario(aggregate as never, {}))).toEqual({ code: "invalid_argument", argument: "dataset" });
  });

  it("says in the message what was expected and what came", () => {
    try {
      evaluateScenario(dataset, { facts: { "peace:agreement:UA": true } }, { explain: "yes" as never });
      expect.unreachable("a string for explain must be refused");
    } catch (error) {
      expect(isCoalitionError(error) && error.message).toBe('explain must be true or false, not "yes"');
    }
  });
});

describe("the zod schemas of coalition/schema", () => {
  // zod's own objects: a value that throws as it is read (a trap, a revoked Proxy) throws through them.
  it("answer every wrong value with a failed result, never an exception", () => {
    const thrown: string[] = [];
    for (const [name, value] of Object.entries(ENTRIES["coalition/schema"] ?? {})) {
      if (rowOf(name, value)?.kind !== "schema") continue;
      const schema = value as { safeParse: (input: unknown) => { success: boolean } };
      for (const [label, hostile] of HOSTILE) {
        try {
          schema.safeParse(hostile);
        } catch (error) {
          if (!isTrap(error)) thrown.push(`${name}(${label}): ${String(error)}`);
        }
      }
    }
    expect(thrown).toEqual([]);
  });
});
