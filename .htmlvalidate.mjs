// Rules for the valid-HTML gate (`npm run check:site`, src/lib/quality/html-validate.ts): every
// rule of html-validate's recommended preset, except the few below that are wrong for this site.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes the templates' indentation as it is (compressHTML is off so the built pages stay
    // readable and diffable); trailing spaces there are harmless and not ours to hand-format.
    'no-trailing-whitespace': 'off',
    // A document's title is its trích yếu, as written by the issuer, and long by nature; cutting it
    // to 70 characters for search-engine snippets would lose what the document is about.
    'long-title': 'off',
    // role="list" on a styled <ol>/<ul> is deliberate: Safari/VoiceOver drop list semantics from
    // lists with list-style: none, and the search results must be announced as a list.
    'no-redundant-role': 'off',
  },
});
