/**
 * Answers an extension page's calls to the real AWS API hosts (`https://sts.us-east-1.amazonaws.com/`,
 * `https://iam.amazonaws.com/`, `https://BUCKET.s3.REGION.amazonaws.com/?policy`, …) from the fake
 * AWS server on 127.0.0.1, through puppeteer request interception. The product keeps its real
 * endpoints: there is no endpoint override to forget in a release build.
 *
 * Each call is forwarded as sent: method, path, query, headers (with the Host the SDK signed) and
 * body; the fake's status, headers and body come back. One translation: the fake serves S3
 * path-style (`/BUCKET?policy`) while the SDK addresses buckets by host (`BUCKET.s3.REGION…/?policy`).
 * For those the proxy first checks the browser's signature over the request exactly as sent,
 * with the fake's own SigV4 verifier and the key's secret from the scenario, then signs the
 * path-style form again with the same key, date and region. A request the browser signed wrongly
 * keeps its signature, so the fake still answers SignatureDoesNotMatch.
 * Anything else the page asks for outside the extension is blocked, never fetched.
 */
import { createHash, createHmac } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { FakeKey } from './fake-aws/scenario';
import { parseAuthorization, signatureMatches, type SigV4Authorization } from './fake-aws/sigv4';

export interface ProxiedCall {
  method: string;
  /** As the page asked for it, e.g. `https://iam.amazonaws.com/`. */
  url: string;
  status: number;
}

export interface AwsProxy {
  /** AWS calls answered by the fake, in order. */
  calls: ProxiedCall[];
  /** The extension's own files the page loaded (`/chunks/run-….js`), in order. */
  extensionFiles: string[];
  /** Requests to anywhere else, refused. */
  blocked: string[];
}

const passThroughSchemes = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:'];

export const isAwsApiHost = (hostname: string): boolean => hostname.endsWith('.amazonaws.com');

/** `billing-export-1.s3.us-east-1.amazonaws.com` → bucket and region; undefined for path-style and other services. */
export function virtualHostedBucket(hostname: string): { bucket: string; region: string } | undefined {
  const match = /^(.+)\.s3(?:[.-]([a-z0-9-]+))?\.amazonaws\.com$/.exec(hostname);
  if (!match?.[1]) return undefined;
  return { bucket: match[1], region: match[2] ?? 'us-east-1' };
}

interface WireRequest {
  method: string;
  path: string;
  rawQuery: string;
  headers: Record<string, string>;
  body: string;
}

// Mirrors the fake's verifier (./fake-aws/sigv4.ts) so the fake accepts what this signs.
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const canonicalQuery = (rawQuery: string) =>
  rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [key = '', value = ''] = pair.split(/=(.*)/s);
      return [rfc3986(decodeURIComponent(key)), rfc3986(decodeURIComponent(value))] as const;
    })
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');

