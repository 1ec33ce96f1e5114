// The main job on a bundled example: print the Article JSON of a scraped daily briefing.
import fs from 'node:fs';
import path from 'node:path';
import { projectDir } from './shared.mjs';
import { extract } from '../dist/index.js';

const file = process.argv[2] ?? path.join(projectDir, 'fixtures', 'cases', '000_seed_daily_briefing.txt');
const article = extract(fs.readFileSync(file, 'utf8'));
console.log(JSON.stringify(article, null, 2));
