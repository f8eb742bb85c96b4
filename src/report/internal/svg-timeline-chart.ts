import type { ReportTimelineMonth } from "../types.js";
import { escapeHtml } from "./escape-html.js";

// Geometry in SVG user units; the chart scales down with the page (CSS max-width).
const WIDTH = 760;
const HEIGHT = 300;
const LEFT = 56;
const RIGHT = 16;
const TOP = 40;
const BOTTOM = 250;
const LEGEND_Y = 16;
const CHAR = 7; // the width of an average character at the chart's 13px font

/** The three series of the timeline, in stacking order, with the colour of each. @internal */
export interface TimelineColors {
  readonly ready: string;
  readonly open: string;
  readonly refused: string;
}

const SERIES = [
  ["ready", "ready or committed"],
  ["open", "open"],
  ["refused", "refused or opposed"],
] as const;

/**
 * A stacked column chart as inline SVG: one column per month (a `<g class="month">` with
 * `data-month`, the mark of that month, and a `<title>` for hover), stacked ready, open
 * and refused from the bottom, a legend, and both axes labelled. @internal
 */
export function svgTimelineChart(months: readonly ReportTimelineMonth[], caption: string, colors: TimelineColors): string {
  const largest = Math.max(1, ...months.map((month) => month.ready + month.open + month.refused));
  const step = tickStep(largest);
  const axisMax = Math.ceil(largest / step) * step;
  const scale = (BOTTOM - TOP) / axisMax;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, months.length);
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));
  const out: string[] = [
    `<svg class="timeline-chart" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="timeline-title timeline-desc" font-size="13" fill="#1f2328">`,
    `<title id="timeline-title">Statements ready, open and refused at each month's end</title>`,
    `<desc id="timeline-desc">${escapeHtml(caption)}</desc>`,
    `<g class="legend" transform="translate(0 ${LEGEND_Y})">`,
  ];
  let x = LEFT;
  for (const [key, label] of SERIES) {
    out.push(`<rect class="swatch" x="${x}" y="-10" width="12" height="12" fill="${colors[key]}"></rect>`, `<text x="${x + 17}" y="0">${label}</text>`);
    x += 17 + label.length * CHAR + 18;
  }
  out.push("</g>", `<g class="axis y-axis">`);
  for (let tick = 0; tick <= axisMax; tick += step) {
    const at = round(BOTTOM - tick * scale);
    out.push(`<line class="grid" stroke="#e5e7eb" x1="${LEFT}" y1="${at}" x2="${WIDTH - RIGHT}" y2="${at}"></line>`, `<text x="${LEFT - 6}" y="${at + 4}" text-anchor="end">${tick}</text>`);
  }
  out.push(
    `<text class="axis-title" font-weight="600" x="14" y="${round((TOP + BOTTOM) / 2)}" text-anchor="middle" transform="rotate(-90 14 ${round((TOP + BOTTOM) / 2)})">Statements</text>`,
    "</g>",
    `<g class="axis x-axis">`,
    `<line class="axis-line" stroke="#57606a" x1="${LEFT}" y1="${BOTTOM}" x2="${WIDTH - RIGHT}" y2="${BOTTOM}"></line>`,
    ...months.flatMap((month, index) =>
      index % labelEvery === 0 ? [`<text x="${round(LEFT + (index + 0.5) * slot)}" y="${BOTTOM + 16}" text-anchor="middle">${escapeHtml(month.month)}</text>`] : [],
    ),
    `<text class="axis-title" font-weight="600" x="${round((LEFT + WIDTH - RIGHT) / 2)}" y="${BOTTOM + 40}" text-anchor="middle">Month</text>`,
    "</g>",
    `<g class="columns">`,
    ...months.map((month, index) => column(month, LEFT + index * slot, slot, scale, colors)),
    "</g>",
    "</svg>",
  );
  return out.join("\n");
}

/** One month's column: its stacked bars in a group that is the month's mark. */
function column(month: ReportTimelineMonth, left: number, slot: number, scale: number, colors: TimelineColors): string {
  const width = round(Math.max(1, slot * 0.7));
  const x = round(left + (slot - width) / 2);
  const hover = `${month.month}: ${month.ready} ready or committed, ${month.open} open, ${month.refused} refused or opposed`;
  const bars: string[] = [];
  let base = BOTTOM;
  for (const [key] of SERIES) {
    const height = round(month[key] * scale);
    if (height === 0) continue;
    base = round(base - height);
    bars.push(`<rect class="column-bar" x="${x}" y="${base}" width="${width}" height="${height}" fill="${colors[key]}" data-series="${key}" data-count="${month[key]}"></rect>`);
  }
  // A month without statements still has its mark: a hairline on the axis.
  if (bars.length === 0) bars.push(`<rect class="empty" x="${x}" y="${BOTTOM - 1}" width="${width}" height="1" fill="#9ca3af"></rect>`);
  return `<g class="month" data-month="${escapeHtml(month.month)}"><title>${escapeHtml(hover)}</title>${bars.join("")}</g>`;
}

/** A tick step of 1, 2 or 5 times a power of ten giving at most ten ticks. */
function tickStep(largest: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, largest / 10)));
  for (const factor of [1, 2, 5]) if (largest / (factor * power) <= 10) return factor * power;
  return 10 * power;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
