import * as z from "zod";
import {
  CountryCodeSchema,
  IdSchema,
  NameSchema,
  NoteSchema,
  PartialDateSchema,
  SourceRefsSchema,
} from "./primitives.js";

/**
 * A state, keyed by its ISO 3166-1 alpha-2 code; its display name comes from
 * `Intl.DisplayNames`.
 *
 * @example
 * ```ts
 * import { StateSchema } from "coalition/schema";
 * StateSchema.safeParse({ id: "IE" }).success;
 * //=> true
 * StateSchema.safeParse({ id: "IE", name: "Ireland" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const StateSchema = z.strictObject({
  id: CountryCodeSchema,
  note: NoteSchema.optional(),
});

/**
 * A dated interval of membership of a state in an organization; `to` is the day it left
 * (exclusive).
 *
 * @example
 * ```ts
 * import { MembershipSchema } from "coalition/schema";
 * MembershipSchema.safeParse({ member: "GB", from: "1973-01-01", to: "2020-02-01", sources: ["eu-treaties"] }).success;
 * //=> true
 * MembershipSchema.safeParse({ member: "GB", from: "1973-01-01", sources: [] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const MembershipSchema = z.strictObject({
  member: IdSchema,
  from: PartialDateSchema,
  to: PartialDateSchema.optional().meta({ description: "The day membership ended; not a member as of that day." }),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

export const ORGANIZATION_KINDS = ["alliance", "union", "association", "forum", "international-organization", "other"] as const;

/**
 * An organization or bloc (NATO, the EU, the Commonwealth of Nations, the G7) with dated
 * memberships.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "coalition/schema";
 * OrganizationSchema.parse({ id: "g7", name: "Group of Seven", kind: "forum" }).memberships;
 * //=> []
 * ```
 *
 * @category Parsing
 */
export const OrganizationSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(ORGANIZATION_KINDS),
  memberships: z.array(MembershipSchema).default([]),
  note: NoteSchema.optional(),
});

export const INSTITUTION_KINDS = [
  "head-of-state",
  "head-of-government",
  "government",
  "parliament",
  "armed-forces-command",
  "defence-ministry",
  "foreign-ministry",
  "other",
] as const;

/**
 * An institution of an actor. Positions are taken by institutions, and they can disagree.
 *
 * @example
 * ```ts
 * import { InstitutionSchema } from "coalition/schema";
 * InstitutionSchema.safeParse({ id: "RO.parliament", actor: "RO", kind: "parliament" }).success;
 * //=> true
 * InstitutionSchema.safeParse({ id: "RO.senate", actor: "RO", kind: "senate" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const InstitutionSchema = z.strictObject({
  id: IdSchema,
  actor: IdSchema.meta({ description: "The state or organization it belongs to." }),
  kind: z.enum(INSTITUTION_KINDS),
  name: NameSchema.optional(),
  note: NoteSchema.optional(),
});

/**
 * An office a person holds in an institution, over an interval where the sources give one.
 *
 * @example
 * ```ts
 * import { OfficeSchema } from "coalition/schema";
 * OfficeSchema.safeParse({ institution: "GB.head-of-government", title: "Prime Minister", from: "2024-07-05", sources: ["gov-uk"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const OfficeSchema = z.strictObject({
  institution: IdSchema,
  title: NameSchema,
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * A named speaker. A person's words count for the institution they speak for.
 *
 * @example
 * ```ts
 * import { PersonSchema } from "coalition/schema";
 * PersonSchema.safeParse({ id: "keir-starmer", name: "Keir Starmer", offices: [{ institution: "GB.head-of-government", title: "Prime Minister", sources: ["report"] }] }).success;
 * //=> true
 * PersonSchema.safeParse({ id: "keir-starmer", name: "Keir Starmer", offices: [] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  aliases: z.array(NameSchema).optional().meta({ description: "Other spellings, e.g. a source's transliteration." }),
  offices: z.array(OfficeSchema).min(1),
  note: NoteSchema.optional(),
});
