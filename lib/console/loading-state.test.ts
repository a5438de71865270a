// @vitest-environment jsdom
// The real Cloudscape components, so the selectors meet the class names the console ships.
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { act, createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { pageShowsLoading } from './loading-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(node));
  return container;
}

describe('pageShowsLoading', () => {
  it.each([
    ['a loading status indicator', h(StatusIndicator, { type: 'loading' }, 'Loading bucket policy')],
    ['a spinner', h(Spinner)],
    ['an aria-busy region', h('div', { 'aria-busy': 'true' }, 'policy')],
  ])('sees %s', (_name, node) => {
    expect(pageShowsLoading(render(node))).toBe(true);
  });

  it.each([
    ['a success status', h(StatusIndicator, { type: 'success' }, 'Saved')],
    ['a hidden spinner', h('div', { hidden: true }, h(Spinner))],
    ['a finished region', h('div', { 'aria-busy': 'false' }, 'policy')],
  ])('does not count %s', (_name, node) => {
    expect(pageShowsLoading(render(node))).toBe(false);
  });
});
