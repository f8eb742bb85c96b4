import { invalidArgument } from "../internal/errors.js";
import type { Location } from "../model/types.js";

/**
 * A location as a short string key, the form aggregates and stance answers use:
 * the kind, then its country and narrowing words, joined by `:`.
 *
 * @param location A commitment's or provision's location.
 * @returns `"in-country:UA"`, `"neighbouring-countries:UA:European"`, `"region:UA:Odesa oblast"`, `"bloc-territory:nato:UA"`, `"at-sea"`…
 * @throws {CoalitionError} `invalid_argument` when `location` is no location object.
 * @example
 * ```ts
 * import { locationKey } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const proposal = seedDataset().proposals.find((candidate) => candidate.id === "behind-the-line-force");
 * locationKey(proposal?.provisions?.[0]?.location ?? { kind: "remote" });
 * //=> "behind-demarcation-line:UA"
 * locationKey({ kind: "neighbouring-countries", of: "UA", region: "European" });
 * //=> "neighbouring-countries:UA:European"
 * locationKey({ kind: "bloc-territory", bloc: "nato", adjacentTo: "UA" });
 * //=> "bloc-territory:nato:UA"
 * ```
 *
 * @category Queries
 */
export function locationKey(location: Location): string {
  if (typeof location !== "object" || location === null) throw invalidArgument("location", `location must be an object, not ${location === null ? "null" : typeof location}`);
  switch (location.kind) {
    case "in-country":
    case "line-of-contact":
    case "behind-demarcation-line":
      return `${location.kind}:${location.country}`;
    case "neighbouring-countries":
      return withDetails(location.kind, location.of, location.region);
    case "at-sea":
      return withDetails(location.kind, location.area);
    case "remote":
      return withDetails(location.kind, location.description);
    case "region":
      return `${location.kind}:${location.country}:${location.name}`;
    case "areas":
      return `${location.kind}:${location.country}:${location.description}`;
    case "bloc-territory":
      return withDetails(location.kind, location.bloc, location.adjacentTo);
  }
}

/** The kind, then each detail the location gives, in order, joined by `:`. */
function withDetails(kind: string, ...details: (string | undefined)[]): string {
  let key = kind;
  for (const detail of details) if (detail !== undefined) key += `:${detail}`;
  return key;
}
