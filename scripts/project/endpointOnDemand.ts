import type { RequestHandler } from './staticServer.ts'

/**
 * An endpoint whose code loads with its first request, so a server starts
 * without it. Requests that arrive while it loads wait for the same load.
 * Should the load fail, the request gets a 500 that says so (the server goes
 * on serving) and the next request loads it again.
 */
export function endpointOnDemand(load: () => Promise<RequestHandler>): RequestHandler {
  let handler: Promise<RequestHandler> | undefined
  return async (request, response) => {
    handler ??= load()
    let endpoint: RequestHandler
    try {
      endpoint = await handler
    }
    catch (error) {
      handler = undefined
      response.statusCode = 500
      response.setHeader('Content-Type', 'application/json; charset=utf-8')
      response.end(JSON.stringify({ ok: false, error: `接口未能加载 / the endpoint failed to load: ${(error as Error).message}`, problems: [] }))
      return
    }
    return endpoint(request, response)
  }
}
