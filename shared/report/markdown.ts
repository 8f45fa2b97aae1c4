import type {
  BlockContent,
  Heading,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item';
import { toMarkdown } from 'mdast-util-to-markdown';
import { svgToString } from './charts/svg';
import { paragraphsOf, sectionHeading } from './text';
import type { Block, Figure, OutlineItem, ReportModel, TableColumn } from './types';

export interface MarkdownOutput {
  markdown: string;
  /** The charts, as .svg files to write beside the .md (paths relative to it). */
  assets: { path: string; content: string }[];
}

const t = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [t(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [t(value)] });
const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3 | 4, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [t(value)],
});

/**
 * The user's text as paragraphs (blank lines) of lines (hard breaks): the structure they typed,
 * every character as a text node, so the serialiser escapes whatever Markdown would read as syntax.
 */
export function textBlocks(value: string): RootContent[] {
  return paragraphsOf(value).map((lines) => {
    const children: PhrasingContent[] = [];
    lines.forEach((line, i) => {
      if (i > 0) children.push({ type: 'break' });
      children.push(t(line));
    });
    return { type: 'paragraph', children };
  });
}

/** A cell is one line in a GFM table: line breaks become spaces there. */
const cell = (value: string): TableRow['children'][number] => ({
  type: 'tableCell',
  children: value ? [t(value.replace(/\s*[\r\n]+\s*/g, ' '))] : [],
});

function table(columns: TableColumn[], rows: string[][]): Table {
  return {
    type: 'table',
    align: columns.map((c) => (c.align === 'right' ? 'right' : 'left')),
    children: [
      { type: 'tableRow', children: columns.map((c) => cell(c.label)) },
      ...rows.map((r): TableRow => ({
        type: 'tableRow',
        children: columns.map((_, i) => cell(r[i] ?? '')),
      })),
    ],
  };
}

const listItem = (children: PhrasingContent[], checked: boolean | null = null): ListItem => ({
  type: 'listItem',
  spread: false,
  checked,
  children: [{ type: 'paragraph', children }],
});

/** GitHub's heading ids (lower case, punctuation dropped, spaces to dashes) for the contents. */
export function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

export function reportMarkdown(model: ReportModel, assetsDir: string): MarkdownOutput {
  const assets: MarkdownOutput['assets'] = [];
  const out: RootContent[] = [];
  const slugs = new Map<string, number>();
  const tp = model.titlePage;
  out.push(heading(1, model.title));
  githubSlug(model.title, slugs);
  if (model.draft)
    out.push(para(strong(`${model.statusLabel}: not final.`), t(' This report may still change.')));
  if (tp.model) out.push(para(strong('Model:'), t(` ${tp.model}`)));
  out.push({
    type: 'list',
    ordered: false,
    spread: false,
    children: tp.fields.map((f) => listItem([strong(`${f.label}:`), t(` ${f.value}`)])),
  });
  if (tp.summary) out.push(...textBlocks(tp.summary));
  if (tp.impact) out.push(para(strong('Impact:'), t(` ${tp.impact}`)));
  if (tp.topActions.length) {
    out.push(para(strong('Top actions')));
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: tp.topActions.map((a) => listItem([t(a.text)], a.done)),
    });
  }
  if (tp.participants.length) {
    out.push(para(strong('Participants')));
    out.push(
      table(
        [
          { label: 'Name', align: 'left' },
          { label: 'Role', align: 'left' },
          { label: 'Team', align: 'left' },
        ],
        tp.participants.map((p) => [p.name, p.role, p.team]),
      ),
    );
  }
  const headingText = model.sections.map(sectionHeading);
  out.push(heading(2, 'Contents'));
  githubSlug('Contents', slugs);
  const sectionSlugs = headingText.map((h) => githubSlug(h, slugs));
  out.push({
    type: 'list',
    ordered: false,
    spread: false,
    children: headingText.map((h, i) =>
      listItem([{ type: 'link', url: `#${sectionSlugs[i]}`, children: [t(h)] }]),
    ),
  });
  model.sections.forEach((section, i) => {
    out.push(heading(2, headingText[i] ?? section.title));
    out.push(...blocks(section.blocks, 3, `${section.number}.`, assets, assetsDir, slugs));
  });
  out.push(para(emphasis(`Made with Postmortem Studio on ${model.generatedLabel}.`)));
  return { markdown: markdownOf({ type: 'root', children: out }), assets };
}

