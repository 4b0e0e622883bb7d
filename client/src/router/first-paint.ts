import type { RouteLocationNormalizedLoaded, Router } from "vue-router";
import { useSession } from "../composables/useSession.js";

declare module "vue-router" {
  interface RouteMeta {
    /** Starts fetching the public data the route's page shows first, before the page exists. */
    prefetch?: (route: RouteLocationNormalizedLoaded) => Promise<void>;
  }
}

/**
 * Resolves when the first page can show whole — its code, the session and the data it shows
 * first have arrived — or after `limitMs`, whichever is sooner; never rejects. Mounting the app
 * then makes the first paint the page itself, not "Loading…" and then a long render of it.
 */
export function firstPageReady(router: Router, limitMs = 3000): Promise<void> {
  const ready = (async () => {
    await router.isReady();
    const route = router.currentRoute.value;
    await Promise.all([useSession().load(), route.meta.prefetch?.(route)]);
  })().catch(() => undefined);
  return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
