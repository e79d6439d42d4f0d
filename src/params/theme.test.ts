import { describe, expect, it } from 'vitest';
import { isTheme, parseTheme } from './theme';

describe('themes', () => {
  it('knows system, light and dark and nothing else', () => {
    expect(['system', 'light', 'dark'].every(isTheme)).toBe(true);
    expect(['Dark', '', 'auto', 1, null, '__proto__'].some(isTheme)).toBe(false);
  });
  it('reads a link value; an unknown one becomes system with a bounded notice', () => {
    const notices: string[] = [];
    expect(parseTheme(null, notices)).toBe('system');
    expect(parseTheme('dark', notices)).toBe('dark');
    expect(notices).toEqual([]);
    expect(parseTheme('x'.repeat(500), notices)).toBe('system');
    expect(notices).toHaveLength(1);
    expect(notices[0].length).toBeLessThan(120);
  });
});
