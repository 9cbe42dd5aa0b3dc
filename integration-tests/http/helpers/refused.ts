/**
 * The answer to a request the test expects the server to refuse, or null when it was accepted. The
 * runner's `api` is axios, which throws on any answer that is not 2xx.
 */
export const fail = (request: Promise<unknown>): Promise<any> =>
  request.then(
    () => null,
    (err: any) => err.response
  )
