// Type-checked with zod NOT installed and skipLibCheck off: the declarations of the zod-free
// entries stand alone, and their types are real ones, not `any` (each wrong use below must
// be an error).
import { isStanceAtLeast, type Commitment, type Dataset, type Stance } from "coalition";
import { evaluateScenario, type ScenarioEvaluation } from "coalition/scenario";
import { buildReport, type CoalitionReport } from "coalition/report";

declare const dataset: Dataset;
const first: Commitment | undefined = dataset.commitments[0];
const stance: Stance | undefined = first?.stance;
const strong: boolean = stance !== undefined && isStanceAtLeast(stance, "open");
// @ts-expect-error a Dataset has no `members`: were Dataset `any`, this would compile
dataset.members;
// @ts-expect-error a stance is a word of the scale, not a number
const rank: number | undefined = first?.stance;
const evaluation: ScenarioEvaluation = evaluateScenario(dataset, { facts: {} });
// @ts-expect-error an evaluation is not a string
const text: string = evaluation;
const report: CoalitionReport = buildReport(dataset);
export { strong, rank, evaluation, text, report };
