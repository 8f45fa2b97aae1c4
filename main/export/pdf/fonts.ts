import fs from 'node:fs';
import path from 'node:path';
import type { FontFile } from '../../../shared/report/print-style';

// Source Sans 3 (SIL Open Font License 1.1, resources/fonts/source-sans-3/LICENSE), Latin and
// Latin Extended; other scripts fall back to the machine's fonts.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES: { file: string; weight: 400 | 700; style: 'normal' | 'italic'; range: string }[] = [];
for (const [subset, range] of [
  ['latin', LATIN],
  ['latin-ext', LATIN_EXT],
] as const) {
  FACES.push(
    { file: `source-sans-3-${subset}-400-normal.woff2`, weight: 400, style: 'normal', range },
    { file: `source-sans-3-${subset}-400-italic.woff2`, weight: 400, style: 'italic', range },
    { file: `source-sans-3-${subset}-700-normal.woff2`, weight: 700, style: 'normal', range },
  );
}

const cache = new Map<string, FontFile[]>();

/** The report's bundled font files, read once per resources folder. */
export function reportFonts(resourcesDir: string | null): FontFile[] {
  if (resourcesDir === null) {
    throw new Error('The report fonts are missing (no resources folder): reinstall the app.');
  }
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const dir = path.join(resourcesDir, 'fonts', 'source-sans-3');
  const fonts = FACES.map((f) => ({
    base64: readFont(path.join(dir, f.file)),
    weight: f.weight,
    style: f.style,
    unicodeRange: f.range,
  }));
  cache.set(resourcesDir, fonts);
  return fonts;
}

function readFont(file: string): string {
  try {
    return fs.readFileSync(file).toString('base64');
  } catch {
    throw new Error(`The report font ${file} is missing: reinstall the app.`);
  }
}
