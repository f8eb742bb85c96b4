import { describe, expect, it } from "vitest";
import { CoalitionError, isCoalitionError } from "../../src/index.js";
import type { DatasetIssue } from "../../src/index.js";

describe("CoalitionError", () => {
  it("is an Error with its name, code and message", () => {
    const error = new CoalitionError("missing_exchange_rate", "no rate for EUR→USD");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CoalitionError");
    expect(error.code).toBe("missing_exchange_rate");
    expect(error.message).toBe("no rate for EUR→USD");
    expect(String(error)).toBe("CoalitionError: no rate for EUR→USD");
  });

  it("carries no issue unless it is given some", () => {
    expect(new CoalitionError("invalid_argument", "bad").issues).toEqual([]);
  });

  it("carries the issues of an invalid dataset, as given", () => {
    const issues: DatasetIssue[] = [{ code: "missing_field", path: ["id"], message: "id is required" }];
    const error = new CoalitionError("invalid_dataset", "1 issue", issues);
    expect(error.issues).toBe(issues);
  });
});

describe("isCoalitionError", () => {
  it("recognises the library's own error", () => {
    expect(isCoalitionError(new CoalitionError("invalid_argument", "bad"))).toBe(true);
  });

  it("recognises the error of another copy of the library, where instanceof fails", () => {
    // What a second copy of the library throws: the same global brand and name, another class.
    const foreign = Object.assign(new Error("bad"), { name: "CoalitionError", [Symbol.for("coalition.error")]: true });
    expect(foreign instanceof CoalitionError).toBe(false);
    expect(isCoalitionError(foreign)).toBe(true);
  });

  it("rejects other errors, even one named CoalitionError without the brand", () => {
    const impostor = Object.assign(new Error("bad"), { name: "CoalitionError" });
    expect(isCoalitionError(new Error("bad"))).toBe(false);
    expect(isCoalitionError(impostor)).toBe(false);
  });

  it("rejects a branded object whose name is not CoalitionError", () => {
    expect(isCoalitionError({ [Symbol.for("coalition.error")]: true, name: "TypeError" })).toBe(false);
  });

  it("rejects values that are not objects", () => {
    for (const value of [null, undefined, "CoalitionError", 42, true, Symbol.for("coalition.error")]) {
      expect(isCoalitionError(value), String(value)).toBe(false);
    }
  });
});
