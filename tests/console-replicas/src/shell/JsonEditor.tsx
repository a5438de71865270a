// Evidence: aws_edit_bucket_policy.png and aws_add_permissions.png (Ace-style editors with fold arrows,
//   line numbers, a "JSON Ln, Col" footer), sulaimanadamu_s3-edit-bucket-policy-empty-editor-no-
//   existing-policy.png (an empty editor when a bucket has no policy); Cloudscape's CodeEditor is Ace.
// Assumed without evidence: whether AWS's wrapper exposes Ace's `env` on the element (the
//   'ace-without-env' variant removes it), how long a real editor takes to load (editorDelayMs).
import { useEffect, useRef, useState } from 'react';
import CodeEditor, { type CodeEditorProps } from '@cloudscape-design/components/code-editor';
import Spinner from '@cloudscape-design/components/spinner';
import Textarea from '@cloudscape-design/components/textarea';
import { ace, editorThemes } from './ace';
import { editorVariant, replicaOptions, updateReplicaState } from './options';

export interface JsonEditorProps {
  value: string;
  onChange: (value: string) => void;
  ariaLabel?: string;
  /** Editor content height in px (Cloudscape default 480). */
  height?: number;
}

const editorDelayMs = Math.max(0, replicaOptions.editorDelayMs ?? 0);

// Typing changes a character or two (auto-closed brackets, indentation); a writer replacing
// the document changes far more. Only the latter is clobbered in the overwrite-twice variant.
const BULK_CHANGE_CHARS = 8;
function isBulkChange(before: string, after: string): boolean {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  return Math.max(before.length, after.length) - prefix - suffix > BULK_CHANGE_CHARS;
}

/**
 * The console's JSON policy editor: Cloudscape CodeEditor over Ace, controlled (value lives in
 * React state and is updated in onChange), shaped by the replica options (variant, editorDelayMs).
 */
export function JsonEditor({ value, onChange, ariaLabel, height }: JsonEditorProps) {
  const [ready, setReady] = useState(editorDelayMs === 0);
  const [contentHeight, setContentHeight] = useState(height ?? 480);
  const [preferences, setPreferences] = useState<Partial<CodeEditorProps.Preferences>>({ wrapLines: true });
  const lastValue = useRef(value);
  const clobbersLeft = useRef(editorVariant === 'overwrite-twice' ? 2 : 0);
  const clobberPending = useRef(false);
  const restoringTo = useRef<string | null>(null);

  useEffect(() => {
    lastValue.current = value;
  }, [value]);

  // AWS's own editor wrapper may keep Ace's `env` off the element: only the page's own code holds the editor.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editorVariant !== 'ace-without-env' || !wrapper.current) return;
    const root = wrapper.current;
    const strip = () => {
      for (const element of Array.from(root.querySelectorAll('.ace_editor'))) {
        if ('env' in element) delete (element as { env?: unknown }).env;
      }
    };
    strip();
    const observer = new MutationObserver(strip);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ready]);

  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), editorDelayMs);
    return () => clearTimeout(timer);
  }, [ready]);

  const handleChange = (next: string) => {
    const previous = lastValue.current;
    lastValue.current = next;
    onChange(next);
    if (restoringTo.current !== null) {
      if (next === restoringTo.current) restoringTo.current = null;
      return;
    }
    if (clobbersLeft.current > 0 && !clobberPending.current && isBulkChange(previous, next)) {
      // A stale React update landing after the write: the old text comes back.
      clobberPending.current = true;
      setTimeout(() => {
        clobberPending.current = false;
        clobbersLeft.current -= 1;
        restoringTo.current = previous;
        lastValue.current = previous;
        onChange(previous);
        updateReplicaState((draft) => {
          draft.editorClobbers += 1;
        });
      }, 30);
    }
  };

  if (editorVariant === 'textarea-editor') {
    if (!ready) return <Spinner size="large" />;
    return (
      <Textarea
        value={value}
        onChange={({ detail }) => handleChange(detail.value)}
        rows={Math.max(12, Math.round(contentHeight / 22))}
        spellcheck={false}
        ariaLabel={ariaLabel}
      />
    );
  }

  return (
    <div ref={wrapper} data-replica-editor>
    <CodeEditor
      ace={editorVariant === 'no-editor' || !ready ? undefined : ace}
      loading={editorVariant !== 'no-editor' && !ready}
      language="json"
      value={value}
      onChange={({ detail }) => handleChange(detail.value)}
      preferences={preferences}
      onPreferencesChange={({ detail }) => setPreferences(detail)}
      themes={editorThemes}
      ariaLabel={ariaLabel}
      editorContentHeight={contentHeight}
      onEditorContentResize={({ detail }) => setContentHeight(detail.height)}
    />
    </div>
  );
}
