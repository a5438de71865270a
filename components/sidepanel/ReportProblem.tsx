import { useState } from 'react';
import { browser } from 'wxt/browser';
import { snapshotReplySchema } from '../../lib/messages';
import { CopyButton } from '../ui/CopyButton';

type ReportState = { status: 'idle' | 'asking' } | { status: 'shown'; report: string } | { status: 'failed'; message: string };

const noAnswer = "Couldn't get a report from the console page. Is it still open? Reload it and try again.";

/**
 * "Report a problem on this page": the console tab builds a redacted report of the page (with the
 * diagnostics script, loaded there on demand) and the panel shows it to read and copy. Nothing is
 * sent anywhere: the screen and the clipboard only.
 */
export function ReportProblem({ tabId }: { tabId: number }) {
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const ask = async () => {
    setState({ status: 'asking' });
    try {
      // The diagnostics load into the console tab only now; their result is the report.
      const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: ['/console-diagnostics.js'] });
      const reply = snapshotReplySchema.safeParse({ report: injected?.result });
      setState(reply.success ? { status: 'shown', report: reply.data.report } : { status: 'failed', message: noAnswer });
    } catch {
      setState({ status: 'failed', message: noAnswer });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="link" data-finops-action="report-problem" disabled={state.status === 'asking'} onClick={() => void ask()}>
          Report a problem on this page
        </button>
      </div>
      {state.status === 'failed' && (
        <p className="problem small" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'shown' && (
        <>
          <p className="secondary">
            Made from the page in your browser; nothing was sent. Account IDs, ARNs, names, keys and the page&apos;s texts are masked. Read it, then copy it
            into your message to support.
          </p>
          <textarea className="mono" readOnly rows={12} wrap="off" spellCheck={false} aria-label="Problem report" value={state.report} />
          <div className="row">
            <CopyButton text={state.report} label="Copy problem report" className="">
              Copy report
            </CopyButton>
          </div>
        </>
      )}
    </div>
  );
}
