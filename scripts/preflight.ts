import { readFileSync } from 'node:fs'
import { ensureBrowser } from './preflight/index'
import { detectSystem, missingRequirements, preflightReport } from './preflight/index'
import { defaultToolSearch } from './preflight/index'

// `npm test`'s first step (after node.cjs, the Node version): everything the
// tests need from outside npm, or one short list of what is missing and a stop.

function osRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8')
  }
  catch {
    return ''
  }
}

const missing = missingRequirements({ tools: defaultToolSearch(), browser: () => ensureBrowser() })
if (missing.length > 0) {
  console.error(preflightReport(missing, detectSystem(process.platform, process.platform === 'linux' ? osRelease() : '')))
  process.exit(1)
}
