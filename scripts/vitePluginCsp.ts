/**
 * Adds a strict Content-Security-Policy to the built index.html (not in dev, where Vite's HMR
 * needs an inline preamble). No inline script and no eval; Trusted Types required for script
 * sinks, with one policy that admits only the app's own workers (analysis, offline): nothing may
 * turn a string into HTML or script.
 *
 * No frame-ancestors (a <meta> policy could not carry it anyway) and no X-Frame-Options: the
 * embed code (More ways to share) puts the simulator in a frame on course pages and learning
 * platforms of any site, so a host that serves the build must not forbid framing either.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: only for the chart download as PNG: the exported SVG is loaded into an Image from a
  // blob: URL of the page's own making, then drawn on a canvas (src/ui/download.ts).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // One named policy, used only to start the app's own workers: the analysis worker and the
  // offline service worker (src/app/trustedScripts.ts).
  'trusted-types nac-scripts',
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'nac-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
