import { describe, expect, it } from 'vitest';
import { ViewOptionsStore } from '../ui/teaching/viewOptions';
import { viewCalls } from './viewCalls';

describe('scripting API: presenter mode and theme', () => {
  it('sets and reads presenter mode and the theme in the shared store, notifying its listeners', () => {
    const store = new ViewOptionsStore();
    const calls = viewCalls(store);
    let told = 0;
    store.subscribe(() => told++);
    expect(calls.getPresenter()).toBe(false);
    calls.setPresenter(true);
    expect(store.get().presenter).toBe(true);
    expect(calls.getPresenter()).toBe(true);
    expect(calls.getTheme()).toBe('system');
    calls.setTheme('dark');
    expect(store.get().theme).toBe('dark');
    calls.setTheme('light');
    expect(calls.getTheme()).toBe('light');
    expect(told).toBe(3);
  });

  it('refuses bad arguments by name and changes nothing', () => {
    const store = new ViewOptionsStore();
    const calls = viewCalls(store);
    const before = store.get();
    expect(() => calls.setPresenter('yes' as unknown as boolean)).toThrow(/setPresenter.*"yes"/);
    expect(() => calls.setTheme('neon' as 'dark')).toThrow(/unknown theme "neon"; use system, light, dark/);
    expect(() => calls.setTheme(Object.create(null) as 'dark')).toThrow(/type object/);
    expect(store.get()).toBe(before);
  });
});
