import { describe, expect, it } from 'vitest';
import { MAX_DATA_CHARS, MAX_LINK_POINTS, parseDataText, rowsFromLink, rowsToLink } from './dataText';

describe('parseDataText', () => {
  it('reads CSV with a header, comments, blank lines and any of the usual separators', () => {
    const text = 'x,y\n# a comment\n1,2\n\n-3.5;4e-1\n5\t6\n7 8\r\n';
    expect(parseDataText(text, 2)).toEqual([[1, 2], [-3.5, 0.4], [5, 6], [7, 8]]);
  });

  it('reads one column for the 1-D experiment', () => {
    expect(parseDataText('value\n0.5\n-1\n2', 1)).toEqual([[0.5], [-1], [2]]);
  });

  it('reads JSON: numbers, pairs and {x, y} objects', () => {
    expect(parseDataText('[1, 2.5, -3]', 1)).toEqual([[1], [2.5], [-3]]);
    expect(parseDataText('[[1, 2], [3, 4]]', 2)).toEqual([[1, 2], [3, 4]]);
    expect(parseDataText('[{"x": 1, "y": 2}, {"x": -1, "y": 0}]', 2)).toEqual([[1, 2], [-1, 0]]);
  });

  it('refuses what it cannot read, saying where', () => {
    expect(() => parseDataText('', 2)).toThrow(/no data/);
    expect(() => parseDataText('1,2\n3,oops', 2)).toThrow(/Line 2/);
    expect(() => parseDataText('1,2,3', 2)).toThrow(/Line 1 has 3 values/);
    expect(() => parseDataText('1\n2', 2)).toThrow(/Line 1 has 1 value;/);
    expect(() => parseDataText('1,Infinity', 2)).toThrow(/not a finite number/);
    expect(() => parseDataText('[1, 2', 1)).toThrow(/not valid JSON/);
    expect(() => parseDataText('[[1, 2], [3]]', 2)).toThrow(/Item 2/);
    expect(() => parseDataText('[1e999]', 1)).toThrow(/Item 1/);
    expect(() => parseDataText('x,y\n', 2)).toThrow(/no rows/);
    expect(() => parseDataText('1'.repeat(MAX_DATA_CHARS + 1), 1)).toThrow(/too long/);
  });

  it('a second non-numeric line is an error, not another header', () => {
    expect(() => parseDataText('x,y\nfoo,bar\n1,2', 2)).toThrow(/Line 2/);
  });
});

describe('link form', () => {
  it('round-trips points to two decimals', () => {
    const link = rowsToLink([[1.234, -5], [0.005, 2.999]]);
    expect(link).toBe('1.23,-5;0.01,3');
    expect(rowsFromLink(link!, 2)).toEqual([[1.23, -5], [0.01, 3]]);
  });

  it('gives no link form for too many points, and refuses bad link text', () => {
    expect(rowsToLink(Array.from({ length: MAX_LINK_POINTS + 1 }, () => [0, 0]))).toBeNull();
    expect(rowsToLink([])).toBeNull();
    expect(() => rowsFromLink('1,2;3', 2)).toThrow(/point 2/);
    expect(() => rowsFromLink('1,x', 2)).toThrow(/point 1/);
    expect(() => rowsFromLink('1,', 2)).toThrow(/point 1/);
  });
});
