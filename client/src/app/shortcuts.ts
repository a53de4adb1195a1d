// Keyboard shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo, "/" to search, Escape closes the context menu.
import type { ContextMenu } from '../panels/context-menu.ts';

export interface ShortcutTargets {
  undo(): void;
  redo(): void;
  focusSearch(): void;
  menu: ContextMenu;
}

/** True when the key goes to a text field, a select or the console's editor, where undo, redo and "/" keep their own meaning. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('.editor-host'));
}

export function bindShortcuts(targets: ShortcutTargets): void {
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !typing(event) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) targets.redo();
      else targets.undo();
    } else if (mod && !typing(event) && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      targets.redo();
    } else if (event.key === '/' && !typing(event)) {
      event.preventDefault();
      targets.focusSearch();
    } else if (event.key === 'Escape' && targets.menu.open) {
      targets.menu.close();
    }
  });
}
