/**
 * Deployed in a country.
 *
 * @category Model
 */
export interface InCountryLocation {
  /** Which kind of location this is. */
  readonly kind: "in-country";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/**
 * Deployed on a country's line of contact.
 *
 * @category Model
 */
export interface LineOfContactLocation {
  /** Which kind of location this is. */
  readonly kind: "line-of-contact";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/**
 * Deployed in a country, behind a (future) demarcation line rather than on it.
 *
 * @category Model
 */
export interface BehindDemarcationLineLocation {
  /** Which kind of location this is. */
  readonly kind: "behind-demarcation-line";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/**
 * Deployed in the countries neighbouring one.
 *
 * @category Model
 */
export interface NeighbouringCountriesLocation {
  /** Which kind of location this is. */
  readonly kind: "neighbouring-countries";
  /** The country whose neighbours are meant, as an ISO 3166-1 alpha-2 code. */
  readonly of: string;
  /** How the source narrows it: "European". */
  readonly region?: string | undefined;
}

/**
 * Deployed at sea.
 *
 * @category Model
 */
export interface AtSeaLocation {
  /** Which kind of location this is. */
  readonly kind: "at-sea";
  /** The sea area, where the source names one. */
  readonly area?: string | undefined;
}

/**
 * Provided off-shore or from afar, not deployed in the area.
 *
 * @category Model
 */
export interface RemoteLocation {
  /** Which kind of location this is. */
  readonly kind: "remote";
  /** How the source describes it. */
  readonly description?: string | undefined;
}

/**
 * A named region of a country: "Odesa oblast".
 *
 * @category Model
 */
export interface RegionLocation {
  /** Which kind of location this is. */
  readonly kind: "region";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** The region's name. */
  readonly name: string;
}

/**
 * Areas of a country the source describes without naming them: "strategic areas",
 * "areas away from the front line".
 *
 * @category Model
 */
export interface AreasLocation {
  /** Which kind of location this is. */
  readonly kind: "areas";
  /** The country's ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** How the source names them: "strategic areas". */
  readonly description: string;
  /** Whether the source places them away from the line of contact ("not on the front line"). */
  readonly awayFromLineOfContact?: boolean | undefined;
}

/**
 * The territory of a bloc's members, adjacent to a country where the source says so:
 * "NATO territory adjacent to Ukraine".
 *
 * @category Model
 */
export interface BlocTerritoryLocation {
  /** Which kind of location this is. */
  readonly kind: "bloc-territory";
  /** The organization whose members' territory is meant. */
  readonly bloc: string;
  /** The country it borders, as an ISO 3166-1 alpha-2 code. */
  readonly adjacentTo?: string | undefined;
}

/**
 * Where a contribution would be deployed. Separate from its type: troops in a country
 * and troops in its neighbours are the same type at other locations. Some places lie
 * within a country (`region`, `areas`, `line-of-contact`, `behind-demarcation-line`) or
 * within its neighbours (`bloc-territory` adjacent to it).
 *
 * @category Model
 */
export type Location =
  | InCountryLocation
  | LineOfContactLocation
  | BehindDemarcationLineLocation
  | NeighbouringCountriesLocation
  | AtSeaLocation
  | RemoteLocation
  | RegionLocation
  | AreasLocation
  | BlocTerritoryLocation;
