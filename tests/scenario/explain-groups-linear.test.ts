// Explaining the offers of a coordination group costs time linear in the group's size:
// each offer's sentence names at most two other members and counts the rest. It used
// to list the whole group once per member, which made a cycle of 32,000 offers take
// 20 s to explain (100,000: 4 minutes). The work is counted here, not timed: every
// read of a member of the group's list goes through a counting proxy.
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/index.js";
import { explainGroup, explainInput, explainOffer } from "../../src/scenario/internal/explain.js";
import { coordinationGroups } from "../../src/scenario/internal/groups.js";
import { solveReadings } from "../../src/scenario/internal/readings.js";
import { solve } from "../../src/scenario/internal/solve.js";
import { dataset } from "./helpers.js";

/** `n` offers of ground troops, each asking for the next actor's: one cycle, that no fact settles. */
function cycle(n: number): Dataset {
  const commitments: Dataset["commitments"][number][] = [];
  for (let i = 0; i < n; i++) {
    commitments.push({
      id: `c${i}`,
      actor: `a${i}`,
      type: "ground-troops",
      stance: "ready",
      date: "unknown",
      sources: ["s1"],
      condition: { kind: "commitment", actor: `a${(i + 1) % n}`, type: "ground-troops", minStance: "ready" },
    });
  }
  return { ...dataset({}), commitments };
}

/** Every member's explanation and the group's sentence, with the number of reads of the group's members they took. */
function explainCycle(n: number): { explanations: string[]; sentence: string; reads: number } {
  const { graph } = solve(cycle(n), {}, undefined);
  const { groupOf, groups } = coordinationGroups(graph);
  let reads = 0;
  const counted = groups.map(
    (members) =>
      new Proxy(members, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  const input = explainInput(graph, solveReadings(graph), { groupOf, groups: counted });
  const explanations = groups[0]!.map((offer) => explainOffer(input, offer).explanation);
  const sentence = explainGroup(input, counted[0]!);
  return { explanations, sentence, reads };
}

describe("explaining a coordination group", () => {
  it("reads each member of a group a few times, whatever the group's size", () => {
    const n = 2_000;
    const { explanations, sentence, reads } = explainCycle(n);
    expect(explanations).toHaveLength(n);
    expect(explanations[5]).toBe(
      "A5's offer of ground troops is undetermined: it needs an offer of ground troops by a6 (at least ready), which is unknown; it is in a coordination group with a0's offer of ground troops, a1's offer of ground troops and 1997 more offers: inactive if no one moves first, active if all move together.",
    );
    expect(explanations[0]).toContain("it is in a coordination group with a1's offer of ground troops, a2's offer of ground troops and 1997 more offers");
    expect(sentence).toBe(
      "A0's offer of ground troops, a1's offer of ground troops, a2's offer of ground troops and 1997 more offers depend on one another: none active if no one moves first, all if all move together.",
    );
    // At most three reads per member's sentence, and one pass for the group's: listing
    // the others for each member would read n * n = 4,000,000.
    expect(reads).toBeLessThanOrEqual(4 * n + 3);
  });

  it("names the one other member of a group of two, and only itself in a group of one", () => {
    const pair = explainCycle(2);
    expect(pair.explanations[1]).toContain("it is in a coordination group with a0's offer of ground troops: inactive if no one moves first");
    const alone = explainCycle(1);
    expect(alone.explanations[0]).toContain("; it depends on itself: inactive if no one moves first, active if all move together.");
    expect(alone.sentence).toBe("A0's offer of ground troops depends on itself: none active if no one moves first, all if all move together.");
  });
});
