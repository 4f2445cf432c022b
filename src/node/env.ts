/**
 * What the build reads from the environment, in one place: the content folder and the date the site
 * is built for. Everything in src/lib takes these as arguments.
 */

/**
 * Where the content lives, relative to the project root: "content", unless KB_CONTENT_DIR says
 * otherwise (the tests build a copy with hostile fixture entries this way).
 */
export function contentDir(): string {
  return process.env.KB_CONTENT_DIR || 'content';
}

/** The date the site is built for, YYYY-MM-DD: today, or KB_TODAY for reproducible builds and tests. */
export function buildDate(): string {
  const env = process.env.KB_TODAY;
  return env && /^\d{4}-\d{2}-\d{2}$/.test(env) ? env : new Date().toISOString().slice(0, 10);
}
