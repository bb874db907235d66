import type { ToolSearch } from '../../scripts/preflight/tools'
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureBrowser } from '../../scripts/preflight/browser'
import { detectSystem, missingRequirements, preflightReport, REPORT_HEADING, REQUIREMENTS } from '../../scripts/preflight/requirements'
import { defaultToolSearch, findOnPath, findSoffice, USUAL_PLACES } from '../../scripts/preflight/tools'

const ROOT = resolve(import.meta.dirname, '../..')
const folders: string[] = []

afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })))

/** A folder of executables named `commands` (each a shell script that does nothing), to stand in for PATH. */
function binFolder(commands: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'preflight-bin-'))
  folders.push(folder)
  for (const command of commands) {
    writeFileSync(join(folder, command), '#!/bin/sh\nexit 0\n')
    chmodSync(join(folder, command), 0o755)
  }
  return folder
}

/** The real file system, searched on PATH alone (this machine's usual places left out). */
function pathOnly(path: string, platform = 'linux'): ToolSearch {
  return { ...defaultToolSearch(), env: { PATH: path }, platform, usualPlaces: {} }
}

const TOOLS = ['pdfinfo', 'soffice'] as const
const haveBrowser = () => '/usr/bin/chromium'
const noBrowser = (): string => {
  throw new Error('no browser')
}

describe('missingRequirements, with a PATH that lacks each tool in turn', () => {
  it('finds nothing missing when PATH has pdfinfo and soffice and there is a browser', () => {
    expect(missingRequirements({ tools: pathOnly(binFolder(TOOLS)), browser: haveBrowser })).toEqual([])
  })

  it('names poppler when PATH lacks pdfinfo', () => {
    const missing = missingRequirements({ tools: pathOnly(binFolder(['soffice'])), browser: haveBrowser })
    expect(missing.map(requirement => requirement.id)).toEqual(['poppler'])
  })

  it('names LibreOffice when PATH lacks soffice', () => {
    const missing = missingRequirements({ tools: pathOnly(binFolder(['pdfinfo'])), browser: haveBrowser })
    expect(missing.map(requirement => requirement.id)).toEqual(['libreoffice'])
  })

  it('names the browser when none is found or installed, with the first line of what went wrong', () => {
    const missing = missingRequirements({ tools: pathOnly(binFolder(TOOLS)), browser: noBrowser })
    expect(missing.map(requirement => [requirement.id, requirement.detail])).toEqual([['browser', 'no browser']])
  })

  it('names all three, in one list, on a machine with none of them', () => {
    const missing = missingRequirements({ tools: pathOnly(binFolder([])), browser: noBrowser })
    expect(missing.map(requirement => requirement.id)).toEqual(['browser', 'poppler', 'libreoffice'])
  })

  it('does not count a file that is not executable', () => {
    const folder = binFolder(TOOLS)
    chmodSync(join(folder, 'pdfinfo'), 0o644)
    expect(missingRequirements({ tools: pathOnly(folder), browser: haveBrowser }).map(requirement => requirement.id)).toEqual(['poppler'])
  })

  it('searches every folder on PATH', () => {
    const path = [binFolder([]), binFolder(['pdfinfo']), binFolder(['soffice'])].join(':')
    expect(missingRequirements({ tools: pathOnly(path), browser: haveBrowser })).toEqual([])
  })
})

describe('finding the tools', () => {
  it('finds Windows programs through PATHEXT, with PATH spelt Path', () => {
    const found = new Set(['C:\\poppler\\bin\\pdfinfo.EXE'])
    const search: ToolSearch = { env: { Path: 'C:\\Windows;C:\\poppler\\bin', PATHEXT: '.COM;.EXE' }, platform: 'win32', isExecutable: path => found.has(path), usualPlaces: {} }
    expect(findOnPath('pdfinfo', search)).toBe('C:\\poppler\\bin\\pdfinfo.EXE')
    expect(findOnPath('soffice', search)).toBeUndefined()
  })

  it('finds LibreOffice where its installer puts it when PATH lacks soffice', () => {
    const app = binFolder(['soffice'])
    const search: ToolSearch = { ...pathOnly(binFolder([]), 'darwin'), usualPlaces: { soffice: { darwin: [join(app, 'soffice')] } } }
    expect(findSoffice(search)).toBe(join(app, 'soffice'))
    expect(findSoffice({ ...search, platform: 'linux' })).toBeUndefined()
  })

  it('knows LibreOffice\'s places on macOS and Windows', () => {
    expect(USUAL_PLACES.soffice.darwin).toContain('/Applications/LibreOffice.app/Contents/MacOS/soffice')
    expect(USUAL_PLACES.soffice.win32).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe')
  })
})

