// Keys are checked at compile time against the Dutch catalog.
import 'i18next';
import type { nl } from './nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}
