/**
 * The page's one Trusted Types policy. Under `require-trusted-types-for 'script'` both a module
 * Worker and a service worker's registration take a TrustedScriptURL. The CSP admits one policy
 * (created once: a second createPolicy with its name throws), and the policy admits exactly the
 * two scripts the build made for them: the analysis worker and the offline service worker.
 */
import workerUrl from './analysis.worker.ts?worker&url';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

/** The policy's name, as the Content-Security-Policy's `trusted-types` directive lists it. */
const SCRIPT_POLICY = 'nac-scripts';

/** The scripts the page may start, by what they are. */
const SCRIPTS = {
  analysis: workerUrl,
  // Written by vite-plugin-pwa beside index.html, at the app's base (vite.config.ts).
  offline: `${import.meta.env.BASE_URL}sw.js`,
} as const;

let policy: { createScriptURL(url: string): unknown } | null = null;

/**
 * The URL of one of the app's own scripts, as a TrustedScriptURL where the browser enforces
 * Trusted Types (typed as a string, which is what Worker and register() also take without them).
 */
export function trustedScriptUrl(script: keyof typeof SCRIPTS): string {
  const url = new URL(SCRIPTS[script], window.location.href).href;
  const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  if (!policy) {
    // The scripts' addresses, resolved once: the page's path does not change, only its fragment.
    const allowed = new Set(Object.values(SCRIPTS).map((s) => new URL(s, url).href));
    policy = tt.createPolicy(SCRIPT_POLICY, {
      createScriptURL: (candidate) => {
        if (!allowed.has(candidate))
          throw new TypeError('only the app’s own workers may be loaded');
        return candidate;
      },
    });
  }
  return policy.createScriptURL(url) as string;
}
