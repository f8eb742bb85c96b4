// The `coalition` command run in-process: every path through it, with the terminal and
// the environment injected. tests/cli/cli.test.ts runs the real bin as a process.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run-cli.js";
import { invalidArgument, invalidDataset } from "../../src/internal/errors.js";
import { coalition, file, REFERENCE, root, SEED } from "./in-process.js";

const ANSI = /\u001b\[\d+m/;

const BROKEN = {
  id: "broken",
  title: "Broken",
  states: [{ id: "XX" }],
  commitments: [{ id: "c1", actor: "FR", type: "tanks", stance: "maybe", date: "2025-02-30", sources: ["nowhere"] }],
};

describe("coalition report", () => {
  it("prints the seed report as text by default", () => {
    const run = coalition(["report"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Leads: the United Kingdom, France");
    expect(run.stdout).toContain("opposed: Germany, Italy, Spain, Poland");
    expect(run.stderr).toBe("");
  });

  it("prints one self-contained HTML page with --format html", () => {
    const run = coalition(["report", "--format", "html"]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(run.stdout.trimEnd().endsWith("</html>")).toBe(true);
    expect(run.stdout.match(/<rect class="bar"/g)).toHaveLength(8);
    expect(run.stdout).not.toContain("<script");
  });

  it("prints Markdown and JSON on request, and applies assumed facts", () => {
    expect(coalition(["report", "--format", "markdown"]).stdout).toMatch(/^# The "coalition of the willing"/);
    const run = coalition(["report", "--assume", "peace:agreement:UA=true", "--assume", "inclusion:TR=false", "--format", "json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { verdicts: Record<string, number>; assumptions: unknown[] };
    expect(report.verdicts).toEqual({ active: 8, inactive: 1, undetermined: 1 });
    expect(report.assumptions).toEqual([
      { key: "peace:agreement:UA", value: true },
      { key: "inclusion:TR", value: false },
    ]);
  });

  it("reports as of an earlier date", () => {
    const run = coalition(["report", "--as-of", "2025-03", "--format", "json"]);
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe("2025-03-31");
  });

  it("reads a dataset FILE with its --base files", () => {
    const run = coalition(["report", SEED, "--base", REFERENCE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("COALITION: Coalition of the willing");
  });

  it("says on stderr that a dataset FILE is invalid, with its first problems, prints no report, and exits 1", () => {
    for (const format of ["text", "json"]) {
      const run = coalition(["report", file("broken.json", BROKEN), "--format", format]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/broken\.json: 5 problem\(s\); run "coalition validate" for details/);
      expect(run.stderr).toContain("commitments[0].stance");
    }
  });

  it("keeps --format json output JSON: warnings and errors never reach stdout", () => {
    const run = coalition(["report", SEED, "--base", REFERENCE, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as { dataset: { id: string } }).dataset.id).toBe("coalition-of-the-willing-2025-03-13");
  });

  it("rejects bad options with one line on stderr and exit code 2", () => {
    for (const args of [["--format", "xml"], ["--as-of", "2025-13"], ["--as-of", "unknown"], ["--assume", "peace"], ["--bogus"], ["a.json", "b.json"]]) {
      const run = coalition(["report", ...args]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
      expect(run.stderr).toMatch(/^coalition: /);
      expect(run.stdout).toBe("");
    }
    expect(coalition(["report", "--format", "xml"]).stderr).toBe(
      'coalition: --format must be one of text, markdown, json, html, not "xml"\n',
    );
  });

  it("says so in one line when the FILE is missing (exit 3)", () => {
    const run = coalition(["report", join(root, "no-such-file.json")]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/no-such-file\.json: no such file\n$/);
  });
});

describe("colour in the report", () => {
  it("colours the text report on a terminal", () => {
    const run = coalition(["report"], { isTTY: true });
    expect(run.stdout).toMatch(ANSI);
    expect(run.stdout).toContain("\u001b[31mrefused\u001b[39m");
  });

  it("never colours when piped, unless FORCE_COLOR asks", () => {
    expect(coalition(["report"], { isTTY: false }).stdout).not.toMatch(ANSI);
    expect(coalition(["report"], { isTTY: false, env: { FORCE_COLOR: "1" } }).stdout).toMatch(ANSI);
  });

  it("honours NO_COLOR on a terminal, and FORCE_COLOR=0", () => {
    expect(coalition(["report"], { isTTY: true, env: { NO_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(coalition(["report"], { isTTY: true, env: { FORCE_COLOR: "0" } }).stdout).not.toMatch(ANSI);
  });

  it("never colours Markdown, JSON or HTML, even on a terminal with FORCE_COLOR", () => {
    for (const format of ["markdown", "json", "html"]) {
      const run = coalition(["report", "--format", format], { isTTY: true, env: { FORCE_COLOR: "1" } });
      expect(run.status).toBe(0);
      expect(run.stdout, format).not.toMatch(ANSI);
    }
  });
});

describe("coalition validate", () => {
  it("accepts the seed with its reference data as base", () => {
    const run = coalition(["validate", SEED, "--base", REFERENCE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("valid (12 commitments)");
  });

  it("lists every problem of a broken dataset with its path, and exits 1", () => {
    const run = coalition(["validate", file("broken.json", BROKEN)]);
    expect(run.status).toBe(1);
    // Three in the records' fields, and the unknown actor and source behind them.
    expect(run.stdout).toContain("5 problems");
    expect(run.stdout).toContain("states[0].id");
    expect(run.stdout).toContain("commitments[0].stance");
    expect(run.stdout).toContain("commitments[0].date");
  });

  it("says 1 problem, not 1 problems", () => {
    const run = coalition(["validate", file("one.json", { id: "one", title: "One", states: [{ id: "XX" }] })]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/one\.json: 1 problem\n/);
  });

  it("stops at an invalid base dataset, and exits 1", () => {
    const run = coalition(["validate", SEED, "--base", file("base.json", BROKEN)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/base\.json: invalid base dataset, 5 problem\(s\)/);
  });

  it("says in one line when a file is missing, unreadable or not JSON, and exits 3", () => {
    expect(coalition(["validate", "no-such-file.json"])).toEqual({ status: 3, stdout: "", stderr: "coalition: no-such-file.json: no such file\n" });
    const inside = join(file("plain.json", {}), "child.json");
    expect(coalition(["validate", inside])).toEqual({ status: 3, stdout: "", stderr: `coalition: ${inside}: cannot be read\n` });
    const run = coalition(["validate", file("bad.json", "{ not json")]);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^coalition: .*bad\.json: not valid JSON: Expected property name or '}' in JSON at position 2 \(line 1, column 3\)\n$/);
  });

  it("needs at least one FILE", () => {
    const run = coalition(["validate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("coalition: validate needs at least one FILE (see coalition validate --help)\n");
  });
});

describe("help, usage errors and failures", () => {
  it("has help for every command, with the exit codes", () => {
    for (const args of [["--help"], ["-h"], ["help"], ["report", "--help"], ["report", "-h"], ["validate", "--help"]]) {
      const run = coalition(args);
      expect(run.status, args.join(" ")).toBe(0);
      expect(run.stdout).toMatch(/^Usage: coalition/);
      expect(run.stdout).toMatch(/Exit codes: 0 .*, 1 .*, 2 usage error, 3 .*, 70 internal failure\./);
    }
    expect(coalition(["report", "--help"]).stdout).toContain("--format FORMAT       text (default), markdown, json, or html");
    expect(coalition(["report", "--help"]).stdout).toContain("NO_COLOR=1");
  });

  it("prints the help and exits 2 when no command is given", () => {
    const run = coalition([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^Usage: coalition <command>/);
  });

  it("rejects an unknown command or option in one line", () => {
    expect(coalition(["frobnicate"])).toEqual({ status: 2, stdout: "", stderr: 'coalition: unknown command "frobnicate" (see coalition --help)\n' });
    expect(coalition(["validate", "--bogus"])).toEqual({ status: 2, stdout: "", stderr: 'coalition: unknown option "--bogus" (see --help)\n' });
    // Other complaints of the argument parser: an option without its value.
    const run = coalition(["report", "--format"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^coalition: Option '--format <value>' argument missing \(see --help\)\n$/);
  });

  it("turns a library error into one line: 1 for an invalid dataset, 2 otherwise", () => {
    const throwing = (error: unknown): CliIo => ({
      stdout: {
        write: () => {
          throw error;
        },
      },
      stderr: { write: (text: string) => (stderrText += text) },
      env: {},
    });
    let stderrText = "";
    expect(runCli(["--help"], throwing(invalidDataset("the dataset has 2 problems\nfirst\nsecond", [])))).toBe(1);
    expect(stderrText).toBe("coalition: the dataset has 2 problems\n");
    stderrText = "";
    expect(runCli(["--help"], throwing(invalidArgument("asOf", "bad argument")))).toBe(2);
    expect(stderrText).toBe("coalition: bad argument\n");
  });

  it("reports any other failure in one line, without a stack trace, and exits 70", () => {
    let stderrText = "";
    const failing = (error: unknown): CliIo => ({
      stdout: {
        write: () => {
          throw error;
        },
      },
      stderr: { write: (text: string) => (stderrText += text) },
      env: {},
    });
    expect(runCli(["report"], failing(new Error("write EIO\n    at somewhere")))).toBe(70);
    expect(stderrText).toBe("coalition: unexpected failure: write EIO\n");
    stderrText = "";
    expect(runCli(["report"], failing("a thrown string"))).toBe(70);
    expect(stderrText).toBe("coalition: unexpected failure: a thrown string\n");
  });
});
