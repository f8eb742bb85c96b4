// `coalition/report`: a readable summary of a dataset, as data, text, Markdown or HTML.
// Zod-free, like the main entry.
export { buildReport, type BuildReportOptions } from "./report/build-report.js";
export { renderTextReport } from "./report/render-text-report.js";
export { renderMarkdownReport } from "./report/render-markdown-report.js";
export type {
  CoalitionReport,
  NamedActor,
  ReportCoalition,
  ReportOffer,
  ReportContributionGroup,
  ReportRefusal,
  ReportContested,
  ReportProposal,
} from "./report/types.js";
export { renderHtmlReport } from "./report/render-html-report.js";
export type { RenderTextReportOptions } from "./report/render-text-report.js";
export type { ReportSource } from "./report/types.js";
export type {
  ReportCount,
  ReportCountClaim,
  ReportQuantity,
  ReportSought,
  ReportSubgroup,
  ReportBody,
  ReportBodyInterval,
  ReportChange,
  ReportChangeKind,
  ReportChanges,
  ReportEvent,
  ReportPledgeCount,
  ReportTimelineMonth,
} from "./report/types.js";
