// "coalition/interchange": datasets as tables, out and in. A Frictionless Data Package
// (datapackage.json and one CSV per table), and a newsroom's commitments sheet. CSV goes
// through papaparse; Parquet is its own entry, "coalition/parquet".

export { exportDataPackage, type ExportDataPackageOptions } from "./interchange/export-data-package.js";
export type { InterchangeFile, InterchangeFiles, ImportIssue } from "./interchange/types.js";
export { safeImportDataPackage, type ImportDataPackageOptions } from "./interchange/safe-import-data-package.js";
export { importDataPackage } from "./interchange/import-data-package.js";
export type { SafeImportResult } from "./interchange/types.js";
export { safeImportCommitmentsSheet, type ImportCommitmentsSheetOptions } from "./interchange/safe-import-commitments-sheet.js";
export { importCommitmentsSheet } from "./interchange/import-commitments-sheet.js";
