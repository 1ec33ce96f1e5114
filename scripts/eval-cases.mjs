// Field-by-field scores on annotated cases (the seed and our fixtures) with the shared scorer.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectDir, requireShared } from './shared.mjs';

const shared = requireShared('the case scorer');
const extra = process.argv.slice(2);
for (const dir of [path.join(shared, 'seed'), path.join(projectDir, 'fixtures', 'cases')]) {
  console.log(`# ${path.relative(projectDir, dir)}`);
  const r = spawnSync(process.execPath, [path.join(shared, 'tools', 'score-cases.mjs'), '--pkg', projectDir, ...extra, dir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
