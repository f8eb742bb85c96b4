// What `coalition` reads, and what it refuses in one line with exit code 3: files that are
// not regular files, files over the size limit, text that is not UTF-8, and JSON that
// holds a key twice. The attack as data, the outcome expected.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coalition, file, REFERENCE, SEED } from "./in-process.js";

const MINIMAL = '{ "id": "minimal", "title": "Minimal" }';

describe("files that are not regular files", () => {
  it("refuses a directory, a named pipe, a device and a socket at once, without opening them", async () => {
    const folder = mkdtempSync(join(tmpdir(), "coalition-cli-"));
    const fifo = join(folder, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const socket = join(folder, "socket.json");
    const server = createServer().listen(socket);
    await new Promise((done) => server.once("listening", done));
    try {
      const start = Date.now();
      for (const [path, kind] of [
        [folder, "a directory"],
        [fifo, "a named pipe"],
        ["/dev/zero", "a device"],
        [socket, "a special file"],
      ] as const) {
        for (const command of ["validate", "report"]) {
          expect(coalition([command, path]), `${command} ${kind}`).toEqual({ status: 3, stdout: "", stderr: `coalition: ${path}: is ${kind}, not a regular file\n` });
        }
        expect(coalition(["validate", SEED, "--base", path]).stderr).toBe(`coalition: ${path}: is ${kind}, not a regular file\n`);
      }
      // The named pipe with no writer did not make it wait.
      expect(Date.now() - start).toBeLessThan(5_000);
    } finally {
      server.close();
    }
  });
});

describe("the size limit", () => {
  it("refuses a file over 256 MiB by default, and over --max-bytes when given, before reading it", () => {
    const big = file("big.json", MINIMAL);
    // A sparse file: 300 MiB long, taking no room on disk.
    execFileSync("truncate", ["-s", "300M", big]);
    expect(coalition(["validate", big])).toEqual({
      status: 3,
      stdout: "",
      stderr: `coalition: ${big}: 314572800 bytes, more than the limit of 268435456 bytes (raise it with --max-bytes)\n`,
    });
    const small = file("small.json", MINIMAL);
    expect(coalition(["validate", small, "--max-bytes", "38"]).stderr).toBe(
      `coalition: ${small}: 39 bytes, more than the limit of 38 bytes (raise it with --max-bytes)\n`,
    );
    expect(coalition(["validate", small, "--max-bytes", "39"]).status).toBe(0);
    expect(coalition(["report", SEED, "--base", REFERENCE, "--max-bytes", "1K"]).stderr).toMatch(/reference\.json: \d+ bytes, more than the limit of 1024 bytes/);
    expect(coalition(["report", SEED, "--base", REFERENCE, "--max-bytes", "1m"]).status).toBe(0);
  });

  it("stops reading a file that holds more than its size says, at the limit", () => {
    // Files under /proc say they are empty.
    expect(coalition(["validate", "/proc/self/maps", "--max-bytes", "100"]).stderr).toBe(
      "coalition: /proc/self/maps: more than the limit of 100 bytes (raise it with --max-bytes)\n",
    );
  });

  it("takes --max-bytes as bytes, or K, M or G of them, from 1 to the longest text Node.js holds", () => {
    for (const value of ["0", "1.5M", "1T", "abc", "", "600M", "9999999999999"]) {
      const run = coalition(["validate", SEED, "--max-bytes", value]);
      expect(run.status, value).toBe(2);
      expect(run.stderr, value).toBe(
        `coalition: --max-bytes takes a number of bytes from 1 to 536870888 (the longest text Node.js holds), or of K, M or G (300M), not "${value}"\n`,
      );
    }
    expect(coalition(["validate", "--help"]).stdout).toContain("--max-bytes N     the largest file to read, in bytes, or with K, M or G (default 256M)");
  });
});

describe("the text of a file", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    const text = readFileSync(SEED, "utf8");
    const withMark = file("marked.json", `\ufeff${text}`);
    expect(readFileSync(withMark).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(coalition(["validate", withMark, "--base", REFERENCE])).toMatchObject({ status: 0, stderr: "" });
  });

  it("refuses bytes that are not UTF-8, saying where, instead of reading them as replacement characters", () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "id": "x",\n  "title": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
    const latin1 = file("latin1.json", bytes);
    expect(coalition(["validate", latin1])).toEqual({
      status: 3,
      stdout: "",
      stderr: `coalition: ${latin1}: not UTF-8 text: byte 0xE9 at offset 30 (line 3) begins no UTF-8 character\n`,
    });
    // A byte-order mark of UTF-16 is no UTF-8 either.
    expect(coalition(["validate", file("utf16.json", Buffer.from([0xff, 0xfe, 0x7b, 0x00]))]).stderr).toMatch(/byte 0xFF at offset 0 \(line 1\)/);
  });

  it("says where JSON is broken, by line and column", () => {
    const broken = file("broken.json", '{\n  "id": "x",\n  "title": "T",\n}');
    expect(coalition(["validate", broken]).stderr).toBe(
      `coalition: ${broken}: not valid JSON: Expected double-quoted property name in JSON at position 31 (line 4, column 1)\n`,
    );
  });
});

describe("a key written twice in one object", () => {
  const duplicate = (name: string, text: string) => coalition(["validate", file(name, text)]);

  it("is refused with its path and position, instead of keeping the last value silently", () => {
    const run = duplicate("twice.json", '{ "id": "a", "title": "T",\n  "id": "b" }');
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/twice\.json: the key at id is written twice in one object \(line 2, column 3\); JSON would keep only the last value\n$/);
  });

  it("is found deep in the document, written with an escape, and among many keys", () => {
    const seed = readFileSync(SEED, "utf8");
    const nested = seed.replace('"id": "gb-aircraft",', '"id": "gb-aircraft", "\\u0069d": "again",');
    expect(duplicate("nested.json", nested).stderr).toMatch(/the key at commitments\[1\]\.id is written twice in one object \(line \d+, column \d+\)/);
    const keys = Array.from({ length: 40 }, (_, k) => `"k${k}": ${k}`).join(", ");
    expect(duplicate("many.json", `{ "id": "x", "title": "T", "notes": [{ ${keys}, "k39": 0 }] }`).stderr).toMatch(/the key at notes\[0\]\.k39 is written twice/);
  });

  it("is told from the same key in different objects, and from the same words inside strings", () => {
    const text = JSON.stringify({
      id: "x",
      title: 'a "title": with \\"quotes\\" and \\\\',
      sources: [
        { id: "s1", kind: "other", publisher: "P", date: "2025", note: '"id": "s1"' },
        { id: "s2", kind: "other", publisher: "P", date: "2025" },
      ],
    });
    expect(coalition(["validate", file("fine.json", text)])).toMatchObject({ status: 0, stderr: "" });
  });
});

describe("a file read with its own name and bytes in the messages", () => {
  it("shows control characters in a file name and in the JSON parser's echo of the text as their codes", () => {
    const folder = mkdtempSync(join(tmpdir(), "coalition-cli-"));
    const named = join(folder, "\u001b]0;pwned\u0007.json");
    writeFileSync(named, "\u001b[2J\u009b31m not JSON");
    const run = coalition(["validate", named]);
    expect(run.status).toBe(3);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).toBe(
      `coalition: ${folder}/\\u001b]0;pwned\\u0007.json: not valid JSON: Unexpected token '\\u001b', "\\u001b[2J\\u009b31m not JSON" is not valid JSON\n`,
    );
  });
});
