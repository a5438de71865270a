/**
 * A local fake of STS, IAM, S3, CloudFormation (StackSets) and Organizations on 127.0.0.1 (random
 * port) that speaks the real wire protocols, so the real AWS SDK (and the real AWS CLI, with
 * `--endpoint-url`) signs, sends, parses and retries exactly as it would against AWS.
 * Point every client at `endpoint` (S3 with `forcePathStyle: true`). IAM and CloudFormation writes
 * change the scenario given, so a second run of a script meets what the first one created.
 *
 * Every request is authenticated like AWS does: SigV4 Authorization header, known access key,
 * session token for temporary keys, and a signature recomputed with the key's secret.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountOfArn, type FakeAwsScenario } from './scenario';
import { parseAuthorization, signatureMatches } from './sigv4';
import { handleCloudFormation } from './cloudformation';
import { handleOrganizations, organizationsError } from './organizations';
import { handleQuery, queryError, queryResource, type QueryService } from './query-protocol';
import { handleS3, parseS3Request, s3Error } from './s3-rest';
import type { FakeResponse } from './xml';

export type { FakeAwsScenario } from './scenario';

/** What the fake saw: no secrets, just enough to assert retries and redirects. */
export interface RecordedRequest {
  service: string;
  operation: string;
  region: string;
  accessKeyId: string;
  status: number;
}

export interface FakeAws {
  endpoint: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

export async function startFakeAws(scenario: FakeAwsScenario): Promise<FakeAws> {
  const requests: RecordedRequest[] = [];
  let throttlesLeft = scenario.faults?.throttleFirst ?? 0;

  const respond = (method: string, url: URL, headers: IncomingMessage['headers'], body: string, record: RecordedRequest): FakeResponse => {
    const rawQuery = url.search.slice(1);
    const auth = parseAuthorization(headers.authorization);
    const isS3 = auth ? auth.service === 's3' : method === 'GET';
    const service: QueryService = auth?.service === 'iam' || auth?.service === 'cloudformation' ? auth.service : 'sts';
    const target = typeof headers['x-amz-target'] === 'string' ? headers['x-amz-target'] : undefined;
    const isJson = auth?.service === 'organizations';
    const params = new URLSearchParams(isJson ? '' : body);
    const s3Request = isS3 ? parseS3Request(method, url.pathname, rawQuery) : undefined;
    Object.assign(record, { service: auth?.service ?? '?', region: auth?.region ?? '?', accessKeyId: auth?.accessKeyId ?? '', operation: s3Request?.operation ?? (isJson ? target?.split('.').pop() : params.get('Action')) ?? '?' });
    const error = (s3: [number, string, string], query: [number, string, string]) =>
      isS3 ? s3Error(...s3) : isJson ? organizationsError(query[0] === 403 ? 400 : query[0], query[1] === 'InvalidClientTokenId' ? 'UnrecognizedClientException' : query[1], query[2]) : queryError(service, ...query);

    if (!auth) return error([403, 'AccessDenied', 'Access Denied'], [403, 'MissingAuthenticationToken', 'Request is missing Authentication Token']);
    const throttleOnly = scenario.faults?.throttleOnly;
    if (throttlesLeft > 0 && (!throttleOnly || throttleOnly === auth.service)) {
      throttlesLeft -= 1;
      return error([503, 'SlowDown', 'Please reduce your request rate.'], [400, 'Throttling', 'Rate exceeded']);
    }
    const key = scenario.keys.find((k) => k.accessKeyId === auth.accessKeyId);
    if (!key) return error([403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'], [403, 'InvalidClientTokenId', 'The security token included in the request is invalid.']);
    if ((key.sessionToken ?? '') !== (headers['x-amz-security-token'] ?? '')) {
      return error([400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.'], [403, 'InvalidClientTokenId', 'The security token included in the request is invalid.']);
    }
    if (!signatureMatches({ method, path: url.pathname, rawQuery, headers, body }, auth, key.secretAccessKey)) {
      const message = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';
      return error([403, 'SignatureDoesNotMatch', message], [403, 'SignatureDoesNotMatch', message]);
    }
    if (key.expired) return error([400, 'ExpiredToken', 'The provided token has expired.'], [403, 'ExpiredToken', 'The security token included in the request is expired']);

    const isDenied = (action: string) => (key.denied ?? []).some((glob) => globToRegExp(glob).test(action));
    const accountId = accountOfArn(key.arn);
    const denial = (action: string, resource: string) =>
      `User: ${key.arn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

    if (isS3) {
      if (!s3Request) return s3Error(501, 'NotImplemented', 'A header you provided implies functionality that is not implemented');
      const action = s3Request.action;
      return handleS3(s3Request, auth.region, isDenied(action), denial(action, `arn:aws:s3:::${s3Request.bucket}`), scenario);
    }
    if (isJson) {
      const operation = target?.split('.').pop() ?? '';
      if (isDenied(`organizations:${operation}`)) return organizationsError(400, 'AccessDeniedException', denial(`organizations:${operation}`, '*'));
      return handleOrganizations(target ?? '', body, key, scenario);
    }
    const action = `${service}:${params.get('Action') ?? ''}`;
    if (service === 'iam' && isDenied(action)) return queryError(service, 403, 'AccessDenied', denial(action, queryResource(params, accountId)));
    if (service === 'cloudformation') {
      if (isDenied(action)) return queryError(service, 403, 'AccessDenied', denial(action, '*'));
      return handleCloudFormation(params, key, scenario);
    }
    return handleQuery(service, params, key, scenario);
  };

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const record: RecordedRequest = { service: '?', operation: '?', region: '?', accessKeyId: '', status: 0 };
      const result = respond(request.method ?? 'GET', url, request.headers, body, record);
      record.status = result.status;
      requests.push(record);
      response.writeHead(result.status, { ...result.headers, 'x-amzn-requestid': 'fake-aws', 'content-length': Buffer.byteLength(result.body) });
      response.end(result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
