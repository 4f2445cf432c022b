// npm test: every stage in order, each timed, stopping at the first failure, then a table of the
// times. Stages are npm scripts, so each can also be run on its own.
import { spawnSync } from 'node:child_process';

const STAGES = [
  ['browser', 'node scripts/ensure-browser.mjs'],
  ['format', 'npm run --silent format:check'],
  ['lint', 'npm run --silent lint'],
  ['content', 'npm run --silent check:content'],
  ['types', 'npm run --silent check:types'],
  ['unit', 'npm run --silent test:unit'],
  ['components', 'npm run --silent test:components'],
  ['build', 'npm run --silent build'],
  ['build:fixture', 'npm run --silent build:fixture'],
  ['site', 'npm run --silent test:site'],
  ['browser tests', 'npm run --silent test:e2e'],
];

const times = [];
const started = Date.now();
let failed;
for (const [name, command] of STAGES) {
  console.log(`\n=== ${name}: ${command}`);
  const t0 = Date.now();
  const r = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  times.push([name, (Date.now() - t0) / 1000, r.status === 0]);
  if (r.status !== 0) {
    failed = name;
    break;
  }
}
console.log('\nstage            seconds');
for (const [name, s, ok] of times) console.log(`${name.padEnd(16)} ${s.toFixed(1).padStart(7)}${ok ? '' : '  FAILED'}`);
console.log(`${'total'.padEnd(16)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)}`);
if (failed) {
  console.error(`\nnpm test failed at the "${failed}" stage.`);
  process.exit(1);
}
