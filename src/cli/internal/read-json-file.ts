import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { formatPath } from "../../parse/format-issues.js";
import { CliError } from "./cli-error.js";
import { findDuplicateKey } from "./duplicate-key.js";
import { EXIT } from "./exit-codes.js";
import { firstInvalidUtf8 } from "./utf8.js";

/** The largest file the command reads unless `--max-bytes` says otherwise: 256 MiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

// Read in pieces, so that a file that grows while it is read stops at the limit.
const CHUNK = 8 * 1024 * 1024;

/**
 * Reads and parses a JSON file, or fails with one plain line saying why (exit code 3):
 * missing or unreadable; not a regular file (a directory, a named pipe, a device: a pipe
 * would wait for a writer and a device may never end); larger than `maxBytes`; not UTF-8
 * (a byte-order mark is allowed); not JSON; or holding a key twice in one object.
 */
export function readJsonFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): unknown {
  const text = decoded(path, readBytes(path, maxBytes));
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position === null ? "" : ` (${lineAndColumn(text, Number(position[1]))})`;
    throw new CliError(`${path}: not valid JSON: ${message}${where}`, EXIT.unreadable);
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) {
    throw new CliError(
      `${path}: the key at ${formatPath(duplicate.path)} is written twice in one object (${lineAndColumn(text, duplicate.offset)}); JSON would keep only the last value`,
      EXIT.unreadable,
    );
  }
  return value;
}

function readBytes(path: string, maxBytes: number): Buffer {
  try {
    // Look before opening: opening a named pipe waits for a writer, for ever if none comes.
    refuseUnlessRegular(path, statSync(path), maxBytes);
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // What was looked at may have been replaced since: check what was opened too.
      refuseUnlessRegular(path, fstatSync(fd), maxBytes);
      return readUpTo(fd, path, maxBytes);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = (error as { code?: string }).code === "ENOENT" ? "no such file" : "cannot be read";
    throw new CliError(`${path}: ${reason}`, EXIT.unreadable);
  }
}

function refuseUnlessRegular(path: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) {
    const kind = stats.isDirectory()
      ? "a directory"
      : stats.isFIFO()
        ? "a named pipe"
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? "a device"
          : "a special file";
    throw new CliError(`${path}: is ${kind}, not a regular file`, EXIT.unreadable);
  }
  if (stats.size > maxBytes) throw tooLarge(path, `${stats.size} bytes, more`, maxBytes);
}

/** The file's bytes, read to its end, failing as soon as there are more than `maxBytes`. */
function readUpTo(fd: number, path: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    // A file its size does not describe (one under /proc, one still growing).
    if (total > maxBytes) throw tooLarge(path, "more", maxBytes);
  }
}

function tooLarge(path: string, more: string, maxBytes: number): CliError {
  return new CliError(`${path}: ${more} than the limit of ${maxBytes} bytes (raise it with --max-bytes)`, EXIT.unreadable);
}

/** The bytes as text: UTF-8, after a byte-order mark if there is one; anything else fails. */
function decoded(path: string, bytes: Buffer): string {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = (bytes[offset] as number).toString(16).toUpperCase().padStart(2, "0");
    throw new CliError(`${path}: not UTF-8 text: byte 0x${byte} at offset ${offset} (line ${line}) begins no UTF-8 character`, EXIT.unreadable);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString("utf8", bom ? 3 : 0);
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
