/**
 * Builds a value on first use and returns the same value afterwards. Used for compiled rule tables
 * and lexicons so importing the package stays cheap; the cached value is immutable, so this is not
 * shared mutable state.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
