/**
 * The interface languages of the app, the one definition used by core (scenario names, comparison summaries, import
 * and error messages), the store and the UI tables.
 */

/** The languages the app speaks, in the order the language switch lists them. */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One interface language: simplified Chinese or English. */
export type Locale = (typeof LOCALES)[number];
