// `coalition/scenario`: three-valued evaluation of conditional commitments under a scenario,
// with explanations, coordination groups, sensitivity to unknown facts, and scenario diffs.
// Zod-free, like the main entry.
export { factKey, type FactKeyOptions } from "./scenario/fact-key.js";
export { evaluateScenario, type EvaluateScenarioOptions } from "./scenario/evaluate-scenario.js";
export { scenarioSensitivity, type ScenarioSensitivityOptions } from "./scenario/scenario-sensitivity.js";
export { compareScenarios, type CompareScenariosOptions } from "./scenario/compare-scenarios.js";
export { prepareScenarios, type PrepareScenariosOptions, type PreparedScenarios } from "./scenario/prepare-scenarios.js";
export { reevaluateScenario, type ReevaluatedVerdict, type ScenarioUpdate } from "./scenario/reevaluate-scenario.js";
export { decidingFacts, type DecidingFacts, type DecidingFactsOptions } from "./scenario/deciding-facts.js";
export type {
  Scenario,
  Verdict,
  Truth,
  DecidedBy,
  DecisiveAtom,
  CommitmentVerdict,
  ProposalVerdict,
  CoordinationGroup,
  ExclusionReason,
  ExcludedCommitment,
  QuantityTotal,
  ActiveFigures,
  UndeterminedFigures,
  ScenarioTotal,
  TotalChange,
  ScenarioEvaluation,
  FactEffect,
  FactSensitivity,
  VerdictChange,
  ScenarioComparison,
} from "./scenario/types.js";
