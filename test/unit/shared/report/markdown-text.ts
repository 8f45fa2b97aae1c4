import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import fc from 'fast-check';

/** A reference CommonMark parser with GFM tables, HTML off as on a careful host; linkify off. */
export const parser = new MarkdownIt('commonmark').enable('table');
/** The same parser as a git host runs it, with raw HTML allowed: user text must still not be HTML. */
export const htmlParser = new MarkdownIt('commonmark', { html: true }).enable('table');

/** The text a reader sees in one inline token: hard breaks as newlines. */
export function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((c) => {
      if (c.type === 'text' || c.type === 'code_inline') return c.content;
      if (c.type === 'hardbreak') return '\n';
      if (c.type === 'softbreak') return '\n';
      return `<<${c.type}>>`;
    })
    .join('');
}

/** Characters Markdown reads as syntax, as generators' favourite material. */
const SYNTAX = [
  '*',
  '_',
  '`',
  '#',
  '>',
  '-',
  '+',
  '=',
  '|',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '&',
  '\\',
  '~',
  ':',
  '.',
  '1.',
  '2)',
  '---',
  '***',
  '```',
  '~~~',
  '    ',
  '\t',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '&amp;',
  '&#x41;',
  '&copy',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))',
  '![i](x.png)',
  '<http://x.y>',
  'http://x.y',
  '[x]: /url',
  '\\*',
  '$',
  '^',
  '{',
  '}',
  '"',
  "'",
  '@',
  'a',
  'b',
  ' x ',
  'é',
  '😀',
  '\u00a0',
];

/** Strings made mostly of Markdown's syntax characters (no NUL: CommonMark replaces it). */
export const markdownish = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join('').replace(/\0/g, ''));