/**
 * The report's syntax tree as Markdown. One rule is added to the serialiser's escapes: every `<` in
 * text is escaped. Its own rule escapes `<` only before a letter, `!`, `/` or `?` (HTML, URL
 * autolinks), but an e-mail autolink may start with a digit or any of .!#$%&'*+/=?^_`{|}~- (typed
 * `<---@0>` read back as a link to `mailto:---@0`).
 */
export function markdownOf(root: Root): string {
  return toMarkdown(root, {
    extensions: [gfmTableToMarkdown(), gfmTaskListItemToMarkdown()],
    unsafe: [{ character: '<', inConstruct: 'phrasing' }],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
  });
}

function blocks(
  list: Block[],
  depth: 3 | 4,
  prefix: string,
  assets: MarkdownOutput['assets'],
  assetsDir: string,
  slugs: Map<string, number>,
): RootContent[] {
  const out: RootContent[] = [];
  let sub = 0;
  for (const b of list) {
    switch (b.kind) {
      case 'text':
        out.push(...textBlocks(b.text));
        break;
      case 'note':
        out.push(para(emphasis(b.text)));
        break;
      case 'fields':
        out.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: b.items.map((f) => listItem([strong(`${f.label}:`), t(` ${f.value}`)])),
        });
        break;
      case 'table':
        out.push(table(b.columns, b.rows));
        if (b.caption) out.push(para(emphasis(b.caption)));
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: b.items.map((item) => listItem([t(item.replace(/\s*[\r\n]+\s*/g, ' '))])),
        });
        break;
      case 'tasks':
        out.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: b.items.map((item) => listItem([t(item.text)], item.done)),
        });
        break;
      case 'outline':
        out.push(outline(b.items));
        break;
      case 'figure':
        out.push(...figure(b, assets, assetsDir));
        break;
      case 'subsection': {
        sub++;
        const title = `${prefix}${sub} ${b.title}`;
        githubSlug(title, slugs);
        out.push(heading(depth, title));
        if (b.tag) out.push(para(strong(b.tag)));
        out.push(...blocks(b.blocks, 4, `${prefix}${sub}.`, assets, assetsDir, slugs));
        break;
      }
    }
  }
  return out;
}

/** A nested list: each item's children as a list inside it. */
function outline(items: OutlineItem[]): BlockContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [
        para(t(item.text.replace(/\s*[\r\n]+\s*/g, ' '))),
        ...(item.children.length ? [outline(item.children)] : []),
      ],
    })),
  } as BlockContent;
}

function figure(f: Figure, assets: MarkdownOutput['assets'], assetsDir: string): BlockContent[] {
  const out: BlockContent[] = [];
  if (f.chart) {
    const path = `${assetsDir}/figure-${f.number}.svg`;
    assets.push({ path, content: svgToString(f.chart, true) });
    out.push({
      type: 'paragraph',
      children: [{ type: 'image', url: encodeURI(path), alt: `Figure ${f.number}: ${f.title}` }],
    });
  } else if (f.table) {
    out.push(table(f.table.columns, f.table.rows));
  }
  if (f.problem) out.push({ type: 'paragraph', children: [strong(f.problem)] });
  out.push({ type: 'paragraph', children: [strong(`Figure ${f.number}.`), t(` ${f.caption}`)] });
  for (const note of f.notes) out.push({ type: 'paragraph', children: [t(note)] });
  return out;
}
