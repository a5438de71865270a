import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ConsoleApp } from '@/lib/console/apps';
import { createConsoleContext } from './context';
import type { ConsoleFeature } from './feature';
import { runFeatures } from './runner';

/**
 * Start one console app's features in this frame. The background injects the app's script when the
 * tab shows one of its pages, maybe more than once: one live copy per app and frame; after an
 * extension update the old copy's context is invalid and the new one takes over.
 */
export function startConsoleApp(app: ConsoleApp, features: ConsoleFeature[]): void {
  const running = ((globalThis as { finopsConsoleApps?: Partial<Record<ConsoleApp, ContentScriptContext>> }).finopsConsoleApps ??= {});
  if (running[app]?.isValid) return;
  const ctx = new ContentScriptContext(`console-${app}`);
  running[app] = ctx;
  runFeatures(ctx, features, (feature, signal) => feature.init(signal, createConsoleContext(ctx)));
}