describe('ensureBrowser', () => {
  it('takes a system browser without asking Playwright', () => {
    let asked = false
    const found = ensureBrowser({ env: {}, platform: 'linux', exists: path => path === '/usr/bin/chromium' }, () => {
      asked = true
      return 'playwright'
    })
    expect(found).toBe('/usr/bin/chromium')
    expect(asked).toBe(false)
  })

  it('leaves the rest to findOrInstallBrowser, and its failure stands', () => {
    expect(ensureBrowser({ env: {}, platform: 'linux', exists: () => false }, () => 'playwright-chromium')).toBe('playwright-chromium')
    expect(() => ensureBrowser({ env: {}, platform: 'linux', exists: () => false }, noBrowser)).toThrow('no browser')
  })

  it('does not look past a CHROMIUM_PATH that does not exist', () => {
    let asked = false
    expect(() => ensureBrowser({ env: { CHROMIUM_PATH: '/nope' }, platform: 'linux', exists: path => path === '/usr/bin/chromium' }, () => {
      asked = true
      throw new Error('CHROMIUM_PATH=/nope does not exist')
    })).toThrow('/nope')
    expect(asked).toBe(true)
  })
})

describe('detectSystem', () => {
  it('tells apt systems, macOS and Windows apart', () => {
    expect(detectSystem('linux', 'ID=debian\nVERSION_ID="12"\n')).toBe('debian')
    expect(detectSystem('linux', 'ID=ubuntu\nID_LIKE=debian\n')).toBe('debian')
    expect(detectSystem('linux', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe('debian')
    expect(detectSystem('darwin')).toBe('macos')
    expect(detectSystem('win32')).toBe('windows')
  })

  it('does not offer apt where there is none', () => {
    expect(detectSystem('linux', 'ID=fedora\nID_LIKE=""\n')).toBe('other')
    expect(detectSystem('linux', '')).toBe('other')
    expect(detectSystem('freebsd')).toBe('other')
  })
})

describe('preflightReport', () => {
  it('is empty when nothing is missing', () => {
    expect(preflightReport([], 'debian')).toBe('')
  })

  it('lists what is missing, why, and the install command for the system', () => {
    const missing = REQUIREMENTS.filter(requirement => requirement.id !== 'browser')
    expect(preflightReport(missing, 'debian').split('\n')).toEqual([
      REPORT_HEADING,
      '- poppler 的 pdfinfo / poppler\'s pdfinfo：读出导出 PDF 的标签树，检查 PDF/UA；pdftotext 量出 PPTX 渲染后每行文字的位置 / reads the exported PDFs\' tag tree for the PDF/UA checks; pdftotext gives the rendered PPTX\'s text lines',
      '    sudo apt-get install -y poppler-utils',
      '- LibreOffice 的 soffice / LibreOffice\'s soffice：打开并渲染导出的 PPTX，检查每页的文字 / opens and renders the exported PPTX to check every slide\'s text',
      '    sudo apt-get install -y --no-install-recommends libreoffice-impress',
    ])
    expect(preflightReport(missing, 'macos')).toContain('    brew install poppler\n')
    expect(preflightReport(missing, 'macos')).toMatch(/ {4}brew install --cask libreoffice$/)
    expect(preflightReport(missing, 'windows')).toContain('    winget install --id TheDocumentFoundation.LibreOffice')
  })

  it('puts what went wrong above the install command', () => {
    const browser = { ...REQUIREMENTS[0], detail: 'CHROMIUM_PATH=/nope 不存在 / does not exist.' }
    expect(preflightReport([browser], 'macos').split('\n').slice(1)).toEqual([
      `- ${browser.what}：${browser.why}`,
      '    CHROMIUM_PATH=/nope 不存在 / does not exist.',
      '    brew install --cask google-chrome',
    ])
  })
})

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

  it('lists every requirement in the preflight\'s words, with its command for each system', () => {
    const phrases = REQUIREMENTS.flatMap(requirement => [requirement.what, requirement.why, ...Object.values(requirement.install)])
    expect(phrases.filter(phrase => !readme.includes(phrase))).toEqual([])
  })
})

describe('the preflight as npm test runs it', { timeout: 30_000 }, () => {
  const run = promisify(execFile)
  /** A PATH with node and `tools` only; the browser is named by CHROMIUM_PATH (a stand-in by default), so nothing is downloaded. */
  async function preflight(tools: readonly string[], browserPath = join(binFolder(['chromium']), 'chromium')) {
    const bin = binFolder(tools)
    mkdirSync(join(bin, 'node-bin'))
    symlinkSync(process.execPath, join(bin, 'node-bin', 'node'))
    const env = { HOME: process.env.HOME, PATH: `${join(bin, 'node-bin')}:${bin}`, CHROMIUM_PATH: browserPath }
    return run(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], { cwd: ROOT, env })
      .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number, stdout: string, stderr: string }) => error)
  }

  it('prints nothing and passes when nothing is missing', async () => {
    expect(await preflight(TOOLS)).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('stops with exit 1 and the list when PATH lacks pdfinfo and soffice', async () => {
    const result = await preflight([])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(REPORT_HEADING)
    expect(result.stderr).toContain('poppler\'s pdfinfo')
    expect(result.stderr).toContain('LibreOffice\'s soffice')
    expect(result.stderr).not.toContain('Chromium 或 Chrome')
  })

  it('says why there is no browser when CHROMIUM_PATH names none', async () => {
    const result = await preflight(TOOLS, '/opt/no-such-chrome')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Chromium 或 Chrome')
    expect(result.stderr).toContain('    CHROMIUM_PATH=/opt/no-such-chrome 不存在 / does not exist.')
  })
})
