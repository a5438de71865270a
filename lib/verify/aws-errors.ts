/**
 * Sort an error thrown by the AWS SDK into what it means for the person verifying.
 * Works on the SDK's error shape (`name` = AWS error code, `$metadata.httpStatusCode`) and on
 * network errors from Node (`code: 'ECONNREFUSED'`) or the browser (`TypeError: Failed to fetch`),
 * without importing the SDK.
 */

export type AwsFailureKind =
  | 'invalid-key'
  | 'expired-key'
  | 'clock-skew'
  | 'access-denied'
  | 'no-such-entity'
  | 'no-such-bucket'
  | 'no-bucket-policy'
  | 'wrong-region'
  | 'throttled'
  | 'offline'
  | 'other';

export interface AwsFailure {
  kind: AwsFailureKind;
  /** The AWS error code, or the network error code. */
  code: string;
  /** For access-denied: the IAM action AWS says is missing, when its message names one. */
  deniedAction?: string;
}

const kindByCode: Record<string, AwsFailureKind> = {
  InvalidClientTokenId: 'invalid-key',
  SignatureDoesNotMatch: 'invalid-key',
  InvalidAccessKeyId: 'invalid-key',
  UnrecognizedClientException: 'invalid-key',
  InvalidToken: 'invalid-key',
  AuthFailure: 'invalid-key',
  ExpiredToken: 'expired-key',
  ExpiredTokenException: 'expired-key',
  TokenRefreshRequired: 'expired-key',
  RequestExpired: 'clock-skew',
  RequestTimeTooSkewed: 'clock-skew',
  AccessDenied: 'access-denied',
  AccessDeniedException: 'access-denied',
  Forbidden: 'access-denied',
  NoSuchEntity: 'no-such-entity',
  NoSuchEntityException: 'no-such-entity',
  NoSuchBucket: 'no-such-bucket',
  NoSuchBucketPolicy: 'no-bucket-policy',
  PermanentRedirect: 'wrong-region',
  AuthorizationHeaderMalformed: 'wrong-region',
  Throttling: 'throttled',
  ThrottlingException: 'throttled',
  SlowDown: 'throttled',
  TooManyRequestsException: 'throttled',
  RequestLimitExceeded: 'throttled',
};

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
}

export function classifyAwsError(error: unknown): AwsFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : '';
  const message = typeof shape.message === 'string' ? shape.message : '';
  const networkCode = typeof shape.code === 'string' ? shape.code : '';

  const kind = kindByCode[name];
  if (kind === 'access-denied') {
    const deniedAction = /perform: ([\w-]+:[\w*]+)/.exec(message)?.[1];
    return deniedAction ? { kind, code: name, deniedAction } : { kind, code: name };
  }
  if (kind) return { kind, code: name };
  if (networkCodes.has(networkCode)) return { kind: 'offline', code: networkCode };
  const status = shape.$metadata?.httpStatusCode;
  if (status === undefined && (name === 'TimeoutError' || name === 'AbortError' || (name === 'TypeError' && /fetch|network/i.test(message)))) {
    return { kind: 'offline', code: name };
  }
  if (status === 403) return { kind: 'access-denied', code: name || '403' };
  return { kind: 'other', code: name || networkCode || 'UnknownError' };
}
