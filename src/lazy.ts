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

/** Code points beyond the Basic Multilingual Plane. */
const SUPPLEMENTARY = '\\u{10000}-\\u{10FFFF}';
/** A UTF-16 half of a supplementary character (or a lone one). */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Class characters a /v pattern needs escaped. */
const V_CLASS_SYNTAX = new Set([...'()[]{}/-\\|&!#$%*+,.:;<=>?@^`~']);

/**
 * A /u pattern with Unicode-property classes (`\p{L}`), with a twin for text that holds no
 * character beyond U+FFFF (nearly all text). For two-byte text V8 compiles each property class of
 * a /u pattern into hundreds of surrogate-pair branches, and does it twice (bytecode, then native
 * code): these patterns were the costliest part of a first extraction. The twin's classes stop at
 * U+FFFF, so it compiles several times faster; as the two differ only on characters the text does
 * not hold, `for(text)` gives the same matches either way.
 */
export class PropertyPattern {
  private readonly twin: (() => RegExp) | null;

  constructor(readonly exact: RegExp) {
    this.twin = exact.unicode && !exact.ignoreCase ? lazy(() => basicPlaneTwin(exact) ?? exact) : null;
  }

  /** The pattern to run on `text` (and on parts of it). */
  for(text: string): RegExp {
    return this.twin && !SURROGATE.test(text) ? this.twin() : this.exact;
  }
}

/**
 * `pattern` (/u, not /i) as a /v pattern whose classes leave out U+10000-U+10FFFF; null where that
 * cannot be built (a runtime without /v). /i is left alone: /u and /v fold case differently.
 */
function basicPlaneTwin(pattern: RegExp): RegExp | null {
  const source = pattern.source;
  let out = '';
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      const property = propertyAt(source, k);
      if (property) {
        out += property[1] === 'p' ? `[${property}--[${SUPPLEMENTARY}]]` : `[^\\p${property.slice(2)}${SUPPLEMENTARY}]`;
        k += property.length - 1;
      } else {
        out += source.slice(k, k + 2);
        k++;
      }
    } else if (c === '[') {
      const negated = source[k + 1] === '^';
      const items: string[] = [];
      let j = negated ? k + 2 : k + 1;
      for (; j < source.length && source[j] !== ']'; ) {
        const item = classItemAt(source, j);
        items.push(item);
        j += item.length;
      }
      if (j >= source.length) return null;
      // Escape what /v reserves; '-' between two characters stays a range.
      const body = items.map((item, i) => (item === '-' && i > 0 && i < items.length - 1 ? '-' : V_CLASS_SYNTAX.has(item) ? `\\${item}` : item)).join('');
      out += negated ? `[^${body}${SUPPLEMENTARY}]` : `[[${body}]--[${SUPPLEMENTARY}]]`;
      k = j;
    } else out += c;
  }
  try {
    return new RegExp(out, pattern.flags.replace('u', 'v'));
  } catch {
    return null;
  }
}

/** `\p{..}` or `\P{..}` at `k`, or null. */
function propertyAt(source: string, k: number): string | null {
  const e = source[k + 1];
  if ((e !== 'p' && e !== 'P') || source[k + 2] !== '{') return null;
  const end = source.indexOf('}', k);
  return end > 0 ? source.slice(k, end + 1) : null;
}

/** One item of a /u class at `k`: an escape (`\p{L}`, `\u{..}`, `\x41`, `\-`) or a character. */
function classItemAt(source: string, k: number): string {
  if (source[k] === '\\') {
    const property = propertyAt(source, k);
    if (property) return property;
    const e = source[k + 1];
    if (e === 'u') return source[k + 2] === '{' ? source.slice(k, source.indexOf('}', k) + 1) : source.slice(k, k + 6);
    if (e === 'x') return source.slice(k, k + 4);
    if (e === 'c') return source.slice(k, k + 3);
    return source.slice(k, k + 2);
  }
  const code = source.charCodeAt(k);
  return source.slice(k, code >= 0xd800 && code <= 0xdbff ? k + 2 : k + 1);
}
