import { startStaticServer } from './project/index'

/** `node scripts/run.mjs serve [dir] [port] [base]`: serve a built deck on localhost. */
const [dir = 'dist', port = '0', base = '/'] = process.argv.slice(2)
const server = await startStaticServer(dir, { port: Number(port), base })
console.log(`serving ${dir} at ${server.url}`)
