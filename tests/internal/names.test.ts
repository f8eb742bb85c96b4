// The plain-English names the kernel gives actors, places, types and condition atoms
// (src/internal/names.ts), which scenario explanations and reports read.
import { describe, expect, it } from "vitest";
import type { ConditionAtom } from "../../src/index.js";
import { capitalise, createNamer, possessiveOf } from "../../src/internal/names.js";
import { buildTaxonomy } from "../../src/internal/taxonomy.js";
import { dataset } from "../query/helpers.js";

const data = dataset({
  organizations: [
    { id: "nato", name: "North Atlantic Treaty Organization", kind: "alliance", memberships: [] },
    { id: "g7", name: "G7", kind: "forum", memberships: [] },
    { id: "un", name: "the United Nations", kind: "international-organization", memberships: [] },
  ],
  institutions: [
    { id: "GB.parliament", actor: "GB", kind: "parliament" },
    { id: "FR.cabinet", actor: "FR", kind: "other", name: "council of ministers" },
  ],
  coalitions: [{ id: "cotw", name: "Coalition of the willing", leads: ["GB"], participants: [], sources: ["s-2024"] }],
  contributionTypes: [{ id: "kiel:nato-air-policing", parent: "air", label: "NATO air policing" }],
});
const namer = createNamer(data, buildTaxonomy(data));
const atom = (leaf: Record<string, unknown>, holder = "GB") => namer.atom(leaf as unknown as ConditionAtom, holder);

describe("names of actors", () => {
  it("names a state as the platform does, with its article where it reads with one", () => {
    expect([namer.actor("GB"), namer.actor("FR"), namer.actor("US"), namer.actor("NL")]).toEqual([
      "the United Kingdom",
      "France",
      "the United States",
      "the Netherlands",
    ]);
    // Asked again: the same name.
    expect(namer.actor("GB")).toBe("the United Kingdom");
  });

  it("names an organization by its name, with an article where a name of several words takes one", () => {
    expect([namer.actor("nato"), namer.actor("g7"), namer.actor("un")]).toEqual(["the North Atlantic Treaty Organization", "G7", "the United Nations"]);
  });

  it("names a coalition in quotes, and an unknown id as itself", () => {
    expect([namer.actor("cotw"), namer.coalition("cotw"), namer.actor("nobody")]).toEqual([
      "“Coalition of the willing”",
      "“Coalition of the willing”",
      "nobody",
    ]);
  });

  it("makes possessives, and capitalises the start of a sentence", () => {
    expect([namer.possessive("GB"), namer.possessive("US"), possessiveOf("France")]).toEqual(["the United Kingdom's", "the United States'", "France's"]);
    expect([capitalise("the United Kingdom"), capitalise("")]).toEqual(["The United Kingdom", ""]);
  });
});

describe("names of types and places", () => {
  it("lower-cases a type's label but keeps an acronym, and names an unknown type by its id", () => {
    expect([namer.type("ground-troops"), namer.type("kiel:nato-air-policing"), namer.type("kiel:unknown")]).toEqual([
      "ground troops",
      "NATO air policing",
      "kiel:unknown",
    ]);
  });

  it("names each kind of location, with and without its narrower words", () => {
    expect(
      [
        { kind: "in-country", country: "UA" },
        { kind: "line-of-contact", country: "UA" },
        { kind: "behind-demarcation-line", country: "UA" },
        { kind: "neighbouring-countries", of: "UA" },
        { kind: "neighbouring-countries", of: "UA", region: "European" },
        { kind: "at-sea" },
        { kind: "at-sea", area: "the Black Sea" },
        { kind: "remote" },
        { kind: "remote", description: "from home bases" },
        { kind: "region", country: "UA", name: "Odesa oblast" },
        { kind: "areas", country: "UA", description: "strategic areas" },
        { kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true },
        { kind: "bloc-territory", bloc: "nato" },
        { kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" },
      ].map((place) => namer.location(place as never)),
    ).toEqual([
      " in Ukraine",
      " on the line of contact in Ukraine",
      " behind the demarcation line in Ukraine",
      " in countries neighbouring Ukraine",
      " in European countries neighbouring Ukraine",
      " at sea",
      " at sea (the Black Sea)",
      " remotely",
      " remotely (from home bases)",
      " in Odesa oblast (Ukraine)",
      " in strategic areas in Ukraine",
      " in strategic areas in Ukraine, away from the line of contact",
      " on the territory of the North Atlantic Treaty Organization",
      " on the territory of the North Atlantic Treaty Organization adjacent to Ukraine",
    ]);
    expect(namer.location(undefined)).toBe("");
  });
});

describe("names of condition atoms", () => {
  it("names peace, requests and mandates", () => {
    expect(atom({ kind: "peace", form: "agreement", country: "UA" })).toBe("a peace agreement in Ukraine");
    expect(atom({ kind: "peace", form: "ceasefire", country: "UA" })).toBe("a ceasefire in Ukraine");
    expect(atom({ kind: "request" })).toBe("a request");
    expect(atom({ kind: "request", by: "UA" })).toBe("a request by Ukraine");
    expect(atom({ kind: "mandate", by: "un" })).toBe("a mandate from the United Nations");
    expect(atom({ kind: "fact", key: "x", description: "elections held" })).toBe("elections held");
  });

  it("names an approval by the holder's own institution, another's, one of another kind, and an unknown one", () => {
    expect(atom({ kind: "approval", institution: "GB.parliament" })).toBe("the parliament's approval");
    expect(atom({ kind: "approval", institution: "GB.parliament" }, "FR")).toBe("the approval of the United Kingdom's parliament");
    expect(atom({ kind: "approval", institution: "FR.cabinet" }, "FR")).toBe("the council of ministers' approval");
    expect(atom({ kind: "approval", institution: "XX.senate" })).toBe("the approval of XX.senate");
  });

  it("names the holder's own inclusion and another's", () => {
    expect(atom({ kind: "inclusion", in: "all consultations" })).toBe("its inclusion in all consultations");
    expect(atom({ kind: "inclusion", actor: "GB", in: "all consultations" })).toBe("its inclusion in all consultations");
    expect(atom({ kind: "inclusion", actor: "FR", in: "all consultations" })).toBe("France's inclusion in all consultations");
  });

  it("names another's commitment, with its place and any minimum stance above open", () => {
    expect(atom({ kind: "commitment", actor: "US", type: "air-power", minStance: "open" })).toBe("an offer of air power by the United States");
    expect(atom({ kind: "commitment", actor: "US", type: "air-power", minStance: "ready", location: { kind: "in-country", country: "PL" } })).toBe(
      "an offer of air power in Poland by the United States (at least ready)",
    );
  });

  it("names a threshold of others, or of a coalition's participants, in the singular and the plural", () => {
    expect(atom({ kind: "threshold", count: 1, type: "ground-troops", minStance: "open" })).toBe("at least 1 other actor offering ground troops");
    expect(atom({ kind: "threshold", count: 3, type: "ground-troops", minStance: "committed" })).toBe(
      "at least 3 other actors offering ground troops (at least committed)",
    );
    expect(atom({ kind: "threshold", count: 1, type: "ground-troops", minStance: "open", among: "cotw" })).toBe(
      "at least 1 other participant of “Coalition of the willing” offering ground troops",
    );
    expect(atom({ kind: "threshold", count: 2, type: "ground-troops", minStance: "open", among: "cotw", location: { kind: "at-sea" } })).toBe(
      "at least 2 other participants of “Coalition of the willing” offering ground troops at sea",
    );
  });
});
