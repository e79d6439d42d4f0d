import { describe, expect, it } from 'vitest';
import { checkRowCount, MAX_DATA_CHARS, parseDataText } from './dataText';
import { dataForLink, LOCAL_DATA, MAX_LINK_POINTS, rowsFromLink, rowsToLink } from './dataLink';

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

  it('refuses imports with too few or too many rows, stating the limits', () => {
    expect(() => checkRowCount([[1], [2]], 5, 10_000, 'values')).toThrow('The data holds 2 values; it needs 5 to 10,000.');
    expect(() => checkRowCount(new Array(5001).fill([0, 0]), 8, 5000, 'points')).toThrow('The data holds 5,001 points; it needs 8 to 5,000.');
    expect(() => checkRowCount(new Array(8).fill([0, 0]), 8, 5000, 'points')).not.toThrow();
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

  it('round-trips one-column values (the 1-D experiment)', () => {
    const link = rowsToLink([[1.234], [-0.5], [3]]);
    expect(link).toBe('1.23;-0.5;3');
    expect(rowsFromLink(link!, 1)).toEqual([[1.23], [-0.5], [3]]);
    expect(() => rowsFromLink('1;2,3', 1)).toThrow(/point 2/);
  });

  it('marks data too large for a link as local, and no data as nothing', () => {
    expect(dataForLink([[1, 2]])).toBe('1,2');
    expect(dataForLink(Array.from({ length: MAX_LINK_POINTS + 1 }, () => [0]))).toBe(LOCAL_DATA);
    expect(dataForLink([])).toBeNull();
  });

  it('gives no link form for too many points, and refuses bad link text', () => {
    expect(rowsToLink(Array.from({ length: MAX_LINK_POINTS + 1 }, () => [0, 0]))).toBeNull();
    expect(rowsToLink([])).toBeNull();
    expect(() => rowsFromLink('1,2;3', 2)).toThrow(/point 2/);
    expect(() => rowsFromLink('1,x', 2)).toThrow(/point 1/);
    expect(() => rowsFromLink('1,', 2)).toThrow(/point 1/);
  });
});
