/**
 * Where the content lives, relative to the project root: "content", unless KB_CONTENT_DIR says
 * otherwise (the browser tests build a copy with hostile fixture entries this way).
 */
export function contentDir(): string {
  return (typeof process !== 'undefined' && process.env.KB_CONTENT_DIR) || 'content';
}
