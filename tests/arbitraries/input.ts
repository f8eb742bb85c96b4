// The shape of a dataset document as JSON gives it, and the code lists the arbitraries
// and the mutators draw from. Shared by dataset.ts and mutators.ts.
import type * as z from "zod";
import { isCountryCode, isCurrencyCode } from "../../src/index.js";
import type { CollectionName, DatasetSchema } from "../../src/schema/dataset.js";

/** A dataset document as JSON gives it: the input of `parseDataset`, mutable. */
export type DatasetInput = z.input<typeof DatasetSchema>;
type Item<K extends CollectionName> = NonNullable<DatasetInput[K]>[number];
/** A source record of a {@link DatasetInput}. */
export type SourceInput = Item<"sources">;
/** A state record of a {@link DatasetInput}. */
export type StateInput = Item<"states">;
/** An organization record of a {@link DatasetInput}. */
export type OrganizationInput = Item<"organizations">;
/** A membership of an {@link OrganizationInput}. */
export type MembershipInput = NonNullable<OrganizationInput["memberships"]>[number];
/** An institution record of a {@link DatasetInput}. */
export type InstitutionInput = Item<"institutions">;
/** A person record of a {@link DatasetInput}. */
export type PersonInput = Item<"persons">;
/** An office of a {@link PersonInput}. */
export type OfficeInput = PersonInput["offices"][number];
/** A contribution type record of a {@link DatasetInput}. */
export type ContributionTypeInput = Item<"contributionTypes">;
/** A stance phrase record of a {@link DatasetInput}. */
export type StancePhraseInput = Item<"stancePhrases">;
/** A coalition record of a {@link DatasetInput}. */
export type CoalitionInput = Item<"coalitions">;
/** A participation of a {@link CoalitionInput}. */
export type ParticipationInput = NonNullable<CoalitionInput["participants"]>[number];
/** A commitment record of a {@link DatasetInput}. */
export type CommitmentInput = Item<"commitments">;
/** A fulfilment step of a {@link CommitmentInput}. */
export type FulfilmentStepInput = NonNullable<CommitmentInput["fulfilment"]>[number];
/** A proposal record of a {@link DatasetInput}. */
export type ProposalInput = Item<"proposals">;
/** A provision or exclusion of a {@link ProposalInput}. */
export type ProvisionInput = NonNullable<ProposalInput["provisions"]>[number];
/** A position record of a {@link DatasetInput}. */
export type PositionInput = Item<"positions">;
/** An event record of a {@link DatasetInput}. */
export type EventInput = Item<"events">;
/** A condition of a commitment or a coalition. */
export type ConditionInput = NonNullable<CommitmentInput["condition"]>;
/** A quantity: exact, a range or approximate, in one unit. */
export type QuantityInput = NonNullable<CommitmentInput["quantity"]>["claims"][number]["value"];
/** A deployment location. */
export type LocationInput = NonNullable<CommitmentInput["location"]>;
/** A count, as a coalition's participant count claims it. */
export type CountInput = Exclude<NonNullable<CoalitionInput["participantCount"]>["claims"][number]["value"], number>;

/** A speaker: an institution, and the person speaking for it where named. */
export type SpeakerInput = NonNullable<CommitmentInput["statedBy"]>;

/** The name of a record collection of a document. */
export type CollectionKey =
  | "sources"
  | "states"
  | "organizations"
  | "institutions"
  | "persons"
  | "contributionTypes"
  | "stancePhrases"
  | "coalitions"
  | "commitments"
  | "proposals"
  | "positions"
  | "events"
  | "pledgeCounts";

/** `T` with each field allowed to be `undefined`, as written before {@link compact} drops it. */
export type Loose<T> = T extends object ? { [K in keyof T]?: T[K] | undefined } : T;

/**
 * `value` without its `undefined` fields: generated documents hold plain JSON only.
 *
 * @example
 * ```ts
 * compact<{ a: number; b?: string }>({ a: 1, b: undefined });
 * //=> { a: 1 }
 * ```
 */
export function compact<T extends object>(value: Loose<T>): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}

let countryCodes: readonly string[] | undefined;
let currencyCodes: readonly string[] | undefined;

/** Every officially assigned ISO 3166-1 alpha-2 code, as `isCountryCode` accepts them. */
export function countryCodeList(): readonly string[] {
  countryCodes ??= combinations(2).filter((code) => isCountryCode(code));
  return countryCodes;
}

/** Every active ISO 4217 code, as `isCurrencyCode` accepts them. */
export function currencyCodeList(): readonly string[] {
  currencyCodes ??= combinations(3).filter((code) => isCurrencyCode(code));
  return currencyCodes;
}

function combinations(length: number): string[] {
  let words = [""];
  for (let i = 0; i < length; i++) {
    words = words.flatMap((word) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter) => word + letter));
  }
  return words;
}

/** The built-in count units of a quantity (src/schema/quantity.ts keeps its list private). */
export { COUNT_UNITS } from "../../src/schema/quantity.js";

/** Ids that are names of `Object.prototype` members or otherwise easy to mishandle, yet valid. */
export const AWKWARD_IDS = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "prototype",
  "then",
  "length",
  "0",
  "1e3",
  "NaN",
  "Infinity",
  "undefined",
  "null",
  "true",
] as const;
