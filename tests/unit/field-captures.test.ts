// @vitest-environment jsdom
// Every field capture (tests/field-captures/*.json, made from "Report a problem" reports by
// scripts/save-field-capture.mjs) is rebuilt as a Document and must still be read as it expects:
// a console change a user reported becomes a failing test here before it becomes a fix.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromCapture, type FieldCapture } from '../../lib/diagnostics/capture';
import { recognisePage } from '../../lib/console/pages';
import { findPolicyEditors } from '../../lib/console/dom-find';
import { pageShowsLoading } from '../../lib/console/loading-state';

const capturesDir = join(__dirname, '../field-captures');
const captureFiles = readdirSync(capturesDir).filter((file) => file.endsWith('.json'));

/** What each expected kind is read with on the rebuilt page. */
const readers: Record<string, (doc: Document) => string | number | boolean> = {
  policyEditors: (doc) => findPolicyEditors(doc).length,
  loading: (doc) => pageShowsLoading(doc),
};

describe('field captures', () => {
  it('there are captures to check', () => {
    expect(captureFiles.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(captureFiles)('%s', (file) => {
    const capture = JSON.parse(readFileSync(join(capturesDir, file), 'utf8')) as FieldCapture;

    it('is recognised as the page it expects, with the values its URL names', () => {
      const match = recognisePage(capture.url);
      expect(match?.page).toBe(capture.expect.page);
      for (const [kind, value] of Object.entries(capture.expect.values)) {
        if (kind in readers) continue;
        expect(match?.[kind as keyof typeof match], `${kind} read from ${capture.url}`).toBe(value);
      }
    });

    it('is read by the DOM readers as it expects', () => {
      const doc = documentFromCapture(capture, document);
      for (const [kind, value] of Object.entries(capture.expect.values)) {
        const read = readers[kind];
        if (read) expect(read(doc), kind).toBe(value);
      }
    });

    it('holds no value the masks stood for, only fakes', () => {
      const text = JSON.stringify(capture);
      expect(text).not.toMatch(/<(?:account|bucket|role|user|export|masked|access key id|secret|email)>/);
      for (const id of text.match(/(?<!\d)\d{12}(?!\d)/g) ?? []) expect(id).toBe('111122223333');
    });
  });
});
