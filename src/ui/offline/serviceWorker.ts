// Installable and offline. The build generates a Workbox service worker (vite-plugin-pwa, vite.config.ts) that
// precaches the whole site — code, WebAssembly, fonts, the MNIST digits and the classifier — so that after one
// visit the page opens and trains with no network. A new deploy installs beside the old one and waits; the page
// says so (UpdateReady.tsx) and switches when asked, which reloads the page onto the new version.
// Registered once the page is up, from a chunk loaded on demand: nothing here counts towards the first load.

type Listener = () => void;

let applyUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

/** Whether a new version is installed and waiting, for useSyncExternalStore. */
export const updateReady = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => applyUpdate !== null,
  /** Activates the waiting version and reloads the page onto it. */
  apply: (): Promise<void> => applyUpdate?.() ?? Promise.resolve(),
};

export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    onNeedRefresh() {
      applyUpdate = () => update(true);
      listeners.forEach((l) => l());
    },
    // Without a service worker (blocked, private mode) the page works as before, online only.
    onRegisterError: () => undefined,
  });
}
