// Type-checked as CommonJS under node16 resolution against the packed package.
import { isStanceAtLeast, type Dataset } from "coalition";
import { parseDataset } from "coalition/schema";
import { seedDataset } from "coalition/fixtures";
import { evaluateScenario } from "coalition/scenario";
import { buildReport } from "coalition/report";

const dataset: Dataset = seedDataset();
const ready: boolean = isStanceAtLeast("ready", "open");
const empty: Dataset = parseDataset({ id: "x", title: "X" });
const evaluation = evaluateScenario(dataset, { facts: {} });
const report = buildReport(dataset);
export = { count: dataset.commitments.length, ready, empty, evaluation, report };
