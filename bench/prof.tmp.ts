import { sharedConditionDataset } from "./suites/adversarial.js";
import { buildReport, renderHtmlReport } from "../src/report.js";
const { dataset, scenario } = sharedConditionDataset(100000);
const report = buildReport(dataset, scenario);
const t = performance.now(); renderHtmlReport(report); console.log((performance.now() - t).toFixed(0));
