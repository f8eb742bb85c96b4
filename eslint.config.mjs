// Lint for readability, over src/: functions short enough to read at once, and not too
// branchy. A function that must be longer (a measured hot loop) says why in an
// eslint-disable comment at its head. scripts/lint-allowlist.json lists, for a while, the
// functions known to be too long that other work is splitting.
import tseslint from "typescript-eslint";

export default tseslint.config({
  files: ["src/**/*.ts"],
  languageOptions: { parser: tseslint.parser },
  linterOptions: { reportUnusedDisableDirectives: "error" },
  rules: {
    "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    complexity: ["error", { max: 20 }],
  },
});
