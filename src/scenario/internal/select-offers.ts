import { dateEnd } from "../../model/partial-date.js";
import { stanceRank } from "../../model/stance-rank.js";
import type { Commitment, Dataset, Location } from "../../model/types.js";
import type { ExcludedCommitment } from "../types.js";

const OPEN_RANK = stanceRank("open");

/** A string that equal locations share: kind, country, and the narrower words if any. @internal */
export function locationKey(location: Location | undefined): string {
  if (location === undefined) return "";
  switch (location.kind) {
    case "in-country":
    case "line-of-contact":
    case "behind-demarcation-line":
      return `${location.kind}|${location.country}`;
    case "neighbouring-countries":
      return `${location.kind}|${location.of}|${location.region ?? ""}`;
    case "at-sea":
      return `${location.kind}||${location.area ?? ""}`;
    case "remote":
      return `${location.kind}||${location.description ?? ""}`;
  }
}

/**
 * Whether an offer's location satisfies a location an atom asks for: same kind and
 * country, and the atom's narrower words (region, area, description) where it gives them.
 * @internal
 */
export function locationMatches(wanted: Location | undefined, offered: Location | undefined): boolean {
  if (wanted === undefined) return true;
  if (offered === undefined || offered.kind !== wanted.kind) return false;
  switch (wanted.kind) {
    case "in-country":
    case "line-of-contact":
    case "behind-demarcation-line":
      return (offered as { country: string }).country === wanted.country;
    case "neighbouring-countries": {
      const other = offered as typeof wanted;
      return other.of === wanted.of && (wanted.region === undefined || wanted.region === other.region);
    }
    case "at-sea":
      return wanted.area === undefined || wanted.area === (offered as typeof wanted).area;
    case "remote":
      return wanted.description === undefined || wanted.description === (offered as typeof wanted).description;
  }
}

/**
 * The day from which a record with the given date and sources counts: a month or year
 * counts as of its last day; "unknown" as of the (last day of the) earliest source's
 * date, since it held by then. `""` (always) when nothing dates it.
 * @internal
 */
export function effectiveDate(
  date: string,
  sources: readonly string[],
  sourceDates: ReadonlyMap<string, string>,
  cache: Map<string, string>,
): string {
  if (date !== "unknown") {
    let end = cache.get(date);
    if (end === undefined) {
      end = dateEnd(date) ?? "";
      cache.set(date, end);
    }
    return end;
  }
  let earliest: string | undefined;
  for (let s = 0; s < sources.length; s++) {
    const end = sourceDates.get(sources[s]!);
    if (end !== undefined && (earliest === undefined || end < earliest)) earliest = end;
  }
  return earliest ?? "";
}

/** The last day of every source's date, by source id. @internal */
export function sourceEndDates(dataset: Dataset): Map<string, string> {
  const dates = new Map<string, string>();
  for (const source of dataset.sources) {
    const end = dateEnd(source.date);
    if (end !== undefined) dates.set(source.id, end);
  }
  return dates;
}

/**
 * The commitments in force as of `asOf` (a `YYYY-MM-DD` day; undefined for the
 * latest on record): per actor, type, location and speaking institution, the latest
 * stated on or before that day (a later one in the dataset wins a tie), unless its
 * fulfilment records a withdrawal by then; and only offers (stance `open` or above).
 * `typeOf` gives each commitment's taxonomy index, `types` their number.
 * @internal
 */
export function selectOffers(
  dataset: Dataset,
  asOf: string | undefined,
  typeOf: Int32Array,
  types: number,
): { offers: Commitment[]; offerType: Int32Array; excluded: ExcludedCommitment[] } {
  const commitments = dataset.commitments;
  const n = commitments.length;
  const sourceDates = sourceEndDates(dataset);
  const cache = new Map<string, string>();
  // Days as yyyymmdd numbers, so that a million of them are one typed array, not a million references.
  const dates = new Int32Array(n);
  const dayNumbers = new Map<string, number>();
  const dayNumber = (day: string): number => {
    let number = dayNumbers.get(day);
    if (number === undefined) {
      number = day === "" ? 0 : Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
      dayNumbers.set(day, number);
    }
    return number;
  };
  const limit = asOf === undefined ? Number.POSITIVE_INFINITY : dayNumber(asOf);
  const reason = new Uint8Array(n);
  // The common key (no location, no institution) in a dense table by (actor, type); the rest by string.
  const actors = new Map<string, number>();
  let latestPlain = new Int32Array(Math.max(1, Math.min(n, 1 << 16)) * types).fill(-1);
  const latestOther = new Map<string, number>();
  const supersede = (previous: number, i: number): boolean => {
    if (dates[i]! >= dates[previous]!) {
      reason[previous] = SUPERSEDED;
      return true;
    }
    reason[i] = SUPERSEDED;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const commitment = commitments[i]!;
    const date = dayNumber(effectiveDate(commitment.date, commitment.sources, sourceDates, cache));
    dates[i] = date;
    if (date > limit) {
      reason[i] = NOT_YET;
      continue;
    }
    if (commitment.location === undefined && commitment.statedBy === undefined) {
      let a = actors.get(commitment.actor);
      if (a === undefined) actors.set(commitment.actor, (a = actors.size));
      const cell = a * types + typeOf[i]!;
      if (cell >= latestPlain.length) {
        const grown = new Int32Array(Math.max(cell + 1, latestPlain.length * 2)).fill(-1);
        grown.set(latestPlain);
        latestPlain = grown;
      }
      const previous = latestPlain[cell]!;
      if (previous < 0 || supersede(previous, i)) latestPlain[cell] = i;
    } else {
      const key = `${commitment.actor}\u0000${commitment.type}\u0000${locationKey(commitment.location)}\u0000${commitment.statedBy?.institution ?? ""}`;
      const previous = latestOther.get(key);
      if (previous === undefined || supersede(previous, i)) latestOther.set(key, i);
    }
  }

  const offers: Commitment[] = [];
  const offerType = new Int32Array(n);
  const excluded: ExcludedCommitment[] = [];
  for (let i = 0; i < n; i++) {
    const commitment = commitments[i]!;
    let why: ExcludedCommitment["reason"] | undefined = reason[i] === NOT_YET ? "not-yet-stated" : reason[i] === SUPERSEDED ? "superseded" : undefined;
    if (why === undefined && commitment.fulfilment !== undefined && isWithdrawn(commitment, asOf)) why = "withdrawn";
    if (why === undefined && stanceRank(commitment.stance) < OPEN_RANK) why = "not-an-offer";
    if (why === undefined) {
      offerType[offers.length] = typeOf[i]!;
      offers.push(commitment);
    } else excluded.push({ commitment: commitment.id, reason: why });
  }
  return { offers, offerType: offerType.subarray(0, offers.length), excluded };
}

const NOT_YET = 1;
const SUPERSEDED = 2;

function isWithdrawn(commitment: Commitment, asOf: string | undefined): boolean {
  const steps = commitment.fulfilment;
  if (steps === undefined) return false;
  for (const step of steps) {
    if (step.stage === "withdrawn" && (asOf === undefined || (dateEnd(step.date) ?? "") <= asOf)) return true;
  }
  return false;
}
