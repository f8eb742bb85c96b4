// Imports the zod-free entries at run time with zod NOT installed, and uses each once.
import assert from "node:assert/strict";
import { isStanceAtLeast } from "coalition";
import { evaluateScenario } from "coalition/scenario";
import { buildReport, renderTextReport } from "coalition/report";

const empty = Object.freeze({
  id: "empty",
  title: "Empty",
  ...Object.fromEntries(
    ["sources", "states", "organizations", "institutions", "persons", "contributionTypes", "stancePhrases", "coalitions", "commitments", "proposals", "positions", "events", "pledgeCounts"].map((name) => [name, []]),
  ),
});
assert.equal(isStanceAtLeast("ready", "open"), true);
assert.deepEqual(evaluateScenario(empty, { facts: {} }).verdicts, []);
assert.match(renderTextReport(buildReport(empty)), /Empty/);
console.log("without zod: coalition, coalition/scenario, coalition/report import and run");
