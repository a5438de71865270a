import type { ConsoleApp } from '@/lib/console/apps';
import { createConsoleContext } from './context';
import { startPageLife, type PageLife } from './page-life';
import type { ConsoleFeature } from './feature';
import { runFeatures } from './runner';

/**
 * Start one console app's features in this frame. The background injects the app's script when the
 * tab shows one of its pages, maybe more than once: one live copy per app and frame; after an
 * extension update the old copy's context is invalid and the new one takes over.
 */
export function startConsoleApp(app: ConsoleApp, features: ConsoleFeature[]): void {
  const running = ((globalThis as { finopsConsoleApps?: Partial<Record<ConsoleApp, PageLife>> }).finopsConsoleApps ??= {});
  if (running[app]?.isValid) return;
  const life = startPageLife();
  running[app] = life;
  runFeatures(life, features, (feature, signal) => feature.init(signal, createConsoleContext(life)));
}
