/** The parser and validator, loaded on first use: yaml and zod stay out of the first visit. */
export const loadScenarioParser = () => import('../scenario/files');
