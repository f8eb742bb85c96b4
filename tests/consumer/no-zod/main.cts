// The same, as CommonJS: the `.d.cts` declarations stand alone without zod too.
import type { Dataset } from "coalition";
import type { ScenarioEvaluation } from "coalition/scenario";
import type { CoalitionReport } from "coalition/report";

declare const dataset: Dataset;
// @ts-expect-error a Dataset has no `members`: were Dataset `any`, this would compile
dataset.members;
declare const evaluation: ScenarioEvaluation;
declare const report: CoalitionReport;
export = { count: dataset.commitments.length, evaluation, report };
