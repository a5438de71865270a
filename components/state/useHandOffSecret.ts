import { useCallback, useEffect, useRef, useState } from 'react';
import { handOffSecretsItem } from '@/storage/session';

type Secrets = Record<string, string>;

/**
 * The secret access key typed for one account's hand-off. It lives in storage.session (memory,
 * gone when the browser closes, unreadable by content scripts) so closing the panel doesn't lose
 * it mid-task; it is never written to storage.local or sync, and never logged.
 */
export function useHandOffSecret(accountId: string | undefined): { secret: string | undefined; setSecret: (secret: string) => void; forget: () => void } {
  const [secrets, setSecrets] = useState<Secrets>({});
  const edited = useRef(false);
  useEffect(() => {
    let live = true;
    // Read once: only this panel edits secrets, and an echo of its own writes would undo keystrokes.
    handOffSecretsItem.get().then(
      (stored) => live && !edited.current && setSecrets(stored),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const setSecret = useCallback(
    (secret: string) => {
      if (!accountId) return;
      const change = (current: Secrets): Secrets => {
        const { [accountId]: _previous, ...others } = current;
        return secret === '' ? others : { ...others, [accountId]: secret };
      };
      // The input shows local state at once; storage follows (in order) for the next panel that opens.
      edited.current = true;
      setSecrets(change);
      void handOffSecretsItem.get().then((stored) => {
        const next = change(stored);
        return Object.keys(next).length === 0 ? handOffSecretsItem.item.removeValue() : handOffSecretsItem.item.setValue(next);
      });
    },
    [accountId],
  );
  const forget = useCallback(() => setSecret(''), [setSecret]);
  return { secret: accountId ? secrets[accountId] : undefined, setSecret, forget };
}
