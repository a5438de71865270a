// What tests hand the replica (window.__PORTAL__, set before load) and what it records for them
// (window.__PORTAL_STATE__). No global augmentation: these types stay inside the replica.
import type { AuthenticationType, ConnectionType } from './connectionTypes';

export type PortalOptions = {
  /** On a valid submit, show this error in an Alert instead of "Data source connected". */
  connectError?: string;
  /** How long the pretend API call takes, in ms (default 150). */
  connectDelayMs?: number;
};

/** The form values as the OptScale UI holds them, narrowed to the fields the chosen type shows. */
export type SubmittedValues = {
  type: ConnectionType;
  authMethod: AuthenticationType;
  name: string;
  awsRoleAccountId?: string;
  awsRoleName?: string;
  awsAccessKeyId?: string;
  awsSecretAccessKey?: string;
  curVersion?: string;
  exportName?: string;
  bucketName?: string;
  bucketPrefix?: string;
};

/** The body the OptScale UI posts to create a cloud account of type aws_cnr. */
export type ConnectRequest = {
  name: string;
  type: 'aws_cnr';
  config: Record<string, string | number | boolean>;
};

export type PortalState = {
  route: string;
  ready: boolean;
  /** Every press of Connect, valid or not. */
  submitCount: number;
  /** Field names that failed validation on the last invalid submit. */
  invalidFields: string[];
  submitted?: SubmittedValues;
  request?: ConnectRequest;
  outcome?: 'connected' | 'error';
};

type PortalWindow = Window & { __PORTAL__?: PortalOptions; __PORTAL_STATE__?: PortalState };

const portalWindow = window as PortalWindow;

export const portalOptions = (): PortalOptions => portalWindow.__PORTAL__ ?? {};

export const portalState = (): PortalState => {
  portalWindow.__PORTAL_STATE__ ??= { route: location.pathname, ready: false, submitCount: 0, invalidFields: [] };
  return portalWindow.__PORTAL_STATE__;
};
