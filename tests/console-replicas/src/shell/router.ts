import { useSyncExternalStore } from 'react';
import { replicaState, replicaStateVersion, subscribeReplicaState, updateReplicaState } from './options';
import type { ReplicaState } from '../../contract';

// Console SPAs change routes without reloading: IAM, Data Exports and Billing keep the route in
// the hash (#/policies/create?step=...), S3 and Organizations in the path (history API).
export type RoutingMode = 'hash' | 'history';

export interface ReplicaLocation {
  /** e.g. "/policies/create" (hash mode) or "/s3/buckets/NAME" (history mode). */
  path: string;
  params: URLSearchParams;
}

const NAVIGATE_EVENT = 'replica:navigate';
let routingMode: RoutingMode = 'hash';
let appPathPrefix = '/';

/** `pathPrefix` (history mode): paths under it stay in this SPA, others load another console app. */
export function setRoutingMode(mode: RoutingMode, pathPrefix = '/'): void {
  routingMode = mode;
  appPathPrefix = pathPrefix;
}

function currentRoute(): string {
  return routingMode === 'hash' ? location.hash : location.pathname + location.search;
}

function subscribeLocation(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

export function parseRoute(route: string): ReplicaLocation {
  const withoutHash = route.replace(/^#/, '');
  const queryStart = withoutHash.indexOf('?');
  const path = queryStart === -1 ? withoutHash : withoutHash.slice(0, queryStart);
  const query = queryStart === -1 ? '' : withoutHash.slice(queryStart + 1);
  // In hash mode the real page query (?region=...) sits before the hash; merge it in.
  const params = new URLSearchParams(routingMode === 'hash' ? location.search : '');
  for (const [key, value] of new URLSearchParams(query)) params.set(key, value);
  return { path: path || '/', params };
}

export function useLocation(): ReplicaLocation {
  const route = useSyncExternalStore(subscribeLocation, currentRoute);
  return parseRoute(route);
}

/** SPA navigation: a new history entry, no reload. `to` is a hash route ("#/roles") or a path. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (routingMode === 'hash') {
    const hash = to.startsWith('#') ? to : `#${to}`;
    const url = location.pathname + location.search + hash;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  } else if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Route state other hooks read; keeps __REPLICA_STATE__.route current. */
export function trackRouteInState(): void {
  const record = () =>
    updateReplicaState((draft) => {
      draft.route = currentRoute();
    });
  record();
  subscribeLocation(record);
}

/** Cloudscape onFollow handler for links and navigation items: route inside the SPA. */
export function followInApp(event: CustomEvent<{ href?: string; external?: boolean }>): void {
  const href = event.detail.href;
  if (!href || event.detail.external) return;
  const inThisApp = routingMode === 'hash' ? href.startsWith('#') : href.startsWith(appPathPrefix);
  if (inThisApp) {
    event.preventDefault();
    navigate(href);
  }
}

export function useReplicaState(): ReplicaState {
  useSyncExternalStore(subscribeReplicaState, replicaStateVersion);
  return replicaState();
}
