import type { Dataset } from "../model/types.js";
import { safeImportDataPackage, type ImportDataPackageOptions } from "./safe-import-data-package.js";
import type { InterchangeFile } from "./types.js";

/**
 * Reads a dataset back from the tables {@link exportDataPackage} writes, as
 * {@link safeImportDataPackage} does, but throws.
 *
 * @param files - The CSV files, as text, by their paths.
 * @param options - Parsed datasets the tables build on (`base`), and `resolve`, which finds the datasets their `extends` names, as for `safeParseDataset`.
 * @returns The dataset, parsed: deeply readonly and frozen.
 * @throws {CoalitionError} `invalid_argument` for arguments of the wrong type, as {@link safeImportDataPackage}.
 * @throws {CoalitionError} with code `invalid_dataset` and every problem in `issues`, each with its `file`, `row` and `column`.
 * @example
 * ```ts
 * import { exportDataPackage, importDataPackage } from "coalition/interchange";
 * import { referenceDataset, seedDataset } from "coalition/fixtures";
 * // The seed extends the reference dataset: the import is given it, as the parser would be.
 * const dataset = importDataPackage(exportDataPackage(seedDataset()).files, { base: referenceDataset() });
 * dataset.commitments.find((commitment) => commitment.id === "ch-peacekeepers")?.condition;
 * //=> {
 * //     kind: "all",
 * //     of: [
 * //       { kind: "request", quote: "if requested" },
 * //       { kind: "approval", institution: "CH.government", quote: "the government is not against it" },
 * //     ],
 * //   }
 * ```
 *
 * @category Interchange
 */
export function importDataPackage(files: readonly InterchangeFile[], options: ImportDataPackageOptions = {}): Dataset {
  const result = safeImportDataPackage(files, options);
  if (!result.success) throw result.error;
  return result.data;
}
