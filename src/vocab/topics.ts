/** Comparison topics. Their questions and prose live in content/topics/<id>.mdx. */
export const TOPICS = [
  'csa-image-generators',
  'ai-csam-offences',
  'private-possession',
  'instructional-material',
  'nudification-tools',
  'chatbots',
  'platform-duties',
  'ai-model-safety',
  'sextortion',
  'penalties',
] as const;
export type TopicId = (typeof TOPICS)[number];

/** True when `s` is a topic id. */
export const isTopicId = (s: string): s is TopicId => (TOPICS as readonly string[]).includes(s);

export const TOPIC_LABELS: Record<TopicId, string> = {
  'csa-image-generators': 'CSA image generators',
  'ai-csam-offences': 'Making, possessing and distributing AI CSAM',
  'private-possession': 'Private possession as an offence',
  'instructional-material': 'Instructional material ("manuals")',
  'nudification-tools': 'Nudification tools',
  chatbots: 'Chatbots',
  'platform-duties': 'Platform duties',
  'ai-model-safety': 'AI model safety and testing',
  sextortion: 'Sextortion',
  penalties: 'Penalties',
};
