// npm test: every stage in order, each timed, stopping at the first failure, then a table of the
// times. Stages in one group are independent and run side by side (their output is printed when the
// group ends). Each stage is an npm script, so it can also be run on its own.
import { spawn } from 'node:child_process';

const GROUPS = [
  [['browser', 'node scripts/ensure-browser.mjs']],
  [
    ['format', 'npm run --silent format:check'],
    ['lint', 'npm run --silent lint'],
    ['content', 'npm run --silent check:content'],
  ],
  [
    ['unit', 'npm run --silent test:unit'],
    ['components', 'npm run --silent test:components'],
  ],
  // The two builds share Astro's cache folders, so they run one after the other.
  [['build', 'npm run --silent build']],
  [['build:fixture', 'npm run --silent build:fixture']],
  [['site', 'npm run --silent test:site']],
  [['browser tests', 'npm run --silent test:e2e']],
];
// astro check is independent of the builds and mostly single-threaded: it starts with the build, on the
// other core, and its result is awaited before the browser tests.
const BESIDE = { from: 'build', until: 'browser tests', stage: ['types', 'npm run --silent check:types'] };

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };

/** Runs one stage; resolves with its exit code, seconds and output. */
function run([name, command], alone) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ name, command, code, seconds: (Date.now() - t0) / 1000, out }));
  });
}

const started = Date.now();
const times = [];
let failed;
let beside;
/** Prints a stage's output (when it ran in the background or beside others) and records its result. */
const record = (r, printed) => {
  if (!printed) process.stdout.write(`\n=== ${r.name}: ${r.command}\n${r.out}`);
  times.push(r);
  if (r.code !== 0) failed ??= r.name;
};
for (const group of GROUPS) {
  if (group[0][0] === BESIDE.until && beside) record(await beside);
  if (failed) break;
  if (group[0][0] === BESIDE.from) beside = run(BESIDE.stage, false);
  if (group.length === 1) console.log(`\n=== ${group[0][0]}: ${group[0][1]}`);
  const results = await Promise.all(group.map((stage) => run(stage, group.length === 1)));
  for (const r of results) record(r, group.length === 1);
  if (failed) break;
}
if (beside && !times.some((r) => r.name === BESIDE.stage[0])) record(await beside);
console.log('\nstage            seconds');
for (const r of times)
  console.log(`${r.name.padEnd(16)} ${r.seconds.toFixed(1).padStart(7)}${r.code === 0 ? '' : '  FAILED'}`);
console.log(`${'total (wall)'.padEnd(16)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)}`);
if (failed) {
  console.error(`\nnpm test failed at the "${failed}" stage.`);
  process.exit(1);
}
