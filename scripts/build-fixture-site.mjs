// Builds a second site into .fixture/dist from a copy of the content plus the hostile fixture entry
// (scripts/hostile-fixture.mjs). The tests prove its markup renders inert.
import { execSync } from 'node:child_process';
import { writeFixtureContent } from './hostile-fixture.mjs';

writeFixtureContent();
execSync('astro build', {
  stdio: 'inherit',
  env: { ...process.env, KB_CONTENT_DIR: '.fixture/content', KB_OUT_DIR: '.fixture/dist' },
});
