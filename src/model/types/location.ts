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
 * Where a contribution would be deployed. Separate from its type: troops in a country
 * and troops in its neighbours are the same type at other locations.
 *
 * @category Model
 */
export type Location =
  | InCountryLocation
  | LineOfContactLocation
  | BehindDemarcationLineLocation
  | NeighbouringCountriesLocation
  | AtSeaLocation
  | RemoteLocation;
