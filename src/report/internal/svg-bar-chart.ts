import { STANCES } from "../../model/stance.js";
import type { BarRow } from "./contribution-bars.js";
import { escapeHtml } from "./escape-html.js";
import { STANCE_COLORS } from "../../internal/palette.js";

// Geometry in SVG user units; the chart scales down with the page (CSS max-width).
const WIDTH = 760;
const ROW = 30;
const BAR = 20;
const CHAR = 7; // the width of an average character at the chart's 13px font
const MAX_LABEL_CHARS = 40;
const LEGEND_Y = 16;
const PLOT_TOP = 58;

/**
 * A horizontal stacked bar chart as inline SVG: one row per contribution type, one bar
 * (a `<rect>` with `data-type`, `data-stance` and `data-count`, and a `<title>` for hover)
 * per stance taken on it, a legend of the stances shown, and both axes labelled. @internal
 */
export function svgBarChart(rows: readonly BarRow[], caption: string): string {
  const longest = Math.max(8, ...rows.map((row) => Math.min(row.label.length, MAX_LABEL_CHARS)));
  const left = 16 + longest * CHAR;
  const plotWidth = WIDTH - left - 24;
  const largest = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.count, 0)));
  const step = tickStep(largest);
  const axisMax = Math.ceil(largest / step) * step;
  const scale = plotWidth / axisMax;
  const bottom = PLOT_TOP + rows.length * ROW;
  const height = bottom + 50;

  const out: string[] = [
    `<svg class="bar-chart" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">Contributions by type and stance</title>`,
    `<desc id="chart-desc">${escapeHtml(caption)}</desc>`,
  ];

  // Legend: only the stances the chart shows.
  const shown = STANCES.filter((stance) => rows.some((row) => row.segments.some((segment) => segment.stance === stance)));
  let x = left;
  out.push(`<g class="legend" transform="translate(0 ${LEGEND_Y})">`);
  for (const stance of shown) {
    out.push(
      `<rect class="swatch" x="${x}" y="-10" width="12" height="12" fill="${STANCE_COLORS[stance]}"></rect>`,
      `<text x="${x + 17}" y="0">${stance}</text>`,
    );
    x += 17 + stance.length * CHAR + 18;
  }
  out.push("</g>");

  // Grid and x axis.
  out.push(`<g class="axis x-axis">`);
  for (let tick = 0; tick <= axisMax; tick += step) {
    const at = round(left + tick * scale);
    out.push(
      `<line class="grid" x1="${at}" y1="${PLOT_TOP - 6}" x2="${at}" y2="${bottom}"></line>`,
      `<text x="${at}" y="${bottom + 16}" text-anchor="middle">${tick}</text>`,
    );
  }
  out.push(
    `<line class="axis-line" x1="${left}" y1="${bottom}" x2="${left + plotWidth}" y2="${bottom}"></line>`,
    `<text class="axis-title" x="${round(left + plotWidth / 2)}" y="${bottom + 40}" text-anchor="middle">Statements (offers and refusals)</text>`,
    "</g>",
  );

  // Y axis: one label per type.
  out.push(
    `<g class="axis y-axis">`,
    `<text class="axis-title" x="${left - 8}" y="${PLOT_TOP - 14}" text-anchor="end">Contribution type</text>`,
    `<line class="axis-line" x1="${left}" y1="${PLOT_TOP - 6}" x2="${left}" y2="${bottom}"></line>`,
  );
  rows.forEach((row, index) => {
    const label = row.label.length > MAX_LABEL_CHARS ? `${row.label.slice(0, MAX_LABEL_CHARS - 1)}…` : row.label;
    out.push(
      `<text x="${left - 8}" y="${PLOT_TOP + index * ROW + ROW / 2 + 4}" text-anchor="end"><title>${escapeHtml(row.label)}</title>${escapeHtml(label)}</text>`,
    );
  });
  out.push("</g>");

  // The bars, stacked along each row in the order of the stance scale.
  out.push(`<g class="bars">`);
  rows.forEach((row, index) => {
    const y = PLOT_TOP + index * ROW + (ROW - BAR) / 2;
    let start = 0;
    for (const segment of row.segments) {
      const barX = round(left + start * scale);
      const barWidth = round(segment.count * scale);
      const hover = `${row.label}, ${segment.stance}: ${segment.count} (${segment.actors.join(", ")})`;
      out.push(
        `<rect class="bar" x="${barX}" y="${y}" width="${barWidth}" height="${BAR}" fill="${STANCE_COLORS[segment.stance]}" data-type="${escapeHtml(row.type)}" data-stance="${segment.stance}" data-count="${segment.count}"><title>${escapeHtml(hover)}</title></rect>`,
        `<text class="bar-value" x="${round(barX + barWidth / 2)}" y="${y + BAR / 2 + 4}" text-anchor="middle">${segment.count}</text>`,
      );
      start += segment.count;
    }
  });
  out.push("</g>", "</svg>");
  return out.join("\n");
}

/** A tick step of 1, 2 or 5 times a power of ten giving at most ten ticks. */
function tickStep(largest: number): number {
  const rough = largest / 10;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5]) if (largest / (factor * power) <= 10) return Math.max(1, factor * power);
  return 10 * power;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
