import type { SvgElement } from './charts/svg';

/**
 * The report as a document of blocks: what to say is decided once (build.ts), and the Markdown,
 * print-HTML and screen renderers only lay blocks out. Every string in a block is plain text as
 * typed or as computed: renderers escape it; none of it is ever markup.
 */
export type ReportSectionId =
  | 'summary'
  | 'purpose'
  | 'diagnosis'
  | 'root_causes'
  | 'worked_well'
  | 'actions'
  | 'lessons'
  | 'parking_lot'
  | 'notes'
  | 'meeting_log'
  | 'principles';

/** The sections a reader may leave out, in report order, with the names the options show. */
export const REPORT_SECTIONS: readonly { id: ReportSectionId; title: string }[] = [
  { id: 'summary', title: 'Incident summary' },
  { id: 'purpose', title: 'What the model was supposed to do' },
  { id: 'diagnosis', title: 'Diagnosis' },
  { id: 'root_causes', title: 'Root causes' },
  { id: 'worked_well', title: 'What worked well' },
  { id: 'actions', title: 'Corrective actions' },
  { id: 'lessons', title: 'Lessons learned' },
  { id: 'parking_lot', title: 'Parking lot' },
  { id: 'notes', title: 'Notes' },
  { id: 'meeting_log', title: 'Meeting log' },
  { id: 'principles', title: 'Principles of the method' },
];

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface ReportOptions {
  /** Participants' names replaced by their roles, everywhere (charts and captions included). */
  anonymise: boolean;
  /** Sections left out (and out of the table of contents). */
  omit: readonly ReportSectionId[];
  paper: PaperSize;
  /** When the report was made (ISO 8601); printed on the title page. */
  generatedAt: string;
}

export interface TableColumn {
  label: string;
  align: 'left' | 'right';
}

export type Block =
  /** The user's text: lines and paragraphs kept, never read as markup. */
  | { kind: 'text'; text: string }
  /** What the report says itself when a part is empty ("Nothing recorded."). */
  | { kind: 'note'; text: string }
  /** Label: value pairs (a definition list). */
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; caption: string | null }
  | { kind: 'list'; items: string[] }
  /** A nested list (five-whys chains, the cause tree in text). */
  | { kind: 'outline'; items: OutlineItem[] }
  /** A GFM task list: done items ticked. */
  | { kind: 'tasks'; items: { text: string; done: boolean }[] }
  | Figure
  | Subsection;

export interface OutlineItem {
  text: string;
  children: OutlineItem[];
}

export interface Subsection {
  kind: 'subsection';
  /** Unique in the report: a link target in every format. */
  anchor: string;
  title: string;
  /** A line under the title (a verdict, a layer). */
  tag: string | null;
  blocks: Block[];
}

/** A pinned piece of evidence, recomputed: a chart (vector) or a table, with its caption. */
export interface Figure {
  kind: 'figure';
  /** 1-based, in report order: "Figure 3". */
  number: number;
  anchor: string;
  /** Short title (alt text of the chart). */
  title: string;
  /** Names the file, the windows and the measure, then the pin's own caption. */
  caption: string;
  chart: SvgElement | null;
  table: { columns: TableColumn[]; rows: string[][] } | null;
  /** Further text (the drift table's method, findings). */
  notes: string[];
  /** Why the evidence could not be shown (file deleted, query failed). */
  problem: string | null;
}

export interface ReportSection {
  id: ReportSectionId;
  /** Method sections are numbered 1-7; the appendix is lettered. */
  number: string;
  title: string;
  anchor: string;
  appendix: boolean;
  blocks: Block[];
}

export interface TitlePage {
  title: string;
  /** "Fraud model v12", or null when not set. */
  model: string | null;
  fields: { label: string; value: string }[];
  /** What happened, as typed (first lines). */
  summary: string;
  /** The impact in numbers: "4,120 transactions blocked (merchants…)". */
  impact: string | null;
  topActions: { text: string; done: boolean }[];
  participants: { name: string; role: string; team: string }[];
}

export interface ReportModel {
  postmortemId: string;
  title: string;
  /** "Draft", "In review", "Final". */
  statusLabel: string;
  /** Marked "Draft" on every page until the status is final. */
  draft: boolean;
  /** The running header's text. */
  runningHeader: string;
  generatedAt: string;
  /** The generatedAt instant as printed. */
  generatedLabel: string;
  paper: PaperSize;
  anonymised: boolean;
  titlePage: TitlePage;
  sections: ReportSection[];
}
