/**
 * Shapes of an infographic: the blocks an editor writes (or the build generates from the task
 * register), and the finished infographic the pages render. The blocks are the text
 * alternative: the SVG and the HTML under it are both drawn from them, so they say the same.
 */

/** Where a block starts in its file (1-based), for messages; null for generated blocks. */
interface At {
  line: number | null;
}

/** A `## heading` between blocks: a section title. */
export interface HeadingBlock extends At {
  kind: 'heading';
  text: string;
}

/** A plain paragraph: a short note or caption (inline formatting is dropped). */
export interface TextBlock extends At {
  kind: 'text';
  text: string;
}

/** ```so-lieu: key figures, a number (or short phrase) and what it counts. */
export interface FiguresBlock extends At {
  kind: 'figures';
  items: { value: string; label: string }[];
}

/** ```moc-thoi-gian: dated milestones, drawn and listed in date order. */
export interface TimelineBlock extends At {
  kind: 'timeline';
  items: TimelineItem[];
}

export interface TimelineItem {
  /** The day that orders the milestone (YYYY-MM-DD); for a quarter, its last day. */
  date: string;
  /** How the date is shown: "15/08/2026", "Quý II/2026". */
  when: string;
  text: string;
}

/** ```cac-buoc: a process, numbered in order. */
export interface StepsBlock extends At {
  kind: 'steps';
  items: StepItem[];
}

export interface StepItem {
  title: string;
  detail: string | null;
  /** A site path ("/gop-y/") or https address the step points to (linked in the HTML only). */
  link: string | null;
  /** Line of the step in its file (a site path is checked like the links of documents). */
  line: number;
}

/** ```ai-lam-gi: who does what, tasks (rows) × agencies (columns), a role or nothing in each cell. */
export interface MatrixBlock extends At {
  kind: 'matrix';
  /** Heading of the task column, as written ("Nhiệm vụ"). */
  corner: string;
  agencies: string[];
  rows: { task: string; cells: string[] }[];
}

/** Generated only: a horizontal bar chart (tasks per lead agency). */
export interface BarsBlock extends At {
  kind: 'bars';
  /** Column headings of the text alternative: what each bar is, what it counts. */
  labelHeading: string;
  valueHeading: string;
  /** `muted`: not a body but a remainder ("Chưa ghi cơ quan chủ trì"), drawn in grey. */
  items: { label: string; value: number; muted?: boolean }[];
}

export type Block = HeadingBlock | TextBlock | FiguresBlock | TimelineBlock | StepsBlock | MatrixBlock | BarsBlock;

/** A document (and part of it) an infographic draws on, resolved against the corpus. */
export interface InfographicSource {
  documentId: string;
  /** Anchor of the part, without "#"; null for the whole document. */
  anchor: string | null;
  /** "Chỉ thị 08-CT/TU"; "Chỉ thị của <issuer>" when the document has no number. */
  documentName: string;
  /** "mục 2", "bảng nhiệm vụ, dòng 8", "Phụ lục"; null for the whole document. */
  part: string | null;
  /** Document and part together: "Chỉ thị 08-CT/TU, mục 2". */
  label: string;
  /** Page path without the site base, with the anchor: "/van-ban/…/08-ct-tu/#muc-2". */
  path: string;
}

/** An infographic ready to render: its data, its drawing, and where it comes from. */
export interface Infographic {
  /** URL segment: /infographic/<slug>/, /infographic/<slug>.svg, /infographic/<slug>.png. */
  slug: string;
  title: string;
  /** One or two sentences; also the SVG's <desc>. */
  summary: string;
  /** Date of the content (YYYY-MM-DD): written by the editor, or the register's "as of" date. */
  date: string;
  fields: { id: string; name: string }[];
  sources: InfographicSource[];
  blocks: Block[];
  /** Drawn from the task register rather than written by hand. */
  generated: boolean;
  /** Source file relative to the project root; null when generated. */
  file: string | null;
  /** Small print under the drawing (sources; portal and date), also shown under the text alternative. */
  footer: string[];
  /** The drawing: a standalone SVG document (also inlined in the page). */
  svg: string;
  width: number;
  height: number;
}
