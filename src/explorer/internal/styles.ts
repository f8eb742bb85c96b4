import { VERDICT_COLORS, VERDICT_TEXT, verdictSymbol } from "../../internal/palette.js";

/**
 * The explorer's style sheet, the same in the page (after the report's) and in the custom
 * element's shadow root (`:host`): everything under `.cx`, no `url()`, no `@import`. At
 * 390 px the controls wrap, and the totals table scrolls sideways in its own box.
 */
export function explorerStyles(): string {
  const verdicts = (["active", "inactive", "undetermined"] as const)
    .map((verdict) => `.cx-v-${verdict}{background:${VERDICT_COLORS[verdict]};color:${VERDICT_TEXT[verdict]}}\n${verdictSymbol(`.cx-v-${verdict}`, verdict)}`)
    .join("\n");
  return `:host{display:block}
.cx{--cx-ink:#1f2328;--cx-muted:#57606a;--cx-rule:#d0d7de;--cx-panel:#f6f8fa;--cx-focus:#0550ae;color:var(--cx-ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
.cx *{box-sizing:border-box}
.cx :focus-visible{outline:3px solid var(--cx-focus);outline-offset:2px}
.cx h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.cx fieldset{border:1px solid var(--cx-rule);border-radius:.4rem;margin:0 0 .75rem;padding:.5rem .75rem .75rem;min-width:0}
.cx legend{font-weight:600;padding:0 .25rem}
.cx .cx-fact legend{font-weight:400}
.cx code{font-size:.85em;color:var(--cx-muted);overflow-wrap:anywhere}
.cx-choices{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.25rem}
.cx-choices label{display:inline-flex;align-items:center;gap:.35rem;min-height:2rem;padding:.15rem .65rem .15rem .45rem;border:1px solid var(--cx-rule);border-radius:.3rem;cursor:pointer}
.cx-choices label:has(input:checked){border-color:var(--cx-focus);background:#ddf4ff;font-weight:600}
.cx-choices input{margin:0;accent-color:var(--cx-focus)}
.cx-day{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:0 0 .75rem}
.cx-day label{font-weight:600}
.cx input[type=date]{font:inherit;padding:.2rem .4rem;border:1px solid var(--cx-muted);border-radius:.3rem;min-height:2rem}
.cx button{font:inherit;min-height:2rem;padding:.2rem .75rem;border:1px solid var(--cx-muted);border-radius:.3rem;background:var(--cx-panel);color:var(--cx-ink);cursor:pointer}
.cx-hint,.cx-none{color:var(--cx-muted)}
.cx-hint{font-size:.9rem}
.cx-status{min-height:1.5em;font-weight:600}
.cx-problem{border-left:4px solid #b34a00;background:#fff4e5;padding:.5rem .75rem}
.cx-scroll{overflow-x:auto;margin:.5rem 0 1rem}
.cx table{border-collapse:collapse;width:100%;font-size:.95rem}
.cx caption{text-align:left;color:var(--cx-muted);padding:.25rem 0;font-size:.9rem}
.cx th,.cx td{border:1px solid var(--cx-rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
.cx thead th{background:var(--cx-panel)}
.cx-totals{min-width:36rem}
.cx-depth-1{padding-left:1.25rem!important}
.cx-depth-2{padding-left:2rem!important}
.cx-depth-3{padding-left:2.75rem!important}
.cx-changes,.cx-offers,.cx-atoms{padding-left:1.25rem}
.cx-changes li,.cx-offers li{margin:.3rem 0}
.cx-offers{list-style:none;padding:0}
.cx-offer summary{cursor:pointer;padding:.35rem .25rem;border-radius:.3rem}
.cx-offer[open] summary{background:var(--cx-panel)}
.cx-why{border-left:3px solid var(--cx-rule);margin:.25rem 0 .75rem .5rem;padding:.25rem .75rem}
.cx-why dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
.cx-why dt{font-weight:600}
.cx-why dd{margin:0;min-width:0;overflow-wrap:anywhere}
.cx-verdict{display:inline-block;padding:0 .45rem;border-radius:.25rem;font-weight:600;font-size:.85em;white-space:nowrap}
${verdicts}`;
}
