import { svgToString } from './charts/svg';
import { paragraphsOf, sectionHeading } from './text';
import { printCss, type FontFile } from './print-style';
import type { Block, Figure, OutlineItem, ReportModel, TableColumn } from './types';

/**
 * The page printed to PDF runs no script and loads nothing: everything (fonts, charts) is inside
 * it, and its own policy says so, so even a mistake in escaping could not run or fetch anything.
 */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** Anchors are made by the report from ids; anything else is dropped rather than trusted. */
const anchor = (id: string) => escapeHtml(id.replace(/[^A-Za-z0-9_-]/g, '-'));

function userText(text: string): string {
  return paragraphsOf(text)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function table(columns: TableColumn[], rows: string[][], caption: string | null): string {
  const cls = (c: TableColumn) => (c.align === 'right' ? ' class="num"' : '');
  return (
    `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>` +
    columns.map((c) => `<th${cls(c)}>${escapeHtml(c.label)}</th>`).join('') +
    '</tr></thead><tbody>' +
    rows
      .map(
        (r) =>
          `<tr>${columns.map((c, i) => `<td${cls(c)}>${escapeHtml(r[i] ?? '')}</td>`).join('')}</tr>`,
      )
      .join('') +
    '</tbody></table>'
  );
}

function figure(f: Figure): string {
  const body = f.chart
    ? svgToString(f.chart)
    : f.table
      ? table(f.table.columns, f.table.rows, null)
      : '';
  return (
    `<figure id="${anchor(f.anchor)}">${body}` +
    (f.problem ? `<p class="problem">${escapeHtml(f.problem)}</p>` : '') +
    `<figcaption><strong>Figure ${f.number}.</strong> ${escapeHtml(f.caption)}</figcaption>` +
    f.notes.map((n) => `<p class="figure-note">${escapeHtml(n)}</p>`).join('') +
    '</figure>'
  );
}

function outline(items: OutlineItem[]): string {
  return `<ul>${items.map((i) => `<li>${escapeHtml(i.text)}${i.children.length ? outline(i.children) : ''}</li>`).join('')}</ul>`;
}

function blocks(list: Block[], depth: number, prefix: string): string {
  let sub = 0;
  return list
    .map((b) => {
      switch (b.kind) {
        case 'text':
          return userText(b.text);
        case 'note':
          return `<p class="note">${escapeHtml(b.text)}</p>`;
        case 'fields':
          return `<dl class="fields">${b.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`).join('')}</dl>`;
        case 'table':
          return table(b.columns, b.rows, b.caption);
        case 'list':
          return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        case 'outline':
          return outline(b.items);
        case 'tasks':
          return `<ul class="tasks">${b.items.map((i) => `<li${i.done ? ' class="done"' : ''}>${escapeHtml(i.text)}</li>`).join('')}</ul>`;
        case 'figure':
          return figure(b);
        case 'subsection': {
          sub++;
          const number = `${prefix}${sub}`;
          const h = `h${Math.min(depth, 4)}`;
          return (
            `<section class="sub" id="${anchor(b.anchor)}"><${h}>${escapeHtml(`${number} ${b.title}`)}</${h}>` +
            (b.tag ? `<p class="tag">${escapeHtml(b.tag)}</p>` : '') +
            blocks(b.blocks, depth + 1, `${number}.`) +
            '</section>'
          );
        }
      }
    })
    .join('');
}

/** The placeholder printed where a page number goes before the page numbers are known. */
export const TOC_PLACEHOLDER = '000';

export interface PrintHtmlOptions {
  fonts: FontFile[];
  /** Page of each section's anchor, once a first printing has told; placeholders before. */
  tocPages: Record<string, number> | null;
}

export function reportHtml(model: ReportModel, options: PrintHtmlOptions): string {
  const tp = model.titlePage;
  const css = printCss({
    paper: model.paper,
    runningHeader: model.runningHeader,
    draft: model.draft,
    fonts: options.fonts,
  });
  const titlePage =
    '<section class="title-page">' +
    (model.draft
      ? `<p class="draft-banner">${escapeHtml(`${model.statusLabel}: this report is not final and may still change.`)}</p>`
      : '') +
    `<h1>${escapeHtml(model.title)}</h1>` +
    (tp.model ? `<p class="model">${escapeHtml(tp.model)}</p>` : '') +
    `<dl class="fields">${tp.fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>` +
    (tp.summary ? `<h3>Summary</h3>${userText(tp.summary)}` : '') +
    (tp.impact ? `<h3>Impact</h3><p>${escapeHtml(tp.impact)}</p>` : '') +
    (tp.topActions.length
      ? `<h3>Top actions</h3><ul class="tasks">${tp.topActions.map((a) => `<li${a.done ? ' class="done"' : ''}>${escapeHtml(a.text)}</li>`).join('')}</ul>`
      : '') +
    (tp.participants.length
      ? `<h3>Participants</h3><p class="participants">${tp.participants
          .map((p) => escapeHtml(`${p.name} (${[p.role, p.team].filter(Boolean).join(', ')})`))
          .join('; ')}</p>`
      : '') +
    '</section>';
  const toc =
    '<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>' +
    model.sections
      .map((s) => {
        const page = options.tocPages?.[s.anchor];
        return (
          `<li><a href="#${anchor(s.anchor)}"><span>${escapeHtml(sectionHeading(s))}</span>` +
          `<span class="toc-dots"></span><span class="toc-page">${page === undefined ? TOC_PLACEHOLDER : page}</span></a></li>`
        );
      })
      .join('') +
    '</ol></nav>';
  let appendixStarted = false;
  const sections = model.sections
    .map((s) => {
      const cls = s.appendix
        ? appendixStarted
          ? 'appendix'
          : ((appendixStarted = true), 'appendix appendix-start')
        : 'method';
      return (
        `<section class="${cls}" id="${anchor(s.anchor)}"><h2>${escapeHtml(sectionHeading(s))}</h2>` +
        blocks(s.blocks, 3, `${s.number}.`) +
        '</section>'
      );
    })
    .join('');
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">` +
    `<title>${escapeHtml(model.title)}</title><style>${css}</style></head><body>` +
    titlePage +
    toc +
    sections +
    `<p class="footer-note">${escapeHtml(`Made with Postmortem Studio on ${model.generatedLabel}${model.anonymised ? '; names replaced by roles' : ''}.`)}</p>` +
    '</body></html>'
  );
}
