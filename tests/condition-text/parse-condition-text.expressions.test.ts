// The boolean structure: `and` / `or` chains, `not`, brackets, `all(…)` / `any(…)`,
// precedence, and the white space the parser takes.
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";

const UA = { kind: "peace", form: "agreement", country: "UA" } as const;
const REQUEST = { kind: "request" } as const;
const UN = { kind: "mandate", by: "UN" } as const;

describe("and, or, not", () => {
  it("read the issue's examples", () => {
    expect(parseConditionText("peace(UA) and request(UA) and approval(CH.government)")).toEqual({
      kind: "all",
      of: [UA, { kind: "request", by: "UA" }, { kind: "approval", institution: "CH.government" }],
    });
    expect(parseConditionText("not mandate(UN)")).toEqual({ kind: "not", of: UN });
  });

  it("bind not tighter than and, and and tighter than or", () => {
    expect(parseConditionText("not peace(UA) and request or mandate(UN)")).toEqual({
      kind: "any",
      of: [{ kind: "all", of: [{ kind: "not", of: UA }, REQUEST] }, UN],
    });
    expect(parseConditionText("mandate(UN) or request and not peace(UA)")).toEqual({
      kind: "any",
      of: [UN, { kind: "all", of: [REQUEST, { kind: "not", of: UA }] }],
    });
  });

  it("print a chain inside another chain in brackets, even where precedence would do without", () => {
    const condition: Condition = { kind: "any", of: [UN, { kind: "all", of: [REQUEST, UA] }] };
    expect(printCondition(condition)).toBe("mandate(UN) or (request and peace(UA))");
    expect(printCondition(parseConditionText("mandate(UN) or request and peace(UA)"))).toBe("mandate(UN) or (request and peace(UA))");
  });

  it("stack: not not is two nots", () => {
    const condition: Condition = { kind: "not", of: { kind: "not", of: UA } };
    expect(parseConditionText("not not peace(UA)")).toEqual(condition);
    expect(printCondition(condition)).toBe("not not peace(UA)");
  });

  it("put a chain under not in brackets", () => {
    const condition: Condition = { kind: "not", of: { kind: "any", of: [UA, UN] } };
    expect(printCondition(condition)).toBe("not (peace(UA) or mandate(UN))");
    expect(parseConditionText("not (peace(UA) or mandate(UN))")).toEqual(condition);
  });
});

describe("brackets", () => {
  it("keep a nested chain of the same kind apart, as its own node", () => {
    const nested: Condition = { kind: "all", of: [UA, { kind: "all", of: [REQUEST, UN] }] };
    expect(parseConditionText("peace(UA) and (request and mandate(UN))")).toEqual(nested);
    expect(printCondition(nested)).toBe("peace(UA) and (request and mandate(UN))");
    expect(parseConditionText("peace(UA) and request and mandate(UN)")).toEqual({ kind: "all", of: [UA, REQUEST, UN] });
  });

  it("around a single atom or around another bracket add nothing", () => {
    expect(parseConditionText("((peace(UA)))")).toEqual(UA);
    expect(parseConditionText("((peace(UA) or request))")).toEqual({ kind: "any", of: [UA, REQUEST] });
  });
});

describe("all(…) and any(…)", () => {
  it("write an all or an any of a single condition", () => {
    const single: Condition = { kind: "all", of: [{ kind: "any", of: [UA] }] };
    expect(printCondition(single)).toBe("all(any(peace(UA)))");
    expect(parseConditionText("all(any(peace(UA)))")).toEqual(single);
  });

  it("take several conditions, separated by commas, as a chain would", () => {
    expect(parseConditionText("all(peace(UA), request or mandate(UN))")).toEqual({ kind: "all", of: [UA, { kind: "any", of: [REQUEST, UN] }] });
    expect(printCondition(parseConditionText("any(peace(UA), request)"))).toBe("peace(UA) or request");
  });

  it("are operands like any other: under not, in a chain", () => {
    const condition: Condition = { kind: "all", of: [{ kind: "not", of: { kind: "any", of: [UA] } }, REQUEST] };
    expect(printCondition(condition)).toBe("not any(peace(UA)) and request");
    expect(parseConditionText("not any(peace(UA)) and request")).toEqual(condition);
  });
});

describe("white space", () => {
  it("may be any amount, of any kind, between tokens, lines ending in \\n, \\r\\n or \\r", () => {
    const text = "\t peace ( UA )\r\n  and\rrequest\n\n or\u00a0not mandate(UN)  ";
    expect(printCondition(parseConditionText(text))).toBe("(peace(UA) and request) or not mandate(UN)");
  });

  it("is needed only between words", () => {
    expect(printCondition(parseConditionText('peace(UA)and(request"q")or not(mandate(UN))'))).toBe('(peace(UA) and request "q") or not mandate(UN)');
  });
});

describe("what parseConditionText returns", () => {
  it("is frozen all the way down", () => {
    const condition = parseConditionText('not (US offers x in-country(UA) "q") and request');
    const all = condition as Extract<Condition, { kind: "all" }>;
    const not = all.of[0] as Extract<Condition, { kind: "not" }>;
    const offer = not.of as Extract<Condition, { kind: "commitment" }>;
    expect([condition, all.of, not, offer, offer.location].every(Object.isFrozen)).toBe(true);
  });
});
