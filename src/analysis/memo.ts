/**
 * A cache for the pure per-word functions that the analyses and rules call on every word of a
 * document (stems, normal forms, term keys): words repeat heavily, so each distinct one is
 * computed once. Bounded: when `limit` entries are held the cache starts over, so a long-lived
 * process (watch mode, an editor) does not grow without end.
 */
export function boundedMemo(compute: (key: string) => string, limit: number): (key: string) => string {
  const cache = new Map<string, string>();
  return (key: string): string => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
