import type { PaperSize } from './types';

export interface FontFile {
  /** woff2 bytes as base64: the page loads nothing, so fonts travel inside it. */
  base64: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

export const FONT_FAMILY = 'Report Sans';

/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped (no "</style>" early). */
export function cssString(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const special =
      c === '\\' || c === '"' || c === '<' || c === '>' || code < 0x20 || code === 0x7f;
    out += special || code === 0x2028 || code === 0x2029 ? `\\${code.toString(16)} ` : c;
  }
  return `"${out}"`;
}

/**
 * The printed page: paper size and margins, the running header, "Draft" and page numbers in the
 * page-margin boxes (Chromium prints them on every page), rows and figures that never split.
 */
export function printCss(options: {
  paper: PaperSize;
  runningHeader: string;
  draft: boolean;
  fonts: FontFile[];
}): string {
  const faces = options.fonts
    .map(
      (f) =>
        `@font-face{font-family:${cssString(FONT_FAMILY)};font-weight:${f.weight};font-style:${f.style};` +
        `src:url(data:font/woff2;base64,${f.base64}) format("woff2");unicode-range:${f.unicodeRange}}`,
    )
    .join('\n');
  const draft = options.draft
    ? `@top-left{content:"Draft";color:#b3261e;font-weight:700;font-size:10pt;letter-spacing:.08em}`
    : '';
  return `${faces}
@page{size:${options.paper === 'A4' ? 'A4' : 'letter'};margin:22mm 18mm 20mm 18mm;
  ${draft}
  @top-right{content:${cssString(options.runningHeader)};font-family:${cssString(FONT_FAMILY)},sans-serif;font-size:8.5pt;color:#555}
  @bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:${cssString(FONT_FAMILY)},sans-serif;font-size:8.5pt;color:#555}
}
@page :first{@top-right{content:none}}
html{font-family:${cssString(FONT_FAMILY)},"DejaVu Sans",sans-serif;font-size:10.5pt;line-height:1.42;color:#1a1a1a;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
h1{font-size:24pt;line-height:1.15;margin:0 0 4mm}
h2{font-size:16pt;margin:0 0 3mm;break-after:avoid}
h3{font-size:12.5pt;margin:6mm 0 2mm;break-after:avoid}
h4{font-size:11pt;margin:4mm 0 1.5mm;break-after:avoid}
p{margin:0 0 2.2mm;orphans:3;widows:3}
.tag{font-weight:700;color:#333}
.note{font-style:italic;color:#555}
.draft-banner{border:1.5pt solid #b3261e;color:#b3261e;font-weight:700;padding:2mm 3mm;margin:0 0 5mm}
.model{font-size:13pt;color:#333;margin:0 0 6mm}
.title-page{break-after:page}
.title-page h3{margin-top:4mm}
.title-page ul.tasks{margin:0;font-size:9.5pt}
.participants{font-size:9.5pt}
.toc{break-after:page}
.toc ol{list-style:none;padding:0;margin:0}
.toc li{margin:0 0 1.6mm}
.toc a{display:flex;color:inherit;text-decoration:none}
.toc .toc-title{flex:1}
.toc .toc-dots{flex:1;border-bottom:.6pt dotted #999;margin:0 2mm .8mm}
.toc .toc-page{display:inline-block;min-width:8mm;text-align:right}
section.method{break-before:page}
section.appendix-start{break-before:page}
section.appendix{margin-top:8mm}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:1mm 5mm;margin:0 0 4mm}
dl.fields dt{font-weight:700}
dl.fields dd{margin:0}
table{border-collapse:collapse;width:100%;margin:0 0 3mm;font-size:9pt}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border-bottom:.5pt solid #bbb;padding:1.2mm 1.6mm;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{border-bottom:1pt solid #333;background:#f2f2f2}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{caption-side:bottom;text-align:left;font-size:8.5pt;color:#555;padding-top:1mm}
figure{break-inside:avoid;margin:4mm 0 5mm}
figure svg{display:block;width:100%;height:auto;max-height:95mm}
figcaption{font-size:8.8pt;color:#333;margin-top:1.5mm}
figure .problem{border:1pt solid #b3261e;padding:2mm;color:#b3261e}
figure .figure-note{font-size:8.5pt;color:#444}
ul.tasks{list-style:none;padding-left:0}
ul.tasks li::before{content:"☐ ";font-family:"DejaVu Sans",sans-serif}
ul.tasks li.done::before{content:"☑ "}
.footer-note{margin-top:8mm;font-size:8.5pt;color:#555}
`;
}
