import { describe, expect, it } from 'vitest';
import { History } from '../../client/src/state/history.ts';

describe('exploration history', () => {
  it('undoes and redoes steps in order', () => {
    const history = new History('start');
    history.push('a');
    history.push('b');
    expect(history.current).toBe('b');
    expect(history.undo()).toBe('a');
    expect(history.undo()).toBe('start');
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBe('a');
    expect(history.redo()).toBe('b');
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeUndefined();
  });

  it('drops the undone future when a new step is taken', () => {
    const history = new History(0);
    history.push(1);
    history.push(2);
    history.undo();
    history.undo();
    history.push(3);
    expect(history.snapshot()).toEqual({ entries: [0, 3], index: 1 });
    expect(history.canRedo).toBe(false);
  });

  it('replaces the current step without adding one', () => {
    const history = new History('a');
    history.push('b');
    history.replace('b+selection');
    expect(history.length).toBe(2);
    expect(history.undo()).toBe('a');
    expect(history.redo()).toBe('b+selection');
  });

  it('moves to an index (browser back/forward) and refuses unknown ones', () => {
    const history = new History('a');
    history.push('b');
    history.push('c');
    expect(history.goTo(0)).toBe(true);
    expect(history.current).toBe('a');
    expect(history.goTo(7)).toBe(false);
    expect(history.goTo(-1)).toBe(false);
    expect(history.current).toBe('a');
    // biome-ignore lint/complexity/useIndexOf: History has findIndex, not indexOf
    expect(history.findIndex((entry) => entry === 'c')).toBe(2);
  });

  it('keeps at most `limit` entries', () => {
    const history = new History(0, 3);
    for (let i = 1; i <= 5; i++) history.push(i);
    expect(history.snapshot()).toEqual({ entries: [3, 4, 5], index: 2 });
    expect(history.undo()).toBe(4);
    expect(history.undo()).toBe(3);
    expect(history.canUndo).toBe(false);
  });

  it('restores a snapshot (undo history kept across a reload)', () => {
    const history = new History('x');
    history.restore({ entries: ['a', 'b', 'c'], index: 1 });
    expect(history.current).toBe('b');
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(true);
  });
});
