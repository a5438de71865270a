/**
 * Calls `act` only for a click a person made. A page script can reach our open shadow roots and
 * call `.click()`, which would otherwise fill the portal form with a secret or write a policy:
 * such synthetic events are not `isTrusted`, so they do nothing.
 */
export function onPersonClick(element: HTMLElement, act: (event: MouseEvent) => unknown): void {
  element.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    void act(event);
  });
}
