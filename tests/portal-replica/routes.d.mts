export declare const portalOrigin: 'https://portal.finops.softwareone.com';
export declare const portalReplicaBase: '/__portal-replica/';

export type PortalReplicaResponse = { status: number; contentType: string; body: Buffer | string };

/**
 * The replica's response for `url`, or undefined when the URL is not the portal's: the SPA's HTML
 * for any path on the portal origin (or one of `selfHostedOrigins`, e.g. `https://optscale.example.internal`),
 * its assets under `/__portal-replica/`. Status 503 with a hint when dist/ has not been built.
 */
export declare function servePortalReplica(url: string, selfHostedOrigins?: readonly string[]): PortalReplicaResponse | undefined;

/** Set by a test before the page loads (e.g. via evaluateOnNewDocument) as `window.__PORTAL__`. */
export type PortalReplicaOptions = {
  /** On a valid submit, show this error in an MUI Alert instead of "Data source connected". */
  connectError?: string;
  /** How long the pretend API call takes, in ms (default 150). */
  connectDelayMs?: number;
};

/** What the connect form held when Connect was pressed with valid values. */
export type PortalReplicaSubmittedValues = {
  type: 'awsManagement' | 'awsMember' | 'awsStandalone';
  authMethod: 'assumedRole' | 'accessKey';
  name: string;
  /** Assumed role only. */
  awsRoleAccountId?: string;
  awsRoleName?: string;
  /** Access key only. */
  awsAccessKeyId?: string;
  awsSecretAccessKey?: string;
  /** Not for awsMember. `'2'` CUR 2.0, `'1'` legacy CUR. */
  curVersion?: string;
  exportName?: string;
  bucketName?: string;
  bucketPrefix?: string;
};

/** Recorded by the replica as `window.__PORTAL_STATE__`. */
export type PortalReplicaState = {
  route: string;
  /** The current page has rendered. */
  ready: boolean;
  /** Every press of Connect, valid or not. */
  submitCount: number;
  /** Field names that failed validation on the last invalid submit ([] after a valid one). */
  invalidFields: string[];
  /** Set on a valid submit, whether or not `connectError` then fails it. */
  submitted?: PortalReplicaSubmittedValues;
  /** The OptScale API body the UI would post (`type: 'aws_cnr'`, config keys as the backend names them). */
  request?: { name: string; type: 'aws_cnr'; config: Record<string, string | number | boolean> };
  /** Set when the pretend API call settles. */
  outcome?: 'connected' | 'error';
};
