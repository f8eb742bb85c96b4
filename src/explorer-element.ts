// `coalition/explorer-element`: the scenario explorer as a framework-free custom element,
// `<coalition-explorer>`, defined by an explicit call. Zod-free.
export {
  defineCoalitionExplorer,
  type DefineCoalitionExplorerOptions,
  type CoalitionExplorerElement,
} from "./explorer/define-coalition-explorer.js";
