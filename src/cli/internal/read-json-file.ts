import { readFileSync } from "node:fs";
import { CliError } from "./cli-error.js";

/** Reads and parses a JSON file, or fails with one plain line saying why. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as { code?: string }).code === "ENOENT" ? "no such file" : "cannot be read";
    throw new CliError(`${path}: ${reason}`, 3);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message})`, 3);
  }
}
