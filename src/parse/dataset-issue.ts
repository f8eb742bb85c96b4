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
  | "institution"
  | "person"
  | "source"
  | "contribution type"
  | "coalition"
  | "proposal";

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
  | "range_reversed"
  | "overlapping_intervals"
  | "dates_out_of_order"
  | "date_after_source"
  | "currency_required"
  | "currency_not_allowed"
  | "unknown_stance_phrase"
  | "stance_phrase_mismatch"
  | "speaker_mismatch"
  | "person_not_in_institution"
  | "taxonomy_cycle";

/**
 * One problem of a dataset, keyed by a stable `code`. Every issue has a `path` and a
 * plain `message`; reference and duplicate issues also name the id involved.
 *
 * @category Errors
 */
export type DatasetIssue =
  | DatasetIssueOf<PlainIssueCode>
  | (DatasetIssueOf<"unknown_reference"> & { readonly id: string; readonly expected: ReferenceKind })
  | (DatasetIssueOf<"wrong_reference_kind"> & { readonly id: string; readonly expected: ReferenceKind })
  | (DatasetIssueOf<"duplicate_id"> & { readonly id: string; readonly firstPath: readonly PathSegment[] });

/**
 * Every issue code.
 *
 * @category Errors
 */
export type DatasetIssueCode = DatasetIssue["code"];
