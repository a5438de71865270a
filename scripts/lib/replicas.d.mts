export interface Replica {
  name: string;
  buildScript: string;
  /** The replica's routes.ts or routes.mjs, if written yet. */
  routesModule: () => string | undefined;
  routeExport: string;
  /** A page the replica must serve, used to check the wiring. */
  samplePage: string;
}
export declare const replicas: readonly Replica[];
export declare function routeOf(
  replica: Pick<Replica, 'name' | 'routeExport'>,
  file: string,
  module: Record<string, unknown>,
): (url: string) => unknown;
export declare function loadReplicaRoutesForScripts(): Promise<{
  routes: Array<(url: string) => unknown>;
  loaded: string[];
  missing: string[];
}>;
