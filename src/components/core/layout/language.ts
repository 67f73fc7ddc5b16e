import type { Language } from '../locale.js';

/** A text in both languages, picked by the reader's language. */
export type Bilingual<T> = Record<Language, T>;
