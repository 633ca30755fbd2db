import type { Dispatcher } from 'undici';

/**
 * An interceptor that passes every error of a request through `map` before the caller sees it,
 * and leaves everything else untouched.
 */
export function mapDispatchErrors(map: (error: Error) => Error): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) => {
    const mapped: Dispatcher.DispatchHandler = {
      onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
      onRequestUpgrade: (controller, statusCode, headers, socket) =>
        handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
      onResponseStart: (controller, statusCode, headers, statusMessage) =>
        handler.onResponseStart?.(controller, statusCode, headers, statusMessage),
      onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
      onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
      onResponseError: (controller, error) => handler.onResponseError?.(controller, map(error)),
    };
    // Callbacks undici calls only when present stay absent when the caller has none.
    if (handler.onBodySent) mapped.onBodySent = (chunk) => handler.onBodySent?.(chunk);
    if (handler.onRequestSent) mapped.onRequestSent = () => handler.onRequestSent?.();
    if (handler.onResponseStarted) mapped.onResponseStarted = () => handler.onResponseStarted?.();
    try {
      return dispatch(options, mapped);
    } catch (error) {
      throw error instanceof Error ? map(error) : error;
    }
  };
}
