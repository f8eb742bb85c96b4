// A TypeDoc plugin: names each module of the API site by the import a user writes
// ("coalition/scenario"), not by its entry file ("scenario", "index").
// @ts-check
import { Converter, ReflectionKind } from "typedoc";

/** Entry file name (without extension) → the package entry it is published as. */
const NAMES = {
  index: "coalition",
  scenario: "coalition/scenario",
  report: "coalition/report",
  explorer: "coalition/explorer",
  "explorer-element": "coalition/explorer-element",
  schema: "coalition/schema",
  fixtures: "coalition/fixtures",
  "condition-text": "coalition/condition-text",
};

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const name = NAMES[/** @type {keyof typeof NAMES} */ (module.name)];
      if (name !== undefined) module.name = name;
    }
  });
}
