import type { ReportSection } from './types';

/** Runs of non-blank lines (a blank line holds only spaces and tabs, as CommonMark reads it). */
export function paragraphsOf(value: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (/^[ \t]*$/.test(line)) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

export function sectionHeading(s: Pick<ReportSection, 'appendix' | 'number' | 'title'>): string {
  return `${s.appendix ? `Appendix ${s.number}.` : `${s.number}.`} ${s.title}`;
}
