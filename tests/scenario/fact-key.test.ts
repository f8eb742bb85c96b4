import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { factKey } from "../../src/scenario.js";

describe("fact keys", () => {
  it("names each kind of fact by what it is about", () => {
    expect(factKey({ kind: "peace", form: "ceasefire", country: "UA" })).toBe("peace:ceasefire:UA");
    expect(factKey({ kind: "request", by: "UA" }, { actor: "CH" })).toBe("request:UA:CH");
    expect(factKey({ kind: "inclusion", in: "all consultations" }, { actor: "TR" })).toBe("inclusion:TR");
    expect(factKey({ kind: "inclusion", actor: "UA", in: "the talks" }, { actor: "TR" })).toBe("inclusion:UA");
    expect(factKey({ kind: "mandate", by: "eu" })).toBe("mandate:eu");
    expect(factKey({ kind: "fact", id: "us-backstop", description: "A US backstop" })).toBe("fact:us-backstop");
    expect(factKey({ kind: "threshold", count: 3, type: "ground-troops", minStance: "ready", among: "cotw" })).toBe(
      "threshold:3:ground-troops:ready:cotw",
    );
    expect(factKey({ kind: "threshold", count: 2, type: "aircraft", minStance: "open", location: { kind: "in-country", country: "UA" } })).toBe(
      "threshold:2:aircraft:open:*:in-country:UA",
    );
  });

  it("ignores the quote: the same fact however a source words it", () => {
    expect(factKey({ kind: "peace", form: "agreement", country: "UA", quote: "post-war" })).toBe(
      factKey({ kind: "peace", form: "agreement", country: "UA", quote: "if peace is achieved" }),
    );
  });

  it("asks for the actor whose condition it is when the key depends on it", () => {
    for (const atom of [{ kind: "request" }, { kind: "inclusion", in: "the talks" }] as const) {
      let thrown: unknown;
      try {
        factKey(atom);
      } catch (error) {
        thrown = error;
      }
      expect(isCoalitionError(thrown) && thrown.code === "invalid_argument").toBe(true);
    }
  });
});
