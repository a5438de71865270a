export type Placement = 'before' | 'after' | 'first' | 'last';

/**
 * One of our elements in the console page: a custom-named host with an open shadow root, so neither
 * side's CSS reaches the other, and keys pressed inside never reach the console's own shortcuts.
 * This is what WXT's createShadowRootUi does for an inline UI, without its 8 KB of helpers in a
 * script that runs on every console page.
 */
export function mountShadowHost(tag: string, css: string, anchor: Element, placement: Placement): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  if (placement === 'before') anchor.before(host);
  else if (placement === 'after') anchor.after(host);
  else if (placement === 'first') anchor.prepend(host);
  else anchor.append(host);
  return { host, shadow };
}
