/** Just enough XML writing for AWS responses. */

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** `<Name>escaped text</Name>`; nested elements are passed pre-rendered via `raw`. */
export const el = (name: string, text: string | number | boolean) => `<${name}>${escapeXml(String(text))}</${name}>`;
export const raw = (name: string, inner: string) => `<${name}>${inner}</${name}>`;

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export const xmlResponse = (status: number, body: string, headers: Record<string, string> = {}): FakeResponse => ({
  status,
  headers: { 'content-type': 'text/xml', ...headers },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
});
