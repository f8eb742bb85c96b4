import { describe, expect, it } from "vitest";
import { pickClaims, type Dataset, type Source } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { dataset } from "../query/helpers.js";

const data = dataset({});
const count = (value: number, sources: string[]) => ({ value, sources });

describe("pickClaims", () => {
  const disputed = { claims: [count(40, ["s-2024"]), count(37, ["s-2025"]), count(39, ["s-2025-01"])] };

  it("uses every claim by default, and says the sources disagree", () => {
    const picked = pickClaims(disputed, data);
    expect(picked.policy).toBe("all");
    expect(picked.claims.map((claim) => claim.value)).toEqual([40, 37, 39]);
    expect(picked.disputed).toBe(true);
    expect(picked.reason).toBe("all 3 claims: the sources disagree");
  });

  it("picks the claim of the most recent source under \"latest\", and says so", () => {
    const picked = pickClaims(disputed, data, { policy: "latest" });
    expect(picked.claims.map((claim) => claim.value)).toEqual([37]);
    expect(picked.reason).toBe("the latest of 3 claims, dated 2025-12-31 (s-2025)");
  });

  it("picks the claim of the most authoritative kind of source under \"most-authoritative\"", () => {
    const picked = pickClaims(disputed, data, { policy: "most-authoritative" });
    expect(picked.claims.map((claim) => claim.value)).toEqual([40]);
    expect(picked.reason).toBe("the most authoritative of 3 claims, from official-statement sources (s-2024)");
  });

  it("keeps every claim tied under a policy instead of dropping one silently", () => {
    const tied = { claims: [count(12, ["s-2025"]), count(14, ["s-2025"])] };
    const picked = pickClaims(tied, data, { policy: "latest" });
    expect(picked.claims.map((claim) => claim.value)).toEqual([12, 14]);
    expect(picked.reason).toBe("the 2 latest of 2 claims, all dated 2025-12-31");
  });

  it("reads a claim by its best source when it has several", () => {
    const picked = pickClaims({ claims: [count(1, ["s-2025", "s-2024"]), count(2, ["s-2025-01"])] }, data, { policy: "most-authoritative" });
    expect(picked.claims.map((claim) => claim.value)).toEqual([1]);
  });

  it("reports a single claim as undisputed, whatever the policy", () => {
    const seed = seedDataset();
    const participants = seed.coalitions.find((coalition) => coalition.id === "coalition-of-the-willing")?.participantCount;
    expect(participants).toBeDefined();
    const picked = pickClaims(participants ?? { claims: [] }, seed, { policy: "most-authoritative" });
    expect(picked).toMatchObject({ disputed: false, reason: "the only claim (bloomberg-2025-03-13)" });
    expect(picked.claims.map((claim) => claim.value)).toEqual([{ kind: "exact", value: 37, of: "participants" }]);
  });

  it("ranks a claim whose sources the dataset does not list below every dated claim, and says so when all are unlisted", () => {
    const withStranger = { claims: [count(5, ["not-in-dataset"]), count(6, ["s-2024"])] };
    expect(pickClaims(withStranger, data, { policy: "latest" }).claims.map((claim) => claim.value)).toEqual([6]);
    expect(pickClaims(withStranger, data, { policy: "most-authoritative" }).claims.map((claim) => claim.value)).toEqual([6]);

    const strangers = { claims: [count(5, ["stranger-a"]), count(6, ["stranger-b"])] };
    expect(pickClaims(strangers, data, { policy: "latest" }).reason).toBe("the 2 latest of 2 claims, all of unknown date");
    expect(pickClaims(strangers, data, { policy: "most-authoritative" }).reason).toBe(
      "the 2 most authoritative of 2 claims, all of unknown kind",
    );
  });

  it("ranks a claim whose only source has no real date (a dataset built by hand) as of unknown date", () => {
    const handBuilt: Dataset = { ...data, sources: [...data.sources, { ...(data.sources[0] as Source), id: "s-undated", date: "unknown" as Source["date"] }] };
    const claims = { claims: [count(5, ["s-undated"]), count(6, ["s-2024"])] };
    // "unknown" is later than any real day as a key; here it must count as no date at all.
    expect(pickClaims(claims, handBuilt, { policy: "latest" }).claims.map((claim) => claim.value)).toEqual([6]);
  });

  it("answers an empty list of claims with no claim", () => {
    expect(pickClaims({ claims: [] }, data)).toEqual({ policy: "all", claims: [], disputed: false, reason: "no claim" });
  });
});
