// What the published package promises, checked without the registry (CI's `npm run check:package`
// packs, lints and installs the tarball itself).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (p: string) => JSON.parse(fs.readFileSync(new URL(p, import.meta.url), 'utf8'));
const pkg = read('../package.json');

describe('package.json', () => {
  it('builds before packing, ships a licence, and says where the project lives', () => {
    expect(pkg.scripts.prepack).toMatch(/tsup/);
    expect(fs.readFileSync(new URL('../LICENSE', import.meta.url), 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
    expect(pkg.files).toContain('LICENSE');
    for (const key of ['repository', 'homepage', 'bugs']) expect(pkg[key], key).toBeTruthy();
  });

  it('engines match what the dependencies require', () => {
    // cheerio (and its undici) need 20.18.1; tinypool skips Node 21. Changing either must revisit this.
    expect(read('../node_modules/cheerio/package.json').engines.node).toBe('>=20.18.1');
    expect(read('../node_modules/tinypool/package.json').engines.node).toBe('^20.0.0 || >=22.0.0');
    expect(pkg.engines.node).toBe('^20.18.1 || >=22');
  });

  it('exports the runtime-neutral core and the worker-thread entry, with types for both module systems', () => {
    expect(Object.keys(pkg.exports)).toEqual(['.', './batch', './package.json']);
    for (const entry of ['.', './batch']) {
      expect(pkg.exports[entry].import.types).toMatch(/\.d\.ts$/);
      expect(pkg.exports[entry].require.types).toMatch(/\.d\.cts$/);
    }
    expect(pkg.bin.newsdistill).toBe('./dist/bin.js');
  });

  it('the build has no unused entry points and no source maps (npm test builds first)', () => {
    const files = fs.readdirSync(new URL('../dist/', import.meta.url));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(?:bin|worker)\.(?:cjs|d\.c?ts)$/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'batch.js', 'batch.cjs', 'worker.js', 'bin.js']));
  });
});
