/** Site-wide settings, set in one place. */
export const SITE_NAME = 'AI CSAM Law';
/** The repository where errors are reported (issue form) and the code lives. */
export const REPO_URL = 'https://github.com/ai-csam-law/knowledge-base';
