import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  detectEncoding,
  detectEol,
  detectHeader,
  parseSample,
} from '../../../../../main/evidence/import/sniff';

describe('sniffing the start of a file', () => {
  it('picks the delimiter that splits every line the same way', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n4;5,5;6\n', true)).toBe(';');
    expect(detectDelimiter('a,b\n"x;y",1\n"z;w",2\n', true)).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n', true)).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n', true)).toBe('|');
    expect(detectDelimiter('single\ncolumn\n', true)).toBe(',');
  });

  it('parses a sample with quotes, and drops a record cut by the sample end', () => {
    expect(parseSample('a,b\n"x,""y""",2\n"cut', ',', false)).toEqual([
      ['a', 'b'],
      ['x,"y"', '2'],
    ]);
    expect(parseSample('a,b\r\n1,2', ',', true)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('takes the first row as a header unless it holds a number or an instant', () => {
    expect(
      detectHeader([
        ['name', 'score'],
        ['x', '1'],
      ]),
    ).toBe(true);
    expect(
      detectHeader([
        ['x', '1'],
        ['y', '2'],
      ]),
    ).toBe(false);
    expect(
      detectHeader([
        ['2024-01-01', 'a'],
        ['2024-01-02', 'b'],
      ]),
    ).toBe(false);
  });

  it('detects CR-only line ends', () => {
    expect(detectEol('a\rb\r')).toBe('cr');
    expect(detectEol('a\r\nb\r\n')).toBe('lf');
    expect(detectEol('a')).toBe('lf');
  });

  it('detects byte-order marks and honours an explicit encoding', () => {
    const file = '/data/x.csv';
    expect(detectEncoding(file, Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'auto')).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(file, Buffer.from([0xff, 0xfe, 0x61, 0]), 'auto')).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(file, Buffer.from([0xfe, 0xff, 0, 0x61]), 'auto')).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    });
    expect(detectEncoding(file, Buffer.from([0x63, 0xe9]), 'windows-1252')).toEqual({
      encoding: 'windows-1252',
      bomLength: 0,
    });
    expect(() => detectEncoding(file, Buffer.from([0x63, 0xe9, 0x2c]), 'auto')).toThrow(
      /x\.csv: .*windows-1252/,
    );
    expect(() => detectEncoding(file, Buffer.from([0x61, 0, 0x62, 0]), 'auto')).toThrow(/binary/);
  });
});
