import { loadLanguage } from '../../src/components/core/i18n.js';

// Unit tests call layouts and text helpers with `strings('ar')` directly, as the static renderer
// does. An element imports a language's texts when its language first resolves to it (see
// `loadLanguage`); here every table is declared (each chart's *.strings.ts) and Arabic loaded
// before any test runs.
import.meta.glob('../../src/components/**/*.strings.ts', { eager: true });
await loadLanguage('ar');
