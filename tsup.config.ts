import { defineConfig, type Options } from 'tsup';

const common: Options = {
  // es2022, not 'node20': esbuild 0.27 lowers /\p{L}/u literals to `new RegExp(...)` for node20,
  // which recompiles them each time a hot function runs. Node 20 runs ES2022 natively.
  target: 'es2022',
  // Dependencies stay external: users get deduplicated, patched copies from their own install.
  external: ['compromise', 'chrono-node', 'cheerio', 'zod', 'tinypool', 'cli-progress'],
  // stemmer (Porter, 2 KB) ships as ESM only; bundling it keeps the CommonJS build loadable on Node 20.
  noExternal: ['stemmer'],
  // No source maps: dist is plain, readable JavaScript, and maps with embedded sources were most
  // of the package's size.
  sourcemap: false,
  // The entries share chunks, so both builds have one copy of each class (NewsdistillError).
  splitting: true,
};

export default defineConfig([
  {
    ...common,
    // The library (runtime-neutral), its worker-thread batch entry, the pool's worker, the CLI.
    entry: { index: 'src/index.ts', batch: 'src/threads.ts', worker: 'src/worker.ts', bin: 'src/bin.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', batch: 'src/threads.ts' } },
    clean: true,
  },
  {
    ...common,
    // CommonJS for require() users: the two library entries only (the worker and the CLI run as ESM).
    entry: { index: 'src/index.ts', batch: 'src/threads.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', batch: 'src/threads.ts' } },
    // import.meta.url (the worker's address, Node's require for the optional tagger) in CommonJS.
    shims: true,
  },
]);