function signature(request: WireRequest, auth: SigV4Authorization, secretAccessKey: string): string {
  const header = (name: string) => (request.headers[name] ?? '').trim().replace(/\s+/g, ' ');
  const canonicalRequest = [
    request.method,
    request.path,
    canonicalQuery(request.rawQuery),
    auth.signedHeaders.map((name) => `${name}:${header(name)}\n`).join(''),
    auth.signedHeaders.join(';'),
    header('x-amz-content-sha256') || sha256(request.body),
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', header('x-amz-date'), `${auth.date}/${auth.region}/${auth.service}/aws4_request`, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, auth.date), auth.region), auth.service), 'aws4_request');
  return createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
}

/** The request the fake understands: as sent, or, for a bucket addressed by host, its path-style twin. */
export function toFakeRequest(method: string, url: URL, headers: Record<string, string>, body: string, keys: readonly FakeKey[]): WireRequest {
  const asSent: WireRequest = { method, path: url.pathname, rawQuery: url.search.slice(1), headers: { ...headers, host: url.host }, body };
  const virtual = virtualHostedBucket(url.hostname);
  if (!virtual) return asSent;

  const pathStyle: WireRequest = {
    ...asSent,
    path: `/${encodeURIComponent(virtual.bucket)}${url.pathname}`,
    headers: { ...asSent.headers, host: `s3.${virtual.region}.amazonaws.com` },
  };
  const auth = parseAuthorization(headers.authorization);
  const key = auth && keys.find((candidate) => candidate.accessKeyId === auth.accessKeyId);
  if (!auth || !key || !auth.signedHeaders.includes('host')) return pathStyle;
  const signedAsSent = signatureMatches({ ...asSent, headers: asSent.headers as IncomingHttpHeaders }, auth, key.secretAccessKey);
  if (!signedAsSent) return pathStyle;
  const authorization = (headers.authorization ?? '').replace(/Signature=[0-9a-f]{64}$/, `Signature=${signature(pathStyle, auth, key.secretAccessKey)}`);
  return { ...pathStyle, headers: { ...pathStyle.headers, authorization } };
}

function send(endpoint: string, wire: WireRequest): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const target = new URL(endpoint);
  const body = Buffer.from(wire.body, 'utf8');
  const headers: Record<string, string> = { ...wire.headers };
  delete headers['content-length'];
  if (body.length > 0) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method: wire.method, path: `${wire.path}${wire.rawQuery ? `?${wire.rawQuery}` : ''}`, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answered: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined && !['connection', 'keep-alive', 'transfer-encoding'].includes(name)) answered[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({ status: response.statusCode ?? 502, headers: answered, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Firefox over WebDriver BiDi can't hand a request's body to puppeteer (fetchPostData throws
 * UnsupportedOperation), so there the page's own fetch copies each AWS call's body, base64, into
 * this header first. It isn't among the headers the SDK signs, and the proxy removes it before the
 * fake sees the request.
 */
export const bodyCopyHeader = 'x-test-body-copy';

/** For `page.evaluate`, before the SDK's first call: wraps `fetch` so AWS calls carry their body in `bodyCopyHeader`. */
export function copyAwsBodiesIntoHeader(header: string): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!new URL(request.url).hostname.endsWith('.amazonaws.com') || request.method === 'GET' || request.method === 'HEAD') return original(request);
    const body = await request.clone().arrayBuffer();
    const headers = new Headers(request.headers);
    headers.set(header, btoa(String.fromCharCode(...new Uint8Array(body))));
    return original(new Request(request, { headers }));
  };
}

async function bodyOf(request: HTTPRequest): Promise<{ body: string; headers: Record<string, string> }> {
  const headers = { ...request.headers() };
  const copy = headers[bodyCopyHeader];
  delete headers[bodyCopyHeader];
  if (copy !== undefined) return { body: Buffer.from(copy, 'base64').toString('utf8'), headers };
  if (request.method() === 'GET' || request.method() === 'HEAD') return { body: '', headers };
  return { body: request.postData() ?? (request.hasPostData() ? ((await request.fetchPostData()) ?? '') : ''), headers };
}

async function answer(request: HTTPRequest, endpoint: string, keys: readonly FakeKey[], proxy: AwsProxy): Promise<void> {
  const url = new URL(request.url());
  if (passThroughSchemes.includes(url.protocol)) {
    proxy.extensionFiles.push(url.pathname);
    await request.continue();
    return;
  }
  if (url.protocol !== 'https:' || !isAwsApiHost(url.hostname)) {
    proxy.blocked.push(request.url());
    await request.abort('blockedbyclient');
    return;
  }
  try {
    const { body, headers } = await bodyOf(request);
    const response = await send(endpoint, toFakeRequest(request.method(), url, headers, body, keys));
    proxy.calls.push({ method: request.method(), url: request.url(), status: response.status });
    await request.respond({ status: response.status, headers: response.headers, body: response.body });
  } catch (error) {
    // A broken forward shows up as a 502 naming the error, not as a hang.
    proxy.calls.push({ method: request.method(), url: request.url(), status: 502 });
    await request.respond({ status: 502, contentType: 'text/plain', body: `aws-proxy: ${String(error)}` });
  }
}

/**
 * From now on, the page's AWS calls are answered by the fake at `endpoint`; `keys` are the
 * scenario's, to re-sign bucket requests addressed by host (see above).
 */
export async function proxyAwsToFake(page: Page, endpoint: string, keys: readonly FakeKey[]): Promise<AwsProxy> {
  const proxy: AwsProxy = { calls: [], extensionFiles: [], blocked: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    void answer(request, endpoint, keys, proxy);
  });
  return proxy;
}
