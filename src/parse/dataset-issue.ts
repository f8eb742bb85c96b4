/**
 * A step of a path into a dataset: a field name or an array index.
 *
 * @category Errors
 */
export type PathSegment = string | number;

/**
 * The kinds of record a reference can point to.
 *
 * @category Errors
 */
export type ReferenceKind =
  | "actor"
  | "actor or coalition"
  | "organization"
  | "institution"
  | "person"
  | "source"
  | "contribution type"
  | "coalition"
  | "subgroup"
  | "proposal"
  | "commitment"
  | "position"
  | "pledge count";

/**
 * The fields every issue has, for the issue code `Code`.
 *
 * @category Errors
 */
export interface DatasetIssueOf<Code extends string> {
  readonly code: Code;
  /** Where in the input: `["commitments", 3, "actor"]`. */
  readonly path: readonly PathSegment[];
  /** A plain sentence saying what is wrong, without the path. */
  readonly message: string;
}

/**
 * Codes of the issues that carry nothing beyond code, path and message.
 *
 * @category Errors
 */
export type PlainIssueCode =
  | "invalid_type"
  | "missing_field"
  | "unknown_field"
  | "invalid_value"
  | "invalid_format"
  | "too_long"
  | "too_short"
  | "too_deep"
  | "too_many_issues"
  | "out_of_range"
  | "missing_source"
  | "invalid_date"
  | "invalid_country_code"
  | "invalid_currency_code"
  | "interval_reversed"
  | "invalid_range"
  | "overlapping_intervals"
  | "dates_out_of_order"
  | "date_after_source"
  | "currency_required"
  | "currency_not_allowed"
  | "unknown_stance_phrase"
  | "stance_phrase_mismatch"
  | "speaker_mismatch"
  | "person_not_in_institution"
  | "taxonomy_cycle"
  | "invalid_supersedes"
  | "unresolved_extends"
  | "extends_mismatch"
  | "extends_cycle";

/**
 * One problem of a dataset, keyed by a stable `code`. Every issue has a `path` and a
 * plain `message`; reference and duplicate issues also name the id involved; a field
 * that two layers give differently names the other layer's path; a problem inside a
 * dataset this one extends carries that dataset's id and the problem as its own parse
 * reports it.
 *
 * @category Errors
 */
export type DatasetIssue =
  | DatasetIssueOf<PlainIssueCode>
  | (DatasetIssueOf<"unknown_reference"> & { readonly id: string; readonly expected: ReferenceKind })
  | (DatasetIssueOf<"wrong_reference_kind"> & { readonly id: string; readonly expected: ReferenceKind })
  | (DatasetIssueOf<"duplicate_id"> & { readonly id: string; readonly firstPath: readonly PathSegment[] })
  | (DatasetIssueOf<"conflicting_redefinition"> & { readonly otherPath: readonly PathSegment[] })
  | (DatasetIssueOf<"invalid_base"> & { readonly dataset: string; readonly issue: DatasetIssue });

/**
 * Every issue code.
 *
 * @category Errors
 */
export type DatasetIssueCode = DatasetIssue["code"];
