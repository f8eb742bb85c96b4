import { STANCES } from "../../model/stance.js";
import { STANCE_COLORS, VERDICT_COLORS, VERDICT_TEXT, verdictSymbol } from "../../internal/palette.js";

/**
 * The HTML report's whole stylesheet, inlined into its `<style>`: no `url()`, no
 * `@import`, system fonts only, so the page loads nothing. @internal
 */
export function htmlStyles(): string {
  const stances = STANCES.map((stance) => `.s-${stance}{background:${STANCE_COLORS[stance]}}`).join("\n");
  const verdicts = (["active", "inactive", "undetermined"] as const)
    .map((verdict) => `.v-${verdict}{background:${VERDICT_COLORS[verdict]};color:${VERDICT_TEXT[verdict]}}\n${verdictSymbol(`.v-${verdict}`, verdict)}`)
    .join("\n");
  return `:root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;overflow-wrap:break-word;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:66rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
.kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:.8rem}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.35rem;line-height:1.3;border-bottom:1px solid var(--rule);padding-bottom:.25rem;margin:2.5rem 0 .75rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
nav ol{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.75rem 0 0;padding:0;list-style:none}
a{color:#0550ae}
:focus-visible{outline:3px solid #0550ae;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0;font-size:.9rem}
th,td{border:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:var(--panel)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}
dd{margin:0;min-width:0;overflow-wrap:anywhere}
.stance,.verdict,.chip{display:inline-block;padding:0 .45rem;border-radius:.25rem;color:#fff;font-weight:600;font-size:.85em;white-space:nowrap}
${stances}
${verdicts}
.none,.muted,.address{color:var(--muted)}
q{font-style:italic}
.quote{display:block;margin-top:.25rem;color:var(--muted)}
figure{margin:1rem 0;overflow-x:auto}
.matrix th,.matrix td{overflow-wrap:normal}
figcaption{color:var(--muted);font-size:.9rem}
.bar-chart{display:block}
.bar-chart text{font-size:13px;fill:var(--ink)}
.bar-chart .axis-title{font-weight:600}
.bar-chart .grid{stroke:#e5e7eb}
.bar-chart .axis-line{stroke:var(--muted)}
.bar-chart .bar-value{fill:#fff;font-weight:600;pointer-events:none}
.matrix-wrap{overflow-x:auto;position:relative}
.matrix th[scope=col]{font-size:.85rem}
.matrix td.cell{text-align:center;vertical-align:middle;min-width:6.5rem;color:#fff;font-weight:600;font-size:.85rem}
.matrix td.mixed{padding:0;height:1px}
.matrix .chips{display:flex;flex-direction:column;height:100%}
.matrix .chip{flex:1;display:flex;align-items:center;justify-content:center;border-radius:0;padding:.35rem .25rem;font-size:.85rem}
.matrix td.empty{color:var(--muted);font-weight:400}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
footer{margin:3rem auto 2rem;color:var(--muted);font-size:.9rem}
@media print{nav{display:none}h2{break-after:avoid}table,figure{break-inside:avoid}}`;
}

