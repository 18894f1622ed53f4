// Builds the web UI (src/web/ui) into dist/ui, which `claimlog serve` serves under /ui/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web/ui',
  base: '/ui/',
  logLevel: 'warn',
  build: {
    outDir: '../../../dist/ui',
    emptyOutDir: true,
    target: 'es2022',
    // The served CSP allows no inline script, so nothing may be inlined or polyfilled into the page.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
