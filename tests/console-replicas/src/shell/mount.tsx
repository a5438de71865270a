// Evidence: none — test harness glue (state, theme, language, routing).
// Assumed without evidence: nothing about the console.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@cloudscape-design/components/i18n';
import enMessages from '@cloudscape-design/components/i18n/messages/all.en';
import deMessages from '@cloudscape-design/components/i18n/messages/all.de';
import jaMessages from '@cloudscape-design/components/i18n/messages/all.ja';
import { applyMode, Mode } from '@cloudscape-design/global-styles';
import '@cloudscape-design/global-styles/index.css';
import { language } from './i18n';
import { initReplicaState, replicaOptions } from './options';
import { setRoutingMode, trackRouteInState, type RoutingMode } from './router';

const componentMessages = { en: enMessages, de: deMessages, ja: jaMessages };

/** Starts one replica console app: state, theme, language, routing, then React. */
export function mountReplica(app: string, routing: RoutingMode, App: ComponentType, pathPrefix?: string): void {
  setRoutingMode(routing, pathPrefix);
  initReplicaState(app);
  trackRouteInState();
  applyMode(replicaOptions.dark ? Mode.Dark : Mode.Light);
  const container = document.getElementById('app');
  if (!container) throw new Error('replica page has no #app element');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider locale={language} messages={[componentMessages[language]]}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
