import { createServer } from 'node:net'

/** A localhost port nobody listens on now, chosen by the system (port 0): two checkouts can run side by side. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolvePort(port))
    })
  })
}
