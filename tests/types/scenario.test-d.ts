// The signatures of `coalition/scenario`: each public function's parameters and return
// type. Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import type { ConditionAtom, Dataset } from "../../src/index.js";
import {
  compareScenarios,
  decidingFacts,
  evaluateScenario,
  factKey,
  prepareScenarios,
  reevaluateScenario,
  scenarioSensitivity,
  type CompareScenariosOptions,
  type DecidingFacts,
  type DecidingFactsOptions,
  type EvaluateScenarioOptions,
  type FactKeyOptions,
  type FactSensitivity,
  type PreparedScenarios,
  type PrepareScenariosOptions,
  type Scenario,
  type ScenarioComparison,
  type ScenarioEvaluation,
  type ScenarioSensitivityOptions,
  type ScenarioUpdate,
} from "../../src/scenario.js";

describe("coalition/scenario", () => {
  it("keys a fact of an atom", () => {
    expectTypeOf(factKey).parameters.toEqualTypeOf<[ConditionAtom, FactKeyOptions?]>();
    expectTypeOf(factKey).returns.toEqualTypeOf<string>();
  });

  it("evaluates, compares and weighs scenarios of a dataset", () => {
    expectTypeOf(evaluateScenario).parameters.toEqualTypeOf<[Dataset, Scenario, EvaluateScenarioOptions?]>();
    expectTypeOf(evaluateScenario).returns.toEqualTypeOf<ScenarioEvaluation>();
    expectTypeOf(compareScenarios).parameters.toEqualTypeOf<[Dataset, Scenario, Scenario, CompareScenariosOptions?]>();
    expectTypeOf(compareScenarios).returns.toEqualTypeOf<ScenarioComparison>();
    expectTypeOf(scenarioSensitivity).parameters.toEqualTypeOf<[Dataset, Scenario, ScenarioSensitivityOptions?]>();
    expectTypeOf(scenarioSensitivity).returns.toEqualTypeOf<readonly FactSensitivity[]>();
  });

  it("prepares a dataset once, then re-evaluates and finds the deciding facts from it", () => {
    expectTypeOf(prepareScenarios).parameters.toEqualTypeOf<[Dataset, PrepareScenariosOptions?]>();
    expectTypeOf(prepareScenarios).returns.toEqualTypeOf<PreparedScenarios>();
    expectTypeOf(reevaluateScenario).parameters.toEqualTypeOf<[PreparedScenarios, Scenario]>();
    expectTypeOf(reevaluateScenario).returns.toEqualTypeOf<ScenarioUpdate>();
    expectTypeOf(decidingFacts).parameters.toEqualTypeOf<[PreparedScenarios, Scenario, string, DecidingFactsOptions?]>();
    expectTypeOf(decidingFacts).returns.toEqualTypeOf<readonly DecidingFacts[]>();
  });
});
