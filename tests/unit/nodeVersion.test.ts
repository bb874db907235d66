import type * as NodeCheck from '../../scripts/preflight/node.cjs'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// node.cjs is plain CommonJS so that old Node versions can run it; load it as they do.
const { nodeVersionProblem, requiredNodeRange, satisfiesRange } = createRequire(import.meta.url)('../../scripts/preflight/node.cjs') as typeof NodeCheck
const ROOT = resolve(import.meta.dirname, '../..')

describe('satisfiesRange', () => {
  it('reads the comparators engines fields use', () => {
    expect(satisfiesRange('v20.12.0', '>=20.12')).toBe(true)
    expect(satisfiesRange('v20.11.1', '>=20.12')).toBe(false)
    expect(satisfiesRange('v22.1.0', '>=20.12')).toBe(true)
    expect(satisfiesRange('v20.19.0', '^20.19.0 || >=22.12.0')).toBe(true)
    expect(satisfiesRange('v21.7.0', '^20.19.0 || >=22.12.0')).toBe(false)
    expect(satisfiesRange('v22.12.0', '^20.19.0 || >=22.12.0')).toBe(true)
    expect(satisfiesRange('v20.5.0', '>= 18 < 20')).toBe(false)
    expect(satisfiesRange('v19.9.0', '>= 18 < 20')).toBe(true)
  })

  it('refuses a range it cannot read rather than passing it', () => {
    expect(() => satisfiesRange('v20.12.0', '~20.12')).toThrow('engines.node')
  })
})

describe('nodeVersionProblem', () => {
  it('is null on a Node the engines field allows', () => {
    expect(nodeVersionProblem('>=20.12', 'v20.20.2')).toBeNull()
  })

  it('says in one line which version is needed and which one runs', () => {
    const problem = nodeVersionProblem('>=20.12', 'v18.20.8')
    expect(problem).toBe('需要 Node.js >=20.12，当前是 v18.20.8。/ This project needs Node.js >=20.12; this is Node.js v18.20.8.')
  })

  it('reads the version needed from package.json', () => {
    expect(requiredNodeRange()).toBe(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).engines.node)
    expect(satisfiesRange(process.version, requiredNodeRange())).toBe(true)
  })
})

describe('where the check runs', () => {
  const scripts = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>

  it('comes first in npm ci (preinstall), npm run dev and npm test', () => {
    expect(scripts.preinstall).toBe('node scripts/preflight/node.cjs')
    for (const name of ['dev', 'test', 'test:e2e'])
      expect(scripts[name], name).toMatch(/^node scripts\/preflight\/node\.cjs && /)
    // The tools' preflight, then the type check (side by side with the unit tests and the build): nothing runs before both checks.
    expect(scripts.test).toMatch(/^node scripts\/preflight\/node\.cjs && node scripts\/run\.mjs preflight && run-p [^&]*\btypecheck\b/)
  })

  it('passes silently on this Node', async () => {
    expect(await promisify(execFile)(process.execPath, ['scripts/preflight/node.cjs'], { cwd: ROOT })).toEqual({ stdout: '', stderr: '' })
  })
})
