// TypeScript entry for the replica routes; the implementation is plain JS (routes.mjs) so node
// scripts can load it without a TypeScript loader.
export { REPLICA_ACCOUNT_ID, replicaAppFor, replicaDistDir, serveConsoleReplica } from './routes.mjs';
export type { ReplicaApp, ReplicaResponse } from './routes.mjs';
export type * from './contract';
