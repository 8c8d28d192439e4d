/**
 * "Load once, forget a failure": concurrent and later calls share one promise;
 * a promise that rejects is dropped once it settles, so a later call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  const cache = loadOncePerKey(load);
  return () => cache.get('');
}

/**
 * `loadOnce` for a family of loads, one promise per key (e.g. per URL); the
 * arguments after the key are passed to the load that the first call starts.
 */
export function loadOncePerKey<T, A extends unknown[] = []>(
  load: (key: string, ...args: A) => Promise<T>,
): {
  get(key: string, ...args: A): Promise<T>;
  clear(): void;
} {
  const pending = new Map<string, Promise<T>>();
  return {
    get(key, ...args) {
      let promise = pending.get(key);
      if (!promise) {
        promise = load(key, ...args).catch((error: unknown) => {
          if (pending.get(key) === promise) pending.delete(key);
          throw error;
        });
        pending.set(key, promise);
      }
      return promise;
    },
    clear: () => pending.clear(),
  };
}
