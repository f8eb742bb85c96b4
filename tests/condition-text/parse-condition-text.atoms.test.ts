// Each kind of atom, written and read: the short form when its optional fields are
// absent, every field when they are there, and its quote last.
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";

/** The text reads as the condition, and the condition prints as the text. */
function both(text: string, condition: Condition): void {
  expect(parseConditionText(text)).toEqual(condition);
  expect(printCondition(condition)).toBe(text);
}

describe("a peace agreement or a ceasefire", () => {
  it("is peace(COUNTRY) for an agreement", () => {
    both("peace(UA)", { kind: "peace", form: "agreement", country: "UA" });
  });

  it("is ceasefire(COUNTRY) for a ceasefire", () => {
    both("ceasefire(UA)", { kind: "peace", form: "ceasefire", country: "UA" });
  });
});

describe("a request", () => {
  it("is the bare word when the source names no one who asks", () => {
    both("request", { kind: "request" });
  });

  it("names who asks in brackets", () => {
    both("request(UA)", { kind: "request", by: "UA" });
    both("request(coalition-of-the-willing)", { kind: "request", by: "coalition-of-the-willing" });
  });

  it("may be written with empty brackets, printed without", () => {
    expect(parseConditionText("request()")).toEqual({ kind: "request" });
  });
});

describe("an approval", () => {
  it("names the institution", () => {
    both("approval(CH.government)", { kind: "approval", institution: "CH.government" });
  });
});

describe("an inclusion", () => {
  it("names what to be included in, as a string", () => {
    both('inclusion("all consultations")', { kind: "inclusion", in: "all consultations" });
  });

  it("names who must be included first, when the source says", () => {
    both('inclusion(TR, "all consultations and preparations")', { kind: "inclusion", actor: "TR", in: "all consultations and preparations" });
  });
});

describe("another actor's commitment", () => {
  it("is ACTOR offers TYPE, any offer (at least open) when no stance is given", () => {
    both("US offers air-power", { kind: "commitment", actor: "US", type: "air-power", minStance: "open" });
  });

  it("takes a minimum stance after at-least", () => {
    both("US offers air-power at-least ready", { kind: "commitment", actor: "US", type: "air-power", minStance: "ready" });
  });

  it("takes a location, before the stance", () => {
    both("US offers air-power in-country(UA) at-least committed", {
      kind: "commitment",
      actor: "US",
      type: "air-power",
      minStance: "committed",
      location: { kind: "in-country", country: "UA" },
    });
  });

  it("reads the location and the stance in either order, and 'offer' as 'offers'", () => {
    expect(parseConditionText("US offer air-power at-least ready at-sea")).toEqual({
      kind: "commitment",
      actor: "US",
      type: "air-power",
      minStance: "ready",
      location: { kind: "at-sea" },
    });
  });

  it("reads 'at-least open' as no stance at all, and prints it so", () => {
    expect(printCondition(parseConditionText("US offers air-power at-least open"))).toBe("US offers air-power");
  });
});

describe("a threshold of others", () => {
  it("is at-least N others offer TYPE", () => {
    both("at-least 4 others offer ground-troops", { kind: "threshold", count: 4, type: "ground-troops", minStance: "open" });
  });

  it("says 'other offers' for one, and reads either number", () => {
    both("at-least 1 other offers ground-troops", { kind: "threshold", count: 1, type: "ground-troops", minStance: "open" });
    expect(parseConditionText("at-least 1 others offer ground-troops")).toEqual(parseConditionText("at-least 1 other offers ground-troops"));
  });

  it("counts only a coalition's participants with 'of COALITION'", () => {
    both("at-least 4 of coalition-of-the-willing offer ground-troops", {
      kind: "threshold",
      count: 4,
      type: "ground-troops",
      minStance: "open",
      among: "coalition-of-the-willing",
    });
  });

  it("takes a location and a minimum stance like a commitment", () => {
    both('at-least 2 of cotw offer peacekeepers neighbouring-countries(UA, "European") at-least ready', {
      kind: "threshold",
      count: 2,
      type: "peacekeepers",
      minStance: "ready",
      among: "cotw",
      location: { kind: "neighbouring-countries", of: "UA", region: "European" },
    });
  });

  it("counts up to a million, with leading zeros read but not printed", () => {
    both("at-least 1000000 others offer ground-troops", { kind: "threshold", count: 1_000_000, type: "ground-troops", minStance: "open" });
    expect(printCondition(parseConditionText("at-least 007 others offer ground-troops"))).toBe("at-least 7 others offer ground-troops");
  });
});

describe("a mandate", () => {
  it("names who gives it", () => {
    both("mandate(UN)", { kind: "mandate", by: "UN" });
  });
});

describe("a fact", () => {
  it("has an id and a description", () => {
    both('fact(us-backstop, "a US security backstop")', { kind: "fact", id: "us-backstop", description: "a US security backstop" });
  });
});

describe("an atom's quote", () => {
  it("is a string after the atom, the source's words", () => {
    both('peace(UA) "if peace is achieved in Ukraine"', { kind: "peace", form: "agreement", country: "UA", quote: "if peace is achieved in Ukraine" });
    both('request "if requested"', { kind: "request", quote: "if requested" });
    both('at-sea-free offers minesweepers at-sea("Black Sea") "to clear the sea"', {
      kind: "commitment",
      actor: "at-sea-free",
      type: "minesweepers",
      minStance: "open",
      location: { kind: "at-sea", area: "Black Sea" },
      quote: "to clear the sea",
    });
  });
});

describe("keywords", () => {
  it("are read in any case; ids and country codes are kept as written", () => {
    expect(parseConditionText("PEACE(UA) AND Request(Ua.gov) OR NOT Mandate(UN)")).toEqual({
      kind: "any",
      of: [
        { kind: "all", of: [{ kind: "peace", form: "agreement", country: "UA" }, { kind: "request", by: "Ua.gov" }] },
        { kind: "not", of: { kind: "mandate", by: "UN" } },
      ],
    });
    expect(parseConditionText("At-Least 3 Others OFFER x In-Country(UA) AT-LEAST Ready")).toEqual({
      kind: "threshold",
      count: 3,
      type: "x",
      minStance: "ready",
      location: { kind: "in-country", country: "UA" },
    });
  });

  it("are read as ids where an id goes: an actor called 'not' offers, a type called 'at-sea'", () => {
    both("not offers at-sea at-sea", { kind: "commitment", actor: "not", type: "at-sea", minStance: "open", location: { kind: "at-sea" } });
    both("at-least offers and", { kind: "commitment", actor: "at-least", type: "and", minStance: "open" });
    both("at-least 2 of of offer offers", { kind: "threshold", count: 2, type: "offers", minStance: "open", among: "of" });
    both("all offers x and any offers y", {
      kind: "all",
      of: [
        { kind: "commitment", actor: "all", type: "x", minStance: "open" },
        { kind: "commitment", actor: "any", type: "y", minStance: "open" },
      ],
    });
  });

  it("keep a sentence under 'not' in brackets, so that an actor called 'offers' reads back", () => {
    both("not (offers offers x)", { kind: "not", of: { kind: "commitment", actor: "offers", type: "x", minStance: "open" } });
    both("not (at-least 4 others offer x)", { kind: "not", of: { kind: "threshold", count: 4, type: "x", minStance: "open" } });
    expect(parseConditionText("not US offers x")).toEqual(parseConditionText("not (US offers x)"));
  });
});
