export type ReplicaApp = 'iam' | 's3' | 'costmanagement' | 'billing' | 'organizations' | 'cloudformation';

export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
}

/** Default account ID the replicas show when window.__REPLICA__.accountId is not set. */
export declare const REPLICA_ACCOUNT_ID: '111122223333';
/** Where build.mjs writes the replicas (HTML per app, assets/). */
export declare const replicaDistDir: string;
/** Which replica app serves this URL, or undefined when none does. */
export declare function replicaAppFor(url: string): ReplicaApp | undefined;
/** The replica response for a console URL (incl. /__replica/ assets), or undefined for any other URL. */
export declare function serveConsoleReplica(url: string): ReplicaResponse | undefined;
