import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { invalidArgument } from "../../src/internal/errors.js";

describe("isCoalitionError", () => {
  it("recognises the library's own error", () => {
    expect(isCoalitionError(invalidArgument("asOf", "bad"))).toBe(true);
  });

  it("recognises the error of another copy of the library, where instanceof fails", () => {
    // What a second copy of the library throws: the same global brand and name, another class.
    const foreign = Object.assign(new Error("bad"), { name: "CoalitionError", [Symbol.for("coalition.error")]: true });
    expect(foreign instanceof (invalidArgument("asOf", "bad").constructor as ErrorConstructor)).toBe(false);
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
