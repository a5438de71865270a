import { useEffect, useState } from 'react';
import { hasPortalAccess, requestPortalAccess } from '../state/portal-access';

/**
 * A self-hosted portal's origin is not in the manifest: the extension asks for that one origin,
 * at the moment the person wants the form filled, and for nothing wider.
 */
export function PortalAccess({ origin }: { origin: string }) {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    hasPortalAccess(origin)
      .then((has) => live && setGranted(has))
      .catch(() => live && setGranted(false));
    return () => {
      live = false;
    };
  }, [origin]);

  if (granted) return <p className="secondary">The extension may fill the connect form on {origin}.</p>;
  return (
    <div className="stack">
      <p className="secondary">To fill the connect form on {origin}, the extension needs your permission for that site only.</p>
      <div className="row">
        <button
          type="button"
          className="wrap"
          onClick={() => {
            setProblem(undefined);
            requestPortalAccess(origin)
              .then((ok) => {
                setGranted(ok);
                if (!ok) setProblem('Access was not granted: copy the values by hand instead.');
              })
              .catch((error: unknown) => setProblem(`The browser refused: ${error instanceof Error ? error.message : String(error)}`));
          }}
        >
          Allow access to {origin}
        </button>
      </div>
      {problem && <p className="problem small">{problem}</p>}
    </div>
  );
}
