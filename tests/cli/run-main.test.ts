// The bin's wiring to its process, with a stand-in process: the exit code, and what a
// failed write of the output does. tests/cli/cli.test.ts does the same to the real bin.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { runMain, type CliProcess } from "../../src/cli/internal/run-main.js";

function standIn(argv: readonly string[]) {
  const stdout = Object.assign(new EventEmitter(), { write: () => true, isTTY: false });
  let stderr = "";
  const exits: (number | string)[] = [];
  const process: CliProcess = {
    argv: ["node", "coalition", ...argv],
    env: {},
    stdout,
    stderr: { write: (text: string) => (stderr += text) },
    exitCode: undefined,
    exit: (code) => void exits.push(code),
  };
  return { process, stdout, exits, stderr: () => stderr };
}

const writeError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("the bin's process", () => {
  it("gets the command's exit code", () => {
    const run = standIn(["validate"]);
    runMain(run.process);
    expect(run.process.exitCode).toBe(2);
    expect(run.exits).toEqual([]);
  });

  it("exits quietly with the command's code when the reader goes away (a closed pipe: `| head`)", () => {
    const run = standIn(["report"]);
    runMain(run.process);
    run.stdout.emit("error", writeError("EPIPE", "write EPIPE"));
    expect(run.exits).toEqual([0]);
    expect(run.stderr()).toBe("");
    const failed = standIn(["report", "--format", "xml"]);
    runMain(failed.process);
    failed.stdout.emit("error", writeError("EPIPE", "write EPIPE"));
    expect(failed.exits).toEqual([2]);
  });

  it("says in one line that the output cannot be written, and exits 70, on any other write error", () => {
    const run = standIn(["report"]);
    runMain(run.process);
    run.stdout.emit("error", writeError("ENOSPC", "ENOSPC: no space left on device, write\n\u001b[2J"));
    expect(run.exits).toEqual([70]);
    expect(run.stderr()).toBe("coalition: cannot write the output: ENOSPC: no space left on device, write\\u000a\\u001b[2J\n");
  });
});
