// The questions a user of a coalition tracker asks, answered from the seed dataset
// through the public API, each answer with the records behind it.
import { describe, expect, it } from "vitest";
import {
  actorsByStance,
  coalitionParticipants,
  contestedActors,
  participantsByBloc,
  proposalPositions,
  provisionsFor,
} from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";

const dataset = seedDataset();
const REPORT_DAY = "2025-03-13";

describe("the seed dataset answers", () => {
  it("who leads the coalition: the United Kingdom and France", () => {
    const coalition = coalitionParticipants(dataset, "coalition-of-the-willing", { asOf: REPORT_DAY });
    expect(coalition?.leads).toEqual(["GB", "FR"]);
    expect(coalition?.sources).toEqual(["bloomberg-2025-03-13"]);
  });

  it("how many take part: 37 allies by the sources' count, six of them named", () => {
    const coalition = coalitionParticipants(dataset, "coalition-of-the-willing", { asOf: REPORT_DAY, claimPolicy: "latest" });
    expect(coalition?.participants.map((participation) => participation.actor)).toEqual(["AU", "CA", "FR", "GB", "JP", "NZ"]);
    expect(coalition?.participantCount).toMatchObject({ low: 37, high: 37 });
    expect(coalition?.participantCount?.picked).toMatchObject({ policy: "latest", disputed: false });
  });

  it("which participants of the talks are outside NATO as of 2025-03-13: Australia, Japan and New Zealand", () => {
    const talks = participantsByBloc(dataset, "coalition-talks", "nato", { asOf: REPORT_DAY });
    expect(talks.nonMembers.map((participant) => participant.actor)).toEqual(["AU", "JP", "NZ"]);
    expect(talks.members.map((participant) => participant.actor)).toEqual(["CA", "FR", "GB"]);
    // The answer cites the event's source and, for members, their membership's.
    expect(talks.nonMembers[0]?.sources).toEqual(["bloomberg-2025-03-13"]);
    expect(talks.members[0]?.sources).toContain("nato-member-countries");
  });

  it("who opposed the behind-the-line proposal: Germany, Italy, Spain and Poland", () => {
    const positions = proposalPositions(dataset, "behind-the-line-force", { asOf: REPORT_DAY });
    expect(positions.opponents.map((side) => side.actor)).toEqual(["DE", "ES", "IT", "PL"]);
    expect(positions.opponents.map((side) => side.statements.map((statement) => statement.id))).toEqual([
      ["de-on-behind-the-line"],
      ["es-on-behind-the-line"],
      ["it-on-behind-the-line"],
      ["pl-on-behind-the-line"],
    ]);
    expect(positions.proposedBy).toEqual(["FR"]);
    expect(positions.supporters).toEqual([]);
  });

  it("which actors are contested and how: Romania's president offers a transit hub its parliament does not support", () => {
    const contested = contestedActors(dataset, { asOf: REPORT_DAY });
    expect(contested.map((entry) => entry.actor)).toEqual(["RO"]);
    expect(contested[0]?.subject).toEqual({ kind: "contribution", type: "transit-hub", location: "in-country:RO" });
    expect(contested[0]?.statements.map((statement) => [statement.institution, statement.person, statement.stance, statement.id])).toEqual([
      ["RO.parliament", null, "opposed", "ro-parliament-transit-hub"],
      ["RO.head-of-state", "ilie-bolojan", "open", "ro-transit-hub"],
    ]);
  });

  it("who refuses participation in hostilities: Bulgaria, by a declaration of its parliament", () => {
    const refusing = actorsByStance(dataset, "cotw:hostilities", { maxStance: "refused", asOf: REPORT_DAY });
    expect(refusing.map((entry) => entry.actor)).toEqual(["BG"]);
    expect(refusing[0]?.statements.map((statement) => [statement.id, statement.institution, statement.sources])).toEqual([
      ["bg-no-hostilities", "BG.parliament", ["report-2025-03-13"]],
    ]);
  });

  it("what the allies hope the US provides, and what they do not ask of it", () => {
    const us = provisionsFor(dataset, "US", { asOf: REPORT_DAY });
    expect(us.asked.map((provision) => [provision.proposal, provision.type])).toEqual([
      ["us-backstop", "air-power"],
      ["us-backstop", "border-surveillance"],
      ["us-backstop", "intelligence"],
    ]);
    expect(us.asked[0]?.proposedBy).toEqual(["coalition-of-the-willing"]);
    expect(us.notAsked.map((provision) => [provision.proposal, provision.type])).toEqual([["us-backstop", "peacekeepers"]]);
    expect(us.notAsked[0]?.sources).toEqual(["bloomberg-2025-03-13"]);
  });

  it("who is ready to send troops or peacekeepers, and who only might", () => {
    const ready = actorsByStance(dataset, "personnel", { minStance: "ready", asOf: REPORT_DAY });
    expect(ready.map((entry) => entry.actor)).toEqual(["AU", "DK", "GB", "IE"]);
    const open = actorsByStance(dataset, "personnel", { minStance: "open", maxStance: "open", asOf: REPORT_DAY });
    expect(open.map((entry) => entry.actor)).toEqual(["BE", "CH", "SE", "TR"]);
  });
});
