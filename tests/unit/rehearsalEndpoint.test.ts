import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECORD_BYTES, REHEARSAL_ENDPOINT } from '../../components/pacing/rehearsalRecord'
import { rehearsalEndpoint } from '../../scripts/rehearsal/rehearsalEndpoint'
import { PLAN, sampleRecord } from '../support/rehearsalSample'

const work = mkdtempSync(join(tmpdir(), 'rehearsal-endpoint-'))
const folder = join(work, 'rehearsals')
const NOW = new Date('2026-11-28T14:33:52.123Z')
const handler = rehearsalEndpoint({ folder, readPlans: () => [{ ok: true, plan: PLAN }], now: () => NOW })
const server = createServer((request, response) => void handler(request, response))
let url = ''

beforeAll(async () => {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${REHEARSAL_ENDPOINT}`
})
afterAll(() => {
  server.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(() => rmSync(folder, { recursive: true, force: true }))

/** Every file under the work folder, so a write outside rehearsals/ would show too. */
function writtenFiles(): string[] {
  return readdirSync(work, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name))
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit)
}

async function expectRejected(response: Response, status: number, error: string) {
  expect(response.status).toBe(status)
  expect(await response.json()).toMatchObject({ ok: false, error: expect.stringContaining(error) })
  expect(writtenFiles()).toEqual([])
}

describe('the rehearsal endpoint', () => {
  it('writes a well-formed record to rehearsals/<date-time>.json, named by its own clock', async () => {
    const response = await post(JSON.stringify(sampleRecord()))
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ ok: true, file: 'rehearsals/2026-11-28T14-33-52-123Z.json' })
    expect(writtenFiles()).toEqual([join(folder, '2026-11-28T14-33-52-123Z.json')])
    expect(JSON.parse(readFileSync(join(folder, '2026-11-28T14-33-52-123Z.json'), 'utf8'))).toEqual(sampleRecord())
  })

  it('never replaces a record: a second one in the same millisecond gets the next name', async () => {
    await post(JSON.stringify(sampleRecord()))
    expect(await (await post(JSON.stringify(sampleRecord()))).json()).toEqual({ ok: true, file: 'rehearsals/2026-11-28T14-33-52-124Z.json' })
    expect(writtenFiles()).toHaveLength(2)
  })

  it('rejects wrong types, naming the field', async () => {
    const record = sampleRecord() as any
    record.slides[1].actualSeconds = '100'
    const response = await post(JSON.stringify(record))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: '排练记录格式有误', problems: [expect.stringMatching(/^slides\[1\]\.actualSeconds: /)] })
    expect(writtenFiles()).toEqual([])
  })

  it('rejects path tricks in the fields', async () => {
    await expectRejected(await post(JSON.stringify({ ...sampleRecord(), file: '../../package.json' })), 400, '格式有误')
    const titled = sampleRecord()
    titled.slides[0].title = '../../../../tmp/evil'
    await expectRejected(await post(JSON.stringify(titled)), 409, '不一致')
    const numbered = sampleRecord() as any
    numbered.slides[0].no = '../../1'
    await expectRejected(await post(JSON.stringify(numbered)), 400, '格式有误')
  })

  it('rejects a huge body, declared or streamed without a length', async () => {
    const huge = JSON.stringify({ ...sampleRecord(), padding: 'x'.repeat(MAX_RECORD_BYTES) })
    await expectRejected(await post(huge), 413, '超过')
    const chunks = Readable.toWeb(Readable.from(Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 'x')))) as ReadableStream
    await expectRejected(await post(chunks), 413, '超过')
  })

  it('rejects what is not JSON, not POST, not sent as JSON, or sent from another site', async () => {
    await expectRejected(await post('{"slides": ['), 400, '不是合法的 JSON')
    await expectRejected(await fetch(url), 405, 'POST')
    await expectRejected(await post(JSON.stringify(sampleRecord()), { 'Content-Type': 'text/plain' }), 415, 'application/json')
    await expectRejected(await post(JSON.stringify(sampleRecord()), { Origin: 'https://evil.example' }), 403, 'evil.example')
  })

  it('takes the origin\'s host whole: a site whose name starts like this machine\'s is another site', async () => {
    for (const origin of ['http://localhost.evil.example', 'http://localhost.evil.example:3030', 'http://127.0.0.1.evil.example', 'http://evil.example/localhost', 'null'])
      await expectRejected(await post(JSON.stringify(sampleRecord()), { Origin: origin }), 403, origin)
    for (const origin of ['http://localhost:3030', 'http://127.0.0.1:41234', 'http://[::1]:3030']) {
      const response = await post(JSON.stringify(sampleRecord()), { Origin: origin })
      expect(response.status, origin).toBe(201)
    }
  })

  it('rejects a record when the deck\'s own plan cannot be read', async () => {
    const broken = rehearsalEndpoint({ folder, readPlans: () => [{ ok: false, problems: ['第 2 页…'] }] })
    const reply = fakeResponse()
    await broken(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), reply as any)
    expect(reply.statusCode).toBe(409)
    expect(writtenFiles()).toEqual([])
  })

  it('rejects a request from another machine', async () => {
    const reply = fakeResponse()
    await handler(fakeRequest('192.0.2.7', JSON.stringify(sampleRecord())), reply as any)
    expect(reply.statusCode).toBe(403)
    expect(JSON.parse(reply.body).error).toContain('只接受本机')
    expect(writtenFiles()).toEqual([])
  })

  it('rejects a request made on this machine to the share mode\'s LAN address', async () => {
    const reply = fakeResponse()
    await handler(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord()), '127.0.0.2'), reply as any)
    expect(reply.statusCode).toBe(403)
    expect(writtenFiles()).toEqual([])
  })

  it('rejects a request a reverse proxy on this machine passes on', async () => {
    for (const header of ['x-forwarded-for', 'forwarded']) {
      const reply = fakeResponse()
      const request = fakeRequest('127.0.0.1', JSON.stringify(sampleRecord()))
      request.headers[header] = header === 'forwarded' ? 'for=192.168.1.31' : '192.168.1.31'
      await handler(request, reply as any)
      expect(reply.statusCode, header).toBe(403)
    }
    expect(writtenFiles()).toEqual([])
  })

  it('answers in JSON, every refusal with its problems (none but the record\'s own), and closes the connection after a body too large', async () => {
    const refused = await post(JSON.stringify(sampleRecord()), { 'Content-Type': 'text/plain; application/json' })
    expect(refused.status).toBe(415)
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await refused.json()).toEqual({ ok: false, error: '排练记录应以 application/json 发送', problems: [] })
    // Declared too large, whatever the body: refused before it is read.
    const reply = fakeResponse()
    const request = fakeRequest('127.0.0.1', JSON.stringify(sampleRecord()))
    request.headers['content-length'] = String(MAX_RECORD_BYTES + 1)
    await handler(request, reply as any)
    expect(reply.statusCode).toBe(413)
    expect(reply.headers).toMatchObject({ 'Connection': 'close', 'Content-Type': 'application/json; charset=utf-8' })
    expect(writtenFiles()).toEqual([])
  })

  it('reads a body of exactly the limit: it is refused for what it says, not for its size', async () => {
    const atLimit = `{"padding": "${'x'.repeat(MAX_RECORD_BYTES - 16)}"`.padEnd(MAX_RECORD_BYTES, ' ')
    expect(Buffer.byteLength(atLimit)).toBe(MAX_RECORD_BYTES)
    await expectRejected(await post(atLimit), 400, '不是合法的 JSON')
  })

  it('takes a record that matches any edition\'s plan, and names the plan\'s own problems when none can be read', async () => {
    const other = { ...PLAN, slides: PLAN.slides.slice(1) }
    const either = rehearsalEndpoint({ folder, readPlans: () => [{ ok: true, plan: other }, { ok: true, plan: PLAN }], now: () => NOW })
    const written = fakeResponse()
    await either(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), written as any)
    expect(written.statusCode).toBe(201)
    expect(written.headers, 'only a body too large ends the connection').not.toHaveProperty('Connection')
    const broken = rehearsalEndpoint({ folder, readPlans: () => [{ ok: true, plan: other }, { ok: false, problems: ['第 2 页缺少计时提示'] }] })
    const refused = fakeResponse()
    await broken(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), refused as any)
    expect(refused.statusCode).toBe(409)
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: '排练记录与演示稿的计时计划不一致' })
    const unreadable = rehearsalEndpoint({ folder, readPlans: () => [{ ok: false, problems: ['第 2 页缺少计时提示'] }, { ok: false, problems: ['第 3 页缺少计时提示'] }] })
    const noPlan = fakeResponse()
    await unreadable(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), noPlan as any)
    expect(JSON.parse(noPlan.body)).toEqual({ ok: false, error: '演示稿的计时计划有误，无法核对排练记录', problems: ['第 2 页缺少计时提示', '第 3 页缺少计时提示'] })
  })

  it('takes the next free name when the clock\'s names are taken, names its file by the real clock by default, and says why a record could not be written', async () => {
    mkdirSync(folder, { recursive: true })
    for (const name of ['2026-11-28T14-33-52-123Z.json', '2026-11-28T14-33-52-124Z.json'])
      writeFileSync(join(folder, name), '{}')
    expect(await (await post(JSON.stringify(sampleRecord()))).json()).toEqual({ ok: true, file: 'rehearsals/2026-11-28T14-33-52-125Z.json' })
    const before = Date.now()
    const clocked = fakeResponse()
    await rehearsalEndpoint({ folder, readPlans: () => [{ ok: true, plan: PLAN }] })(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), clocked as any)
    const file = JSON.parse(clocked.body).file as string
    const stamp = Date.parse(file.replace(/^rehearsals\/(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.json$/, '$1T$2:$3:$4.$5Z'))
    expect(stamp).toBeGreaterThanOrEqual(before)
    expect(stamp).toBeLessThanOrEqual(Date.now())
    const blocked = join(work, 'a-file')
    writeFileSync(blocked, '')
    const failed = fakeResponse()
    await rehearsalEndpoint({ folder: join(blocked, 'rehearsals'), readPlans: () => [{ ok: true, plan: PLAN }], now: () => NOW })(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), failed as any)
    expect(failed.statusCode).toBe(500)
    expect(JSON.parse(failed.body)).toEqual({ ok: false, error: expect.stringMatching(/^保存排练记录失败：.*(ENOTDIR|EEXIST)/), problems: [] })
    rmSync(blocked)
  })

  it('gives up after 101 taken names in a row, saying the name was taken, and writes nothing', async () => {
    mkdirSync(folder, { recursive: true })
    const taken = Array.from({ length: 101 }, (_, attempt) => `${new Date(NOW.getTime() + attempt).toISOString().replace(/[:.]/g, '-')}.json`)
    for (const name of taken)
      writeFileSync(join(folder, name), '{}')
    const response = fakeResponse()
    await handler(fakeRequest('127.0.0.1', JSON.stringify(sampleRecord())), response as any)
    expect(response.statusCode).toBe(500)
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: expect.stringMatching(/^保存排练记录失败：.*EEXIST/), problems: [] })
    expect(readdirSync(folder).sort()).toEqual(taken.sort())
  })

  it('answers 500 when the request breaks off while its body is read', async () => {
    const broken = Object.assign(new Readable({ read() { this.destroy(new Error('connection reset')) } }), {
      socket: { remoteAddress: '127.0.0.1', localAddress: '127.0.0.1' },
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    const response = fakeResponse()
    await handler(broken as any, response as any)
    expect(response.statusCode).toBe(500)
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: '保存排练记录失败：connection reset', problems: [] })
    // Only a body too large closes the connection (its rest is not read); other answers keep it.
    expect(response.headers).toEqual({ 'Content-Type': 'application/json; charset=utf-8' })
  })
})

/** A request as Node's HTTP server would hand it over, from `remoteAddress` to the listener on `localAddress`. */
function fakeRequest(remoteAddress: string, body: string, localAddress = '127.0.0.1'): any {
  return Object.assign(Readable.from([Buffer.from(body)]), {
    socket: { remoteAddress, localAddress },
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  })
}

function fakeResponse() {
  return {
    statusCode: 0,
    body: '',
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      this.headers[name] = value
    },
    end(body: string) {
      this.body = body
    },
  }
}
