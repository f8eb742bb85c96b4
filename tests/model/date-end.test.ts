import { describe, expect, it } from "vitest";
import { dateEnd } from "../../src/index.js";

describe("dateStart and dateEnd", () => {
  it("end February on the 29th in leap years only", () => {
    expect(dateEnd("2024-02")).toBe("2024-02-29");
    expect(dateEnd("2025-02")).toBe("2025-02-28");
    expect(dateEnd("2000-02")).toBe("2000-02-29");
    expect(dateEnd("1900-02")).toBe("1900-02-28");
  });
});
