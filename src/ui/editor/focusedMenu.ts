/**
 * Opens the context menu of the focused canvas item from the keyboard (Shift+F10 or the Menu key, as in desktop
 * apps): the menu a right-click would open, placed at the item's centre. Keyboard and screen-reader users reach
 * every fault of a node, a site or a link this way, with no pointer aim needed.
 */
export function openFocusedMenu(doc: Document = document): boolean {
  const item = doc.activeElement?.closest('.react-flow__node, .react-flow__edge');
  if (!item) return false;
  const box = item.getBoundingClientRect();
  // The canvas's own right-click handlers run (React listens to the native event): one code path for both ways.
  item.dispatchEvent(
    new MouseEvent('contextmenu', { bubbles: true, cancelable: true, button: 2, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }),
  );
  return true;
}
