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
 *
 * @category Queries
 */
export function locationKey(location: Location): string {
  // Every kind names at most one place (a country, the country whose neighbours, a sea
  // area or a description), and only neighbouring countries narrow it by region.
  const { kind, country, of, area, description, region } = location as Partial<Record<string, string>> & Location;
  const place = country ?? of ?? area ?? description;
  return place === undefined ? kind : region === undefined ? `${kind}:${place}` : `${kind}:${place}:${region}`;
}
