import { describe, expect, it } from "vitest";
import { shouldUseColor } from "../../src/cli/internal/should-use-color.js";

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe("colour only on a terminal", () => {
  it("colours a terminal, and not a pipe or a file", () => {
    expect(shouldUseColor(terminal, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
  });

  it("turns colour off on a terminal when NO_COLOR is set to anything but the empty string", () => {
    expect(shouldUseColor(terminal, { NO_COLOR: "1" })).toBe(false);
    expect(shouldUseColor(terminal, { NO_COLOR: "0" })).toBe(false);
    expect(shouldUseColor(terminal, { NO_COLOR: "" })).toBe(true);
  });

  it("turns colour off on a dumb terminal", () => {
    expect(shouldUseColor(terminal, { TERM: "dumb" })).toBe(false);
    expect(shouldUseColor(terminal, { TERM: "xterm-256color" })).toBe(true);
  });

  it("lets FORCE_COLOR decide over everything: on even when piped or with NO_COLOR, off with 0 or false", () => {
    expect(shouldUseColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: "3", NO_COLOR: "1" })).toBe(true);
    expect(shouldUseColor(terminal, { FORCE_COLOR: "0" })).toBe(false);
    expect(shouldUseColor(terminal, { FORCE_COLOR: "false" })).toBe(false);
    expect(shouldUseColor(terminal, { FORCE_COLOR: "FALSE" })).toBe(false);
  });
});
