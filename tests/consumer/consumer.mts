// Type-checked as ESM under node16 and bundler resolution against the packed package.
import { compareStance, isStanceAtLeast, type Commitment, type Dataset, type Stance } from "coalition";
import { parseDataset, safeParseDataset } from "coalition/schema";
import { seedDataset } from "coalition/fixtures";
import { evaluateScenario, type ScenarioEvaluation } from "coalition/scenario";
import { buildReport, type CoalitionReport } from "coalition/report";

const dataset: Dataset = seedDataset();
const first: Commitment | undefined = dataset.commitments[0];
const stance: Stance | undefined = first?.stance;
const strongest: boolean = stance !== undefined && isStanceAtLeast(stance, "open");
const ordered: number = compareStance("ready", "open");
const again: Dataset = parseDataset({ id: "x", title: "X" });
const result = safeParseDataset(null);
const failed: boolean = !result.success;
// @ts-expect-error parsed data is readonly
dataset.commitments.push(first);
const evaluation: ScenarioEvaluation = evaluateScenario(dataset, { facts: {} });
const report: CoalitionReport = buildReport(dataset);
export { evaluation, report, strongest, ordered, again, failed };
