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

/** A dependency loaded on demand: `ready()` imports it (bundlers follow it), `get()` needs it now. */
export interface OptionalDependency<T> {
  /** The module; loads it synchronously where the runtime can (Node), else throws DEPENDENCY_MISSING. */
  get(): T;
  /** Loads the module with a dynamic import; rejects with DEPENDENCY_MISSING when it cannot load. */
  ready(): Promise<T>;
}

type NodeRequire = (id: string) => unknown;
type NodeModuleApi = { createRequire: (from: string) => NodeRequire };

/** Node's synchronous `require`, reached without importing a Node-only module (null elsewhere). */
export function nodeRequire(): NodeRequire | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('module') as NodeModuleApi | undefined;
  return mod ? mod.createRequire(import.meta.url) : null;
}

/**
 * An optional dependency (compromise behind `tagger: 'compromise'`): it costs nothing until used.
 * `importer` must be a literal `() => import('name')` so bundlers see and split it. The loaded
 * module is cached like `lazy`'s value: immutable once set, so the same input gives the same output.
 */
export function optionalDependency<T>(name: string, importer: () => Promise<unknown>, pick: (mod: unknown) => T, missing: (name: string, cause: unknown) => Error): OptionalDependency<T> {
  let loaded: T | undefined;
  return {
    get() {
      if (loaded !== undefined) return loaded;
      const require = nodeRequire();
      if (!require) throw missing(name, new Error(`this runtime cannot load ${name} synchronously; await warmUp() first`));
      try {
        loaded = pick(require(name));
      } catch (err) {
        throw missing(name, err);
      }
      return loaded;
    },
    async ready() {
      if (loaded !== undefined) return loaded;
      try {
        loaded = pick(await importer());
      } catch (err) {
        throw missing(name, err);
      }
      return loaded;
    },
  };
}
