import { describe, expect, it } from 'vitest';
import { shortcutOf } from './facility-palette';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('editing shortcuts', () => {
  it('maps Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y, Delete and Esc', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutOf(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutOf(key('Delete'))).toBe('delete');
    expect(shortcutOf(key('Escape'))).toBe('deselect');
    expect(shortcutOf(key('z'))).toBeNull();
    expect(shortcutOf(key('y', { metaKey: true }))).toBeNull();
  });
});
