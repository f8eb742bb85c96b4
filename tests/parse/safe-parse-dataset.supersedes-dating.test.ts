// Which statement may supersede which, where a statement's date is unknown: it counts
// from its earliest source; and a target that failed its own schema is reported once.
import { describe, expect, it } from "vitest";
import { safeParseDataset } from "../../src/schema.js";

const source = (id: string, date: string) => ({ id, kind: "other", publisher: "Wire", date });
const commitment = (id: string, fields: Record<string, unknown>) => ({ id, actor: "FR", type: "ground-troops", stance: "open", date: "2025-04", sources: ["late"], ...fields });
const issuesOf = (commitments: readonly unknown[], sources = [source("late", "2025-06"), source("early", "2025-02")]) => {
  const result = safeParseDataset({ id: "d", title: "D", sources, states: [{ id: "FR" }], commitments });
  return result.success ? [] : result.error.issues.map(({ code, path, message }) => ({ code, path, message }));
};

describe("a statement of unknown date superseding a dated one", () => {
  it("counts from its earliest source, so it cannot supersede a statement dated after that source", () => {
    const later = commitment("c2", { date: "unknown", sources: ["late", "early"], supersedes: ["c1"] });
    expect(issuesOf([commitment("c1", {}), later])).toEqual([
      {
        code: "invalid_supersedes",
        path: ["commitments", 1, "supersedes", 0],
        message: '"c1" counts from 2025-04-30, after this commitment (2025-02-28): only an earlier statement can be superseded',
      },
    ]);
  });

  it("with a source nobody declares, is reported for that source only", () => {
    const later = commitment("c2", { date: "unknown", sources: ["nowhere"], supersedes: ["c1"] });
    expect(issuesOf([commitment("c1", {}), later]).map(({ code, path }) => ({ code, path }))).toEqual([{ code: "unknown_reference", path: ["commitments", 1, "sources", 0] }]);
  });
});

describe("a statement superseding one that failed its own schema", () => {
  it("reports only what is wrong with the superseded statement", () => {
    const issues = issuesOf([commitment("c1", { stance: 5 }), commitment("c2", { date: "2025-05", supersedes: ["c1"] })]);
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "invalid_value", path: ["commitments", 0, "stance"] }]);
  });
});
