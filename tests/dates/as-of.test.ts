// How every query reads its as-of day: the same rules whichever query the caller asks.
import { describe, expect, it } from "vitest";
import { actorsByStance, changesBetween, isCoalitionError, participantsByBloc, stanceOnContribution } from "../../src/index.js";
import { commitment, dataset } from "../query/helpers.js";

const data = dataset({
  commitments: [
    commitment({ id: "gb", actor: "GB", date: "2025-03-10" }),
    commitment({ id: "fr", actor: "FR", date: "2025-03" }),
    commitment({ id: "de", actor: "DE", date: "2025" }),
  ],
  organizations: [
    {
      id: "club",
      name: "Club",
      kind: "forum",
      memberships: [
        { member: "GB", from: "2020-01-01", to: "2025-03-10", sources: ["s-2024"] },
        { member: "FR", from: "2020-01-01", to: "2025-04", sources: ["s-2024"] },
        { member: "DE", from: "2020-01-01", to: "2026", sources: ["s-2024"] },
      ],
    },
  ],
  coalitions: [
    {
      id: "group",
      name: "Group",
      leads: ["GB"],
      participants: ["GB", "FR", "DE"].map((actor) => ({ actor, from: "2020-01-01", sources: ["s-2024"] })),
      sources: ["s-2024"],
    },
  ],
});

const offering = (asOf?: string | Date) => actorsByStance(data, "ground-troops", asOf === undefined ? {} : { asOf }).map((entry) => entry.actor);
const members = (asOf?: string | Date) =>
  participantsByBloc(data, "group", "club", asOf === undefined ? {} : { asOf }).members.map((entry) => entry.actor);

/** The error a call throws, or undefined. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("an as-of day", () => {
  it("reads a day as that day", () => {
    expect(offering("2025-03-09")).toEqual([]);
    expect(offering("2025-03-10")).toEqual(["GB"]);
  });

  it("reads a month as of its last day, and a year as of 31 December", () => {
    expect(offering("2025-02")).toEqual([]);
    expect(offering("2025-03")).toEqual(["FR", "GB"]);
    expect(offering("2025")).toEqual(["DE", "FR", "GB"]);
  });

  it("reads a Date as its local calendar day, whatever its time", () => {
    expect(offering(new Date(2025, 2, 10, 0, 0, 1))).toEqual(["GB"]);
    expect(offering(new Date(2025, 2, 9, 23, 59, 59))).toEqual([]);
  });

  it("means the latest statements when it is absent", () => {
    expect(offering()).toEqual(["DE", "FR", "GB"]);
  });

  it("is echoed in the answer: a day as given, a month or a Date as the day it stands for, none as null", () => {
    const asOf = (value?: string | Date) => stanceOnContribution(data, "GB", "ground-troops", value === undefined ? {} : { asOf: value }).asOf;
    expect(asOf("2025-03-10")).toBe("2025-03-10");
    expect(asOf("2024-02")).toBe("2024-02-29");
    expect(asOf("2025")).toBe("2025-12-31");
    expect(asOf(new Date(2025, 0, 5, 18))).toBe("2025-01-05");
    expect(asOf()).toBeNull();
    expect(participantsByBloc(data, "group", "club", { asOf: "2025-03" }).asOf).toBe("2025-03-31");
    expect(participantsByBloc(data, "group", "club").asOf).toBeNull();
  });
});

describe("an invalid as-of day", () => {
  it("is a library error naming the option, for a day that does not exist", () => {
    const error = thrown(() => offering("2025-02-29"));
    expect(isCoalitionError(error) && error.code).toBe("invalid_argument");
    expect((error as Error).message).toBe('asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date, not "2025-02-29"');
  });

  it("is a library error for words, \"unknown\" and malformed dates", () => {
    for (const value of ["yesterday", "unknown", "2025-13", "25-03-01", "2025-3-1", ""]) {
      const error = thrown(() => offering(value));
      expect(isCoalitionError(error) && error.code, value).toBe("invalid_argument");
    }
  });

  it("is a library error for an invalid Date", () => {
    const error = thrown(() => offering(new Date(Number.NaN)));
    expect(isCoalitionError(error) && error.code).toBe("invalid_argument");
    expect((error as Error).message).toBe("asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date, not an invalid Date");
  });

  it("is a library error, showing the value, when a JavaScript caller passes neither a string nor a Date", () => {
    const error = thrown(() => actorsByStance(data, "ground-troops", { asOf: 20250310 as unknown as string }));
    expect(isCoalitionError(error) && error.code).toBe("invalid_argument");
    // The argument guard refuses the type before the day is read: "asOf must be ..., not 20250310".
    expect((error as Error).message).toMatch(/^asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date, not 20250310$/);
  });

  it("is named after the argument it came from", () => {
    expect(() => changesBetween(data, { from: "2025-02-30", to: "2025-03-01" })).toThrow(/^from must be a date/);
    expect(() => changesBetween(data, { from: "2025-03-01", to: new Date(Number.NaN) })).toThrow("to must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or a Date, not an invalid Date");
  });
});

describe("an interval's end", () => {
  it("is exclusive: a member until the day before it left", () => {
    expect(members("2025-03-09")).toContain("GB");
    expect(members("2025-03-10")).not.toContain("GB");
  });

  it("of month or year precision ends the interval at its start: not known to hold through it", () => {
    expect(members("2025-03-31")).toContain("FR");
    expect(members("2025-04-01")).not.toContain("FR");
    expect(members("2025-12-31")).toContain("DE");
    expect(members("2026-01-01")).not.toContain("DE");
  });

  it("closes the interval for the latest reading, when no day is given", () => {
    expect(members()).toEqual([]);
  });
});
