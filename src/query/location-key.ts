import type { Location } from "../model/types.js";

/**
 * A location as a short string key, the form aggregates and stance answers use:
 * the kind, then its country and narrowing words, joined by `:`.
 *
 * @param location A commitment's or provision's location.
 * @returns `"in-country:UA"`, `"neighbouring-countries:UA:European"`, `"at-sea"`…
 * @example
 * ```ts
 * import { locationKey } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const proposal = seedDataset().proposals.find((candidate) => candidate.id === "behind-the-line-force");
 * locationKey(proposal?.provisions?.[0]?.location ?? { kind: "remote" });
 * //=> "behind-demarcation-line:UA"
 * locationKey({ kind: "neighbouring-countries", of: "UA", region: "European" });
 * //=> "neighbouring-countries:UA:European"
 * ```
 */
export function locationKey(location: Location): string {
  switch (location.kind) {
    case "neighbouring-countries":
      return `${location.kind}:${location.of}${location.region === undefined ? "" : `:${location.region}`}`;
    case "at-sea":
      return location.area === undefined ? location.kind : `${location.kind}:${location.area}`;
    case "remote":
      return location.description === undefined ? location.kind : `${location.kind}:${location.description}`;
    default:
      return `${location.kind}:${location.country}`;
  }
}
