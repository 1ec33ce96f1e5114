import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', worker: 'src/worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // es2022, not 'node20': esbuild 0.27 lowers /\p{L}/u literals to `new RegExp(...)` for node20,
  // which recompiles them each time a hot function runs. Node 20 runs ES2022 natively.
  target: 'es2022',
  // Dependencies stay external: users get deduplicated, patched copies from their own install.
  external: ['compromise', 'chrono-node', 'cheerio', 'zod', 'tinypool', 'cli-progress'],
  // stemmer (Porter, 2 KB) ships as ESM only; bundling it keeps the CommonJS build loadable on Node 20.
  noExternal: ['stemmer'],
  // createRequire(import.meta.url) loads compromise lazily in both builds.
  shims: true,
});
