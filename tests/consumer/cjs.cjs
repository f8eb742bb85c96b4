// Requires the installed package as CommonJS at run time.
const assert = require("node:assert/strict");
const { isStanceAtLeast, isCoalitionError } = require("coalition");
const { safeParseDataset } = require("coalition/schema");
const { seedDataset } = require("coalition/fixtures");
const { evaluateScenario } = require("coalition/scenario");
const { buildReport, renderTextReport } = require("coalition/report");

assert.equal(isStanceAtLeast("ready", "open"), true);
const result = safeParseDataset({ id: "x" });
assert.equal(result.success, false);
assert.equal(isCoalitionError(result.error), true);
assert.ok(seedDataset().commitments.length > 0);
const verdicts = evaluateScenario(seedDataset(), { facts: {} }).verdicts;
assert.ok(verdicts.length > 0);
assert.match(renderTextReport(buildReport(seedDataset())), /coalition/i);
console.log("cjs require ok");
