import type { Dataset } from "../model/types.js";
import { safeImportCommitmentsSheet, type ImportCommitmentsSheetOptions } from "./safe-import-commitments-sheet.js";

/**
 * Reads a newsroom's commitments sheet into a dataset, as
 * {@link safeImportCommitmentsSheet} does, but throws.
 *
 * @param text - The sheet as CSV text.
 * @param options - The dataset's `id` and `title`, the `file` name problems give, and the datasets it builds on (`base`).
 * @returns The dataset, parsed: deeply readonly and frozen.
 * @throws {CoalitionError} `invalid_argument` for arguments of the wrong type, as {@link safeImportCommitmentsSheet}.
 * @throws {CoalitionError} with code `invalid_dataset` and every problem in `issues`, each with its `file`, `row` and `column`.
 * @example
 * ```ts
 * import { importCommitmentsSheet } from "coalition/interchange";
 * const dataset = importCommitmentsSheet(
 *   "actor,type,stance,date,source_kind,source_publisher,source_date\r\nPL,ground-troops,will not,2025-03-13,media-on-record,Demo News,2025-03-13",
 * );
 * dataset.commitments.map(({ actor, stance, phrase }) => [actor, stance, phrase]);
 * //=> [["PL", "refused", "will not"]]
 * ```
 *
 * @category Interchange
 */
export function importCommitmentsSheet(text: string, options: ImportCommitmentsSheetOptions = {}): Dataset {
  const result = safeImportCommitmentsSheet(text, options);
  if (!result.success) throw result.error;
  return result.data;
}
