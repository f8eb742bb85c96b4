// The location hierarchy, one step at a time: what a location lies within.
import type { Location } from "../model/types.js";

/**
 * The location a location lies within, one step up, or undefined at the top: a
 * `region`, `areas`, the `line-of-contact` or `behind-demarcation-line` of a country are
 * in that country (`in-country`); a `bloc-territory` adjacent to a country is among that
 * country's neighbours (`neighbouring-countries`). Every other location is at the top.
 * @internal
 */
export function locationParent(location: Location): Location | undefined {
  switch (location.kind) {
    case "region":
    case "areas":
    case "line-of-contact":
    case "behind-demarcation-line":
      return { kind: "in-country", country: location.country };
    case "bloc-territory":
      return location.adjacentTo === undefined ? undefined : { kind: "neighbouring-countries", of: location.adjacentTo };
    default:
      return undefined;
  }
}
