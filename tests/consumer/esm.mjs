// Imports the installed package as ESM at run time.
import assert from "node:assert/strict";
import { isStanceAtLeast, isCoalitionError } from "coalition";
import { safeParseDataset } from "coalition/schema";
import { seedDataset } from "coalition/fixtures";
import { evaluateScenario } from "coalition/scenario";
import { buildReport, renderTextReport } from "coalition/report";

assert.equal(isStanceAtLeast("ready", "open"), true);
const result = safeParseDataset({ id: "x" });
assert.equal(result.success, false);
assert.equal(isCoalitionError(result.error), true);
assert.ok(seedDataset().commitments.length > 0);
const verdicts = evaluateScenario(seedDataset(), { facts: {} }).verdicts;
assert.ok(verdicts.length > 0);
assert.match(renderTextReport(buildReport(seedDataset())), /coalition/i);
console.log("esm import ok");
