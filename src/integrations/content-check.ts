/**
 * Runs the project's content check before Astro builds anything. On an error it prints the same
 * file/field/fix blocks as `npm run check:content` and stops the build, so half a site is never
 * published and the messages are readable (Astro's own schema errors are raw).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runContentCheck } from '../lib/check/run';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const ok = runContentCheck(root, { log: (m) => logger.info(m), error: (m) => console.error(m) });
        if (!ok) {
          // A clean message and exit code, never a stack trace.
          process.exit(1);
        }
      },
    },
  };
}
