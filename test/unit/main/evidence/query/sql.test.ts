import { describe, expect, it } from 'vitest';
import { containsPattern, physical, quoteIdent } from '../../../../../main/evidence/query/sql';

describe('SQL identifiers and patterns', () => {
  it('quotes identifiers, doubling embedded quotes', () => {
    expect(quoteIdent('c3')).toBe('"c3"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });

  it('accepts only the physical names the import generates', () => {
    expect(physical('c0')).toBe('"c0"');
    expect(physical('c1999')).toBe('"c1999"');
    for (const bad of ['amount', 'c', 'c1; DROP TABLE rows', '"c1"', 'C1', 'c1 ']) {
      expect(() => physical(bad)).toThrow(/Unexpected physical column name/);
    }
  });

  it('escapes LIKE wildcards so a search is literal', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
