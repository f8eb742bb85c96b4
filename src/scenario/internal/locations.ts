// Locations in the scenario: which offered location an atom's location takes in, and
// the keys that tell atoms' locations apart. Built on the kernel's location keys
// (model/location-key.ts) and its hierarchy (internal/location-parent.ts): an atom
// asking for a place matches offers at that place and at every place under it.
import { locationParent } from "../../internal/location-parent.js";
import { locationKey } from "../../model/location-key.js";
import type { Location } from "../../model/types.js";

type Of<K extends Location["kind"]> = Extract<Location, { kind: K }>;

/** Whether `words` asked for (undefined: none asked) are the `given` ones. */
function narrows(words: string | boolean | undefined, given: string | boolean | undefined): boolean {
  return words === undefined || words === given;
}

/** Per kind: whether a location of that kind is the one wanted, the wanted one's narrower words given where it gives them. */
const SAME_PLACE: { readonly [K in Location["kind"]]: (wanted: Of<K>, other: Of<K>) => boolean } = {
  "in-country": (wanted, other) => other.country === wanted.country,
  "line-of-contact": (wanted, other) => other.country === wanted.country,
  "behind-demarcation-line": (wanted, other) => other.country === wanted.country,
  "neighbouring-countries": (wanted, other) => other.of === wanted.of && narrows(wanted.region, other.region),
  "at-sea": (wanted, other) => narrows(wanted.area, other.area),
  remote: (wanted, other) => narrows(wanted.description, other.description),
  region: (wanted, other) => other.country === wanted.country && other.name === wanted.name,
  areas: (wanted, other) =>
    other.country === wanted.country && other.description === wanted.description && narrows(wanted.awayFromLineOfContact, other.awayFromLineOfContact),
  "bloc-territory": (wanted, other) => other.bloc === wanted.bloc && narrows(wanted.adjacentTo, other.adjacentTo),
};

/** Whether `place` is the `wanted` place (same kind, same country, its narrower words where the wanted one gives them). */
function samePlace(wanted: Location, place: Location): boolean {
  if (place.kind !== wanted.kind) return false;
  return (SAME_PLACE[wanted.kind] as (wanted: Location, other: Location) => boolean)(wanted, place);
}

/**
 * Whether an offer's location satisfies the location an atom asks for: the place
 * itself, or a place under it (a region of a country is in the country; NATO territory
 * adjacent to Ukraine is among Ukraine's neighbours). An offer that names no location
 * satisfies none.
 * @internal
 */
export function locationMatches(wanted: Location, offered: Location | undefined): boolean {
  for (let place = offered; place !== undefined; place = locationParent(place)) {
    if (samePlace(wanted, place)) return true;
  }
  return false;
}

/**
 * A key that atoms asking for the same place share: the kernel's location key, with
 * the "away from the line of contact" flag of `areas` where given, since it narrows
 * what the atom matches. `""` for no location.
 * @internal
 */
export function atomLocationKey(location: Location | undefined): string {
  if (location === undefined) return "";
  const key = locationKey(location);
  return location.kind === "areas" && location.awayFromLineOfContact !== undefined ? `${key}:${String(location.awayFromLineOfContact)}` : key;
}
