import { describe, expect, it } from "vitest";
import { coalitionParticipants } from "../../src/index.js";
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

describe("coalitionParticipants", () => {
  it("gives the leads, the participants as of a day, and the count read by a claim policy", () => {
    const group = coalitionParticipants(data, "group", { asOf: "2025-03-01" });
    expect(group?.leads).toEqual(["FR"]);
    expect(group?.participants.map((participation) => participation.actor)).toEqual(["FR", "GB", "PL"]);
    expect(group?.participantCount).toMatchObject({ low: 30, high: 33 });
    expect(group?.participantCount?.picked.reason).toBe("all 2 claims: the sources disagree");
    const latest = coalitionParticipants(data, "group", { claimPolicy: "latest" });
    expect(latest?.participantCount).toMatchObject({ low: 33, high: 33 });
  });

  it("lists the participants by actor, keeping the dataset's order between records of one actor", () => {
    // Two sources each record Poland's participation: both records are in force, and both are listed.
    const twice = dataset({
      coalitions: [
        {
          id: "group",
          name: "Group",
          leads: ["PL"],
          participants: [
            { actor: "SE", from: "2024-01-01", sources: ["s-2024"] },
            { actor: "PL", from: "2024-01-01", sources: ["s-2025"] },
            { actor: "DE", from: "2024-01-01", sources: ["s-2024"] },
            { actor: "PL", from: "2024-01-01", sources: ["s-2024"] },
          ],
          sources: ["s-2024"],
        },
      ],
    });
    const participants = coalitionParticipants(twice, "group")?.participants ?? [];
    expect(participants.map((participation) => [participation.actor, participation.sources[0]])).toEqual([
      ["DE", "s-2024"],
      ["PL", "s-2025"],
      ["PL", "s-2024"],
      ["SE", "s-2024"],
    ]);
  });

  it("is undefined for an unknown coalition", () => {
    expect(coalitionParticipants(seed, "no-such-coalition")).toBeUndefined();
  });
});
