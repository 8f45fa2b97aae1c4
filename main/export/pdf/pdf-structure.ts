/**
 * Just enough of a PDF to know its pages and where its named destinations (the report's anchors)
 * landed: Chromium writes each <a href="#id"> target as a named destination. The contents page
 * gets its page numbers from a first printing read this way. Dictionaries are plain text in
 * Chromium's PDFs (only content streams are compressed).
 */
export interface PdfStructure {
  pages: number;
  /** 1-based page of each named destination. */
  destinations: Record<string, number>;
}

function objects(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end === -1) break;
    let body = text.slice(start, end);
    const stream = body.indexOf('stream');
    if (stream !== -1) body = body.slice(0, stream);
    out.set(Number(m[1]), body);
    re.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

const decodeName = (name: string) =>
  name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

export function pdfStructure(bytes: Uint8Array): PdfStructure {
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('Not a PDF file.');
  const objs = objects(text);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  if (!catalog) throw new Error('The PDF has no catalog.');
  const pageOrder: number[] = [];
  const walk = (id: number | null, depth: number) => {
    if (id === null || depth > 32) return;
    const node = objs.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else pageOrder.push(id);
  };
  walk(ref(catalog, 'Pages'), 0);
  const pageIndex = new Map(pageOrder.map((id, i) => [id, i + 1]));
  const destinations: Record<string, number> = {};
  const destsId = ref(catalog, 'Dests');
  const dests = destsId === null ? '' : (objs.get(destsId) ?? '');
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page !== undefined && m[1]) destinations[decodeName(m[1])] = page;
  }
  return { pages: pageOrder.length, destinations };
}
