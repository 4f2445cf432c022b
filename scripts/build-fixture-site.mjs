// Builds a second site into .fixture/dist from a copy of the content plus the hostile fixture entry
// (scripts/hostile-fixture.mjs). The tests prove its markup renders inert, and, since the site is dated
// FIXTURE_DATE (the day the AI Act's new bans apply), that a build dated on a key date shows the grades
// of that date. It has a public address (FIXTURE_SITE_URL), where dist/ is a local build without one, so the
// tests see both kinds of build.
import { execSync } from 'node:child_process';
import { FIXTURE_DATE, FIXTURE_SITE_URL, writeFixtureContent } from './hostile-fixture.mjs';

writeFixtureContent();
execSync('astro build', {
  stdio: 'inherit',
  env: {
    ...process.env,
    KB_CONTENT_DIR: '.fixture/content',
    KB_OUT_DIR: '.fixture/dist',
    KB_TODAY: FIXTURE_DATE,
    SITE_URL: FIXTURE_SITE_URL,
  },
});
