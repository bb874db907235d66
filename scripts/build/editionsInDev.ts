import type { ChildProcess } from 'node:child_process'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin, ViteDevServer } from 'vite'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { join, resolve } from 'node:path'
import { ALL_EDITIONS, editionFileOf, editionLangOf, SOURCE_LANG, sourceFileOf } from '../edition/index.ts'
import { freePort } from '../project/index.ts'
import { builtDecks } from './deckSources.ts'

/**
 * `npm run dev` serves every edition: the source deck at `/`, a translation
 * at `/<lang>/` (`/en/12`). A translation has a Slidev dev server of its own
 * (with base `/<lang>/`, hot reload included), started the first time its
 * address is asked for, so opening the Chinese deck costs nothing more; the
 * source's server passes that edition's requests and its hot-reload socket
 * on to it. Both listen on localhost only. A save of slides.md updates the
 * translation too: its numbers and layouts are read from there.
 */

async function waitUntilServing(port: number, base: string, child: ChildProcess): Promise<void> {
  const started = Date.now()
  let exited = false
  child.once('exit', () => { exited = true })
  while (!exited && Date.now() - started < 120_000) {
    const ok = await new Promise<boolean>((answer) => {
      const probe = request({ host: '127.0.0.1', port, path: base, method: 'HEAD' }, (response) => {
        response.resume()
        answer((response.statusCode ?? 500) < 500)
      })
      probe.once('error', () => answer(false))
      probe.end()
    })
    if (ok)
      return
    await new Promise(wake => setTimeout(wake, 250))
  }
  throw new Error(`${base} 的开发服务器没有启动 / the dev server for ${base} did not start`)
}

export function editionsInDev(): Plugin {
  /** Each translation's dev server, by base, as the port it serves on once it is up. */
  const servers = new Map<string, Promise<number>>()
  const children: ChildProcess[] = []
  let root = process.cwd()

  function serverFor(base: string, file: string): Promise<number> {
    let server = servers.get(base)
    if (!server) {
      server = freePort().then(async (port) => {
        const child = spawn(process.execPath, [join(root, 'node_modules/@slidev/cli/bin/slidev.mjs'), file, '--base', base, '--port', String(port), '--bind', '127.0.0.1', '--open', 'false'], { cwd: root, stdio: 'ignore' })
        children.push(child)
        await waitUntilServing(port, base, child)
        return port
      })
      servers.set(base, server)
    }
    return server
  }

  /** The translation whose address `url` is under, if any: its base and deck file. */
  function editionOf(url: string, entry: string): { base: string, file: string } | undefined {
    for (const edition of ALL_EDITIONS) {
      if (edition.lang === SOURCE_LANG || !url.startsWith(edition.base))
        continue
      const file = editionFileOf(entry, edition.lang)
      return existsSync(file) ? { base: edition.base, file } : undefined
    }
    return undefined
  }

  function proxyUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, port: number) {
    const upstream = connect(port, '127.0.0.1', () => {
      const headers = Object.entries(req.headers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map(item => `${name}: ${item}`))
      upstream.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${headers.join('\r\n')}\r\n\r\n`)
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.once('error', () => socket.destroy())
    socket.once('error', () => upstream.destroy())
  }

  return {
    name: 'deck:editions-in-dev',
    apply: 'serve',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    configureServer(vite: ViteDevServer) {
      const entry = resolve(root, builtDecks(process.argv.slice(2))[0])
      // A translation's own server serves itself, and reads its numbers and layouts from the source deck: a save
      // there (a value changed in slides.md) reloads the translation as a save of its own file would.
      if (editionLangOf(entry) !== SOURCE_LANG) {
        const source = sourceFileOf(entry)
        vite.watcher.add(source)
        vite.watcher.on('change', (file) => {
          if (resolve(file) === source)
            vite.watcher.emit('change', entry)
        })
        return
      }
      vite.middlewares.use((req, res, next) => {
        const edition = editionOf(req.url ?? '', entry)
        if (!edition)
          return next()
        serverFor(edition.base, edition.file).then((port) => {
          const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers }, (response) => {
            res.writeHead(response.statusCode ?? 502, response.headers)
            response.pipe(res)
          })
          upstream.once('error', error => next(error))
          req.pipe(upstream)
        }, error => next(error))
      })
      vite.httpServer?.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const edition = editionOf(req.url ?? '', entry)
        if (!edition)
          return
        serverFor(edition.base, edition.file).then(port => proxyUpgrade(req, socket, head, port), () => socket.destroy())
      })
      vite.httpServer?.once('close', () => {
        for (const child of children)
          child.kill()
      })
    },
  }
}
