// The `coalition` command run in-process, with its output captured, and files to run it on.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/cli/run-cli.js";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED = join(root, "fixtures/coalition-of-the-willing-2025-03-13.json");
export const REFERENCE = join(root, "fixtures/reference.json");

export interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `coalition args` in-process, as on a terminal or not, with the environment given. */
export function coalition(args: readonly string[], terminal: { isTTY?: boolean; env?: CliIo["env"] } = {}): Run {
  let stdout = "";
  let stderr = "";
  const status = runCli(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: terminal.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: terminal.env ?? {},
  });
  return { status, stdout, stderr };
}

/** A new file in a new temporary folder: `content` as it is (a string or bytes), or as JSON. */
export function file(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "coalition-cli-")), name);
  writeFileSync(path, typeof content === "string" || content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}
