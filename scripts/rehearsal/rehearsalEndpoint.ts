import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RehearsalRecord } from '../../components/pacing/rehearsalRecord.ts'
import type { TalkPlanResult } from '../../components/pacing/talkPlan.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MAX_RECORD_BYTES, planMismatches, rehearsalFileName, validateRehearsalRecord } from '../../components/pacing/rehearsalRecord.ts'

export interface RehearsalEndpointOptions {
  /** The folder records go to; the file name is made here from the clock, never from the request. */
  folder: string
  /** The deck's current talk plan; a record must match it. */
  /** The talk plan of every edition of the deck: a rehearsal from any of their presenter views is accepted. */
  readPlans: () => TalkPlanResult[]
  now?: () => Date
}

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

class Rejection extends Error {
  constructor(readonly status: number, message: string, readonly problems: string[] = []) {
    super(message)
  }
}

function checkSender(request: IncomingMessage): void {
  // Both ends on loopback: a page opened on the share mode's LAN address is refused, even from this machine.
  // Nor one a reverse proxy on this machine passes on from elsewhere.
  const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined
  if (forwarded || !LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '') || !LOOPBACK_ADDRESSES.has(request.socket.localAddress ?? ''))
    throw new Rejection(403, '只接受本机（localhost）发来的排练记录')
  const origin = request.headers.origin
  if (origin !== undefined && !(URL.canParse(origin) && LOCAL_HOSTNAMES.has(new URL(origin).hostname)))
    throw new Rejection(403, `只接受本机页面发来的排练记录，来源是 ${origin}`)
  if (request.method !== 'POST')
    throw new Rejection(405, '只接受 POST')
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
    throw new Rejection(415, '排练记录应以 application/json 发送')
  if (Number(request.headers['content-length'] ?? 0) > MAX_RECORD_BYTES)
    throw new Rejection(413, `排练记录超过 ${MAX_RECORD_BYTES} 字节`)
}

/** The request body, refused once it grows past the limit. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_RECORD_BYTES) {
        request.removeAllListeners('data')
        request.resume()
        reject(new Rejection(413, `排练记录超过 ${MAX_RECORD_BYTES} 字节`))
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function parseRecord(body: string, plans: TalkPlanResult[]): RehearsalRecord {
  let input: unknown
  try {
    input = JSON.parse(body)
  }
  catch {
    throw new Rejection(400, '排练记录不是合法的 JSON')
  }
  const result = validateRehearsalRecord(input)
  if (!result.ok)
    throw new Rejection(400, '排练记录格式有误', result.problems)
  const readable = plans.flatMap(plan => plan.ok ? [plan.plan] : [])
  if (readable.length === 0)
    throw new Rejection(409, '演示稿的计时计划有误，无法核对排练记录', plans.flatMap(plan => plan.ok ? [] : plan.problems))
  // The edition the record was taken in is the one whose plan it matches.
  const mismatches = readable.map(plan => planMismatches(result.record, plan))
  if (!mismatches.some(found => found.length === 0))
    throw new Rejection(409, '排练记录与演示稿的计时计划不一致', mismatches[0])
  return result.record
}

/** Writes under a new name made from the clock; never replaces a file. */
async function writeRecord(folder: string, record: RehearsalRecord, now: Date): Promise<string> {
  await mkdir(folder, { recursive: true })
  for (let attempt = 0; ; attempt++) {
    const name = rehearsalFileName(new Date(now.getTime() + attempt))
    try {
      await writeFile(join(folder, name), `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' })
      return name
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100)
        throw error
    }
  }
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  if (status === 413)
    response.setHeader('Connection', 'close')
  response.end(JSON.stringify(body))
}

/** Node request handler: accepts a well-formed record from localhost and writes it to `folder`. */
export function rehearsalEndpoint({ folder, readPlans, now = () => new Date() }: RehearsalEndpointOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      checkSender(request)
      const record = parseRecord(await readBody(request), readPlans())
      const name = await writeRecord(folder, record, now())
      reply(response, 201, { ok: true, file: `${basename(folder)}/${name}` })
    }
    catch (error) {
      if (error instanceof Rejection)
        reply(response, error.status, { ok: false, error: error.message, problems: error.problems })
      else
        reply(response, 500, { ok: false, error: `保存排练记录失败：${(error as Error).message}`, problems: [] })
    }
  }
}
