import { describe, expect, it } from "vitest";
import { dateEnd, dateStart } from "../../src/index.js";

describe("dateStart and dateEnd", () => {
  it("give a day itself", () => {
    expect(dateStart("2025-03-13")).toBe("2025-03-13");
    expect(dateEnd("2025-03-13")).toBe("2025-03-13");
  });

  it("span a month from its first to its last day", () => {
    expect(dateStart("2025-03")).toBe("2025-03-01");
    expect(dateEnd("2025-03")).toBe("2025-03-31");
    expect(dateEnd("2025-04")).toBe("2025-04-30");
  });

  it("span a year from 1 January to 31 December", () => {
    expect(dateStart("2025")).toBe("2025-01-01");
    expect(dateEnd("2025")).toBe("2025-12-31");
  });

  it("have no answer for an unknown or invalid date", () => {
    expect(dateStart("unknown")).toBeUndefined();
    expect(dateEnd("unknown")).toBeUndefined();
    expect(dateStart("2025-02-30")).toBeUndefined();
    expect(dateEnd("2025-13")).toBeUndefined();
  });
});
