// The word lists of the model's kinds that the tables state as allowed values. The
// schema's own lists live beside zod; these are zod-free copies, so that exporting
// never bundles zod (tests/interchange hold each to the schema's list).
export const ORGANIZATION_KIND_VALUES = ["alliance", "union", "association", "forum", "international-organization", "other"] as const;
export const INSTITUTION_KIND_VALUES = [
  "head-of-state",
  "head-of-government",
  "government",
  "parliament",
  "armed-forces-command",
  "defence-ministry",
  "foreign-ministry",
  "other",
] as const;
export const EVENT_KIND_VALUES = ["meeting", "call", "summit", "negotiations", "presentation", "other"] as const;
export const SUBGROUP_KIND_VALUES = ["planning-group", "working-group", "other"] as const;
export const BODY_KIND_VALUES = ["headquarters", "secretariat", "command", "other"] as const;
