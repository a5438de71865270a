// Routes for the console and portal replicas, ready to hand to serveFixtures:
//   await serveFixtures(page, await replicaRoutes());
import { replicas, routeOf } from '../../scripts/lib/replicas.mjs';
import type { FixtureRoute } from './browser';

/**
 * The route function of every replica whose routes module exists. A replica not written yet
 * contributes nothing, so a test of its pages fails on a 404 rather than passing untested.
 */
export async function replicaRoutes(): Promise<FixtureRoute[]> {
  const routes: FixtureRoute[] = [];
  for (const replica of replicas) {
    const file = replica.routesModule();
    if (!file) continue;
    const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    routes.push(routeOf(replica, file, module) as FixtureRoute);
  }
  return routes;
}

/** A route that answers exactly one URL (query included, no `#hash`) with an HTML page. */
export function htmlPage(url: string, html: string): FixtureRoute {
  return (requested) => (requested === url ? { status: 200, contentType: 'text/html; charset=utf-8', body: html } : undefined);
}
