import type { Dispatcher } from 'undici';
import { mapDispatchErrors } from './map-dispatch-errors.ts';
import type { Route } from './route.ts';

/** Which way a failed request went, so its error can name the proxy instead of only the host. */
export interface RouteLabel {
  kind: Route['kind'];
  /** 'direct' or the masked proxy URL, plus the TLS-verification-off marker when it applies. */
  via: string;
  /** The masked proxy URL alone; absent when direct. */
  proxy?: string;
}

const labels = new WeakMap<object, RouteLabel>();

/** The label a Promptwire dispatcher put on this error, looking through causes as classify does. */
export function routeLabelOf(error: unknown, depth = 0): RouteLabel | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  return labels.get(error) ?? routeLabelOf((error as { cause?: unknown }).cause, depth + 1);
}

/**
 * An interceptor that labels every error of a request with its route. The chat runner only
 * passes errors on, so the label travels with the error to classifyNetworkError whoever calls it.
 */
export function labelRouteErrors(routeLabel: RouteLabel): Dispatcher.DispatcherComposeInterceptor {
  return mapDispatchErrors((error) => {
    if (!labels.has(error)) labels.set(error, routeLabel);
    return error;
  });
}
