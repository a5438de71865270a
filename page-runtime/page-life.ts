/**
 * The life of one features script in a page: it ends when the extension goes away (updated,
 * reloaded, removed: `browser.runtime.id` is gone) or a newer copy takes over. What WXT's
 * ContentScriptContext does for these scripts, in a few lines instead of its 3 KB.
 */
export interface PageLife {
  readonly signal: AbortSignal;
  /** False once ended; checking it notices an extension that went away. */
  readonly isValid: boolean;
  end(): void;
  /** A listener that stops with this life and never runs after it. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void): void;
  onInvalidated(callback: () => void): void;
}

export function startPageLife(): PageLife {
  const controller = new AbortController();
  const life: PageLife = {
    signal: controller.signal,
    get isValid() {
      if (browser.runtime?.id == null) controller.abort();
      return !controller.signal.aborted;
    },
    end: () => controller.abort(),
    addEventListener(target, type, handler) {
      target.addEventListener(type, (event) => life.isValid && handler(event), { signal: controller.signal });
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
    },
  };
  return life;
}
