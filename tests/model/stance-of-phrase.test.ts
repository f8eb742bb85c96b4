import { describe, expect, it } from "vitest";
import { STANCES, STANCE_PHRASES, stanceOfPhrase } from "../../src/index.js";

describe("stanceOfPhrase", () => {
  it("maps every documented phrase to its stance", () => {
    for (const { phrase, stance } of STANCE_PHRASES) expect(stanceOfPhrase(phrase), phrase).toBe(stance);
  });

  it("maps the report's words as the scale says", () => {
    expect(stanceOfPhrase("ready to send")).toBe("ready");
    expect(stanceOfPhrase("could")).toBe("open");
    expect(stanceOfPhrase("does not rule out")).toBe("open");
    expect(stanceOfPhrase("logical to send")).toBe("open");
    expect(stanceOfPhrase("does not support")).toBe("opposed");
    expect(stanceOfPhrase("will not")).toBe("refused");
  });

  it("ignores case and surrounding or repeated white space", () => {
    expect(stanceOfPhrase("  Does NOT\trule   out ")).toBe("open");
  });

  it("has no answer for a phrase outside the mapping", () => {
    expect(stanceOfPhrase("might, one day")).toBeUndefined();
    expect(stanceOfPhrase("")).toBeUndefined();
  });

  it("uses a dataset's extra phrases", () => {
    expect(stanceOfPhrase("keen to", { extraPhrases: [{ phrase: "Keen to", stance: "ready" }] })).toBe("ready");
  });

  it("never lets an extra phrase redefine a documented one", () => {
    expect(stanceOfPhrase("will not", { extraPhrases: [{ phrase: "will not", stance: "open" }] })).toBe("refused");
  });

  it("has each documented phrase once, and a phrase for every stance", () => {
    const phrases = STANCE_PHRASES.map(({ phrase }) => phrase.toLowerCase());
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const stance of STANCES)
      expect(
        STANCE_PHRASES.some((entry) => entry.stance === stance),
        stance
      ).toBe(true);
  });
});
