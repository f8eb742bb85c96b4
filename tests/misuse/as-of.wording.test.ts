// A day option that is no date gets one wording wherever it is read (asOf, knownAsOf,
// since, from, to; by the guards or by the date reader): what it must be, then
// ", not" and what it is, as every other refused argument reads. An option that also
// takes a Date says so ("or a Date").
import { describe, expect, it } from "vitest";
import { aggregateCommitments, changesBetween, isCoalitionError, stanceOnContribution } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { buildReport } from "../../src/report.js";
import { evaluateScenario, prepareScenarios } from "../../src/scenario.js";

const dataset = seedDataset();

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isCoalitionError(error) && error.code === "invalid_argument") return error.message;
    return `not invalid_argument: ${String(error)}`;
  }
  return "answered";
}

const DAY = "must be a date as YYYY-MM-DD, YYYY-MM or YYYY";

describe("the error for a day that is no date", () => {
  it("reads the same for every option and every function", () => {
    const messages = [
      messageOf(() => aggregateCommitments(dataset, { asOf: "2025-02-30" })),
      messageOf(() => aggregateCommitments(dataset, { knownAsOf: new Date(Number.NaN) })),
      messageOf(() => stanceOnContribution(dataset, "GB", "personnel", { asOf: "spring" })),
      messageOf(() => changesBetween(dataset, { from: "2025-13", to: "2025-03-13" })),
      messageOf(() => buildReport(dataset, { asOf: "2025-02-30" })),
      messageOf(() => buildReport(dataset, { knownAsOf: "2025-13-01" })),
      messageOf(() => buildReport(dataset, { since: "spring" })),
      messageOf(() => evaluateScenario(dataset, { asOf: "2025-02-30" })),
      messageOf(() => prepareScenarios(dataset, { asOf: "spring" })),
    ];
    expect(messages).toEqual([
      `asOf ${DAY}, or a Date, not "2025-02-30"`,
      `knownAsOf ${DAY}, or a Date, not an invalid Date`,
      `asOf ${DAY}, or a Date, not "spring"`,
      `from ${DAY}, or a Date, not "2025-13"`,
      `asOf ${DAY}, not "2025-02-30"`,
      `knownAsOf ${DAY}, not "2025-13-01"`,
      `since ${DAY}, not "spring"`,
      `asOf ${DAY}, not "2025-02-30"`,
      `asOf ${DAY}, not "spring"`,
    ]);
    // None in the old wordings.
    for (const message of messages) expect(message).not.toMatch(/; got|is not a date|is an invalid Date/);
  });

  it("shows a long value by its length, not whole", () => {
    expect(messageOf(() => aggregateCommitments(dataset, { asOf: "9".repeat(100_000) }))).toBe(`asOf ${DAY}, or a Date, not a string of 100000 characters`);
  });
});
