import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { endpointOnDemand } from '../../scripts/project/endpointOnDemand'

/** A response that records what the endpoint sent. */
function recordingResponse() {
  const sent = { status: 0, headers: {} as Record<string, string>, body: '' }
  const response = {
    set statusCode(status: number) { sent.status = status },
    setHeader(name: string, value: string) { sent.headers[name.toLowerCase()] = value },
    end(body = '') { sent.body = body },
  } as unknown as ServerResponse
  return { response, sent }
}
const request = {} as IncomingMessage

const answering = (body: string) => async (_: IncomingMessage, response: ServerResponse) => {
  response.statusCode = 201
  response.end(body)
}

describe('endpointOnDemand', () => {
  it('loads the endpoint with the first request, once, and hands every request to it', async () => {
    let loads = 0
    const endpoint = endpointOnDemand(async () => {
      loads++
      return answering('saved')
    })
    expect(loads).toBe(0)
    const [first, second] = [recordingResponse(), recordingResponse()]
    // Two requests while it loads: one load serves both.
    await Promise.all([endpoint(request, first.response), endpoint(request, second.response)])
    await endpoint(request, recordingResponse().response)
    expect(loads).toBe(1)
    expect([first.sent.status, first.sent.body, second.sent.body]).toEqual([201, 'saved', 'saved'])
  })

  it('answers 500 naming the failure when the endpoint fails to load, and loads it again for the next request', async () => {
    let loads = 0
    const endpoint = endpointOnDemand(async () => {
      loads++
      if (loads === 1)
        throw new Error('Cannot find module ./rehearsal/index')
      return answering('saved')
    })
    const failed = recordingResponse()
    await endpoint(request, failed.response)
    expect(failed.sent.status).toBe(500)
    expect(failed.sent.headers['content-type']).toMatch(/^application\/json/)
    expect(JSON.parse(failed.sent.body)).toMatchObject({ ok: false, error: expect.stringContaining('Cannot find module ./rehearsal/index') })

    const retried = recordingResponse()
    await endpoint(request, retried.response)
    expect([loads, retried.sent.status, retried.sent.body]).toEqual([2, 201, 'saved'])
  })
})
