import { describe, expect, it } from "vitest";
import { participantsByBloc } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset } from "./helpers.js";

const seed = seedDataset();
const data = dataset({
  organizations: [
    {
      id: "club",
      name: "Club",
      kind: "forum",
      memberships: [
        { member: "GB", from: "2020", to: "2024-06-01", sources: ["s-2024"] },
        { member: "FR", from: "2023-05-01", sources: ["s-2024"] },
        { member: "SE", from: "2024-03-07", sources: ["s-2024"] },
      ],
    },
  ],
  coalitions: [
    {
      id: "group",
      name: "Group",
      leads: ["FR"],
      participants: [
        { actor: "FR", from: "2024-01-01", sources: ["s-2024"] },
        { actor: "GB", from: "unknown", sources: ["s-2025-01"] },
        { actor: "SE", from: "2024-01-01", to: "2025-02-01", sources: ["s-2024"] },
        { actor: "PL", from: "2024-01-01", sources: ["s-2024"] },
      ],
      participantCount: { claims: [{ value: 30, sources: ["s-2024"] }, { value: 33, sources: ["s-2025"] }] },
      sources: ["s-2024"],
    },
  ],
});

describe("participantsByBloc", () => {
  it("splits a coalition's participants as of a day by membership of a bloc as of that day", () => {
    const split = (asOf: string) => {
      const answer = participantsByBloc(data, "group", "club", { asOf });
      return [answer.members.map((entry) => entry.actor), answer.nonMembers.map((entry) => entry.actor)];
    };
    // GB takes part from its source (January 2025); SE left the group on 2025-02-01.
    expect(split("2024-06-30")).toEqual([["FR", "SE"], ["PL"]]);
    expect(split("2025-01-31")).toEqual([["FR", "SE"], ["GB", "PL"]]);
    expect(split("2025-02-01")).toEqual([["FR"], ["GB", "PL"]]);
  });

  it("honours membership dates: from the end of a year-precision start, not as of an exclusive end", () => {
    const members = (asOf: string) => participantsByBloc(data, "group", "club", { asOf }).members.map((entry) => entry.actor);
    expect(participantsByBloc(data, "group", "club", { asOf: "2024-03-06" }).nonMembers.map((entry) => entry.actor)).toContain("SE");
    expect(members("2024-03-07")).toContain("SE");
    expect(participantsByBloc(data, "group", "club", { asOf: "2020-06-30" }).members).toEqual([]);
  });

  it("reads the current memberships when no day is given", () => {
    const current = participantsByBloc(seed, "coalition-of-the-willing", "eu");
    expect(current.members.map((entry) => entry.actor)).toEqual(["FR"]);
    expect(current.nonMembers.map((entry) => entry.actor)).toEqual(["AU", "CA", "GB", "JP", "NZ"]);
  });

  it("takes an event's hosts and participants, either of which it may leave out", () => {
    const meetings = dataset({
      organizations: data.organizations,
      events: [
        { id: "summit", title: "Summit", kind: "summit", status: "held", from: "2025-01-10", hosts: ["GB"], participants: ["SE", "PL"], sources: ["s-2025-01"] },
        { id: "hosted", title: "Hosted", kind: "summit", status: "held", from: "2025-01-10", hosts: ["FR"], sources: ["s-2025-01"] },
        { id: "call", title: "Call", kind: "call", status: "held", from: "2025-01-10", participants: ["GB", "DE"], sources: ["s-2025-01"] },
      ],
    });
    const split = (of: string) => {
      const answer = participantsByBloc(meetings, of, "club", { asOf: "2025-01-10" });
      return [answer.members.map((entry) => entry.actor), answer.nonMembers.map((entry) => entry.actor)];
    };
    expect(split("summit")).toEqual([["SE"], ["GB", "PL"]]);
    expect(split("hosted")).toEqual([["FR"], []]);
    expect(split("call")).toEqual([[], ["DE", "GB"]]);
    // A member's sources: the event's, then its membership's.
    expect(participantsByBloc(meetings, "hosted", "club", { asOf: "2025-01-10" }).members[0]?.sources).toEqual(["s-2025-01", "s-2024"]);
  });

  it("lists an actor the coalition names twice once, with the sources of both participations", () => {
    const twice = dataset({
      coalitions: [
        {
          id: "pair",
          name: "Pair",
          leads: ["PL"],
          participants: [
            { actor: "PL", from: "2024-01-01", sources: ["s-2024"] },
            { actor: "GB", from: "2024-01-01", sources: ["s-2024"] },
            { actor: "PL", from: "2025-01-01", sources: ["s-2025-01", "s-2024"] },
          ],
          sources: ["s-2024"],
        },
      ],
    });
    const answer = participantsByBloc(twice, "pair", "no-bloc", { asOf: "2025-03-01" });
    expect(answer.nonMembers).toEqual([
      { actor: "GB", membership: null, sources: ["s-2024"] },
      { actor: "PL", membership: null, sources: ["s-2024", "s-2025-01"] },
    ]);
  });

  it("answers an unknown coalition, event or bloc without throwing", () => {
    expect(participantsByBloc(seed, "nothing", "nato")).toMatchObject({ members: [], nonMembers: [] });
    expect(participantsByBloc(seed, "coalition-talks", "no-bloc").members).toEqual([]);
  });
});
