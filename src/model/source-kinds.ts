/**
 * Kinds of source, from the most authoritative to the least: the order the
 * `"most-authoritative"` claim policy uses.
 *
 * @example
 * ```ts
 * import { SOURCE_KINDS } from "coalition";
 * SOURCE_KINDS.indexOf("official-statement") < SOURCE_KINDS.indexOf("media-unnamed-sources");
 * //=> true
 * ```
 *
 * @category Model
 */
export const SOURCE_KINDS = /* @__PURE__ */ Object.freeze([
  "official-record",
  "parliamentary-record",
  "official-statement",
  "media-on-record",
  "media-unnamed-sources",
  "other",
] as const);

// Spelt out rather than `(typeof SOURCE_KINDS)[number]`, which editors and declaration
// files would expand at every use; tests/model/types.test-d.ts holds the two to each other.
/**
 * One of {@link SOURCE_KINDS}.
 *
 * @category Model
 */
export type SourceKind =
  | "official-record"
  | "parliamentary-record"
  | "official-statement"
  | "media-on-record"
  | "media-unnamed-sources"
  | "other";
