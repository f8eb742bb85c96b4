// The `coalition` bin as a user runs it: a process, its output piped, its exit code.
// Every path through the command is tested in-process in run-cli.test.ts; these check the
// process wiring (src/cli/main.ts) end to end.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const ANSI = /\u001b\[\d+m/;

function environment(extraEnv: Readonly<Record<string, string>> = {}): Record<string, string | undefined> {
  // The test runner's own colour settings must not leak into the command's.
  const env: Record<string, string | undefined> = { ...process.env, ...extraEnv };
  if (!("FORCE_COLOR" in extraEnv)) delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
}

function coalition(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}) {
  const run = spawnSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", env: environment(extraEnv) });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the coalition bin", () => {
  it("prints the seed report, without colour when piped", () => {
    const run = coalition(["report"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Leads: the United Kingdom, France");
    expect(run.stdout).not.toMatch(ANSI);
  });

  it("colours a piped text report when FORCE_COLOR asks, and never the HTML page", () => {
    expect(coalition(["report"], { FORCE_COLOR: "1" }).stdout).toContain("\u001b[1mPROPOSALS\u001b[22m");
    const html = coalition(["report", "--format", "html"], { FORCE_COLOR: "1" });
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(html.stdout).not.toMatch(ANSI);
  });

  it("exits 2 with one line and no stack trace on a bad option", () => {
    const run = coalition(["report", "--format", "xml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('coalition: --format must be one of text, markdown, json, html, not "xml"\n');
  });

  it("exits 1 on a broken dataset, and 3 on a missing file", () => {
    const broken = join(mkdtempSync(join(tmpdir(), "coalition-cli-")), "broken.json");
    writeFileSync(broken, JSON.stringify({ id: "broken", title: "Broken", states: [{ id: "XX" }] }));
    const run = coalition(["validate", broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("states[0].id");
    expect(coalition(["validate", "no-such-file.json"]).status).toBe(3);
  });

  it("prints its version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(coalition(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("does not wait on a named pipe: exits 3 at once", () => {
    const fifo = join(mkdtempSync(join(tmpdir(), "coalition-cli-")), "pipe.json");
    spawnSync("mkfifo", [fifo]);
    const run = spawnSync(tsx, [join(root, "src/cli/main.ts"), "validate", fifo], { cwd: root, encoding: "utf8", env: environment(), timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`coalition: ${fifo}: is a named pipe, not a regular file\n`);
  });

  it("exits quietly with its own code when its reader goes away (`coalition report | head -c 0`)", async () => {
    const child = spawn(tsx, [join(root, "src/cli/main.ts"), "report", "--format", "html"], { cwd: root, env: environment() });
    // Close the reading end before the command writes: every write of it meets a closed pipe.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    expect(status).toBe(0);
    expect(stderr).toBe("");
  });

  it("says in one line that it cannot write its output, and exits 70, on a full disk", () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = spawnSync(tsx, [join(root, "src/cli/main.ts"), "report"], { cwd: root, encoding: "utf8", env: environment(), stdio: ["ignore", full, "pipe"] });
      expect(run.status).toBe(70);
      expect(run.stderr).toBe("coalition: cannot write the output: ENOSPC: no space left on device, write\n");
    } finally {
      closeSync(full);
    }
  });
});
