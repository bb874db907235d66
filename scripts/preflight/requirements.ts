import type { ToolSearch } from './tools'
import { findTool } from './tools'

/**
 * What `npm test` needs from outside npm, why, and how to install it on the
 * system at hand. The preflight prints these words; the README's test
 * section lists the same ones (a unit test holds the two together).
 */

/** The systems whose package manager the preflight names; `other` gets the package names. */
export type System = 'debian' | 'macos' | 'windows' | 'other'

export const SYSTEM_NAMES: Record<System, string> = {
  debian: 'Debian / Ubuntu',
  macos: 'macOS',
  windows: 'Windows',
  other: '其他系统 / other systems',
}

/** The system from Node's platform and, on Linux, /etc/os-release (its ID and ID_LIKE). */
export function detectSystem(platform: string, osRelease = ''): System {
  if (platform === 'darwin')
    return 'macos'
  if (platform === 'win32')
    return 'windows'
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)=["']?([^"'\n]*)/gm)].flatMap(match => match[1].split(/\s+/))
  return platform === 'linux' && ids.some(id => id === 'debian' || id === 'ubuntu') ? 'debian' : 'other'
}

export interface Requirement {
  id: 'browser' | 'poppler' | 'libreoffice'
  /** What is missing, naming the program the tests run. */
  what: string
  /** Why the tests need it. */
  why: string
  install: Record<System, string>
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'browser',
    what: 'Chromium 或 Chrome 浏览器 / a Chromium or Chrome browser',
    why: '所有页面、导出和无障碍测试都在浏览器里运行 / every page, export and accessibility test runs in it',
    install: {
      debian: 'sudo apt-get install -y chromium',
      macos: 'brew install --cask google-chrome',
      windows: 'winget install --id Google.Chrome',
      other: 'npx playwright install chromium',
    },
  },
  {
    id: 'poppler',
    what: 'poppler 的 pdfinfo / poppler\'s pdfinfo',
    why: '读出导出 PDF 的标签树，检查 PDF/UA；pdftotext 量出 PPTX 渲染后每行文字的位置 / reads the exported PDFs\' tag tree for the PDF/UA checks; pdftotext gives the rendered PPTX\'s text lines',
    install: {
      debian: 'sudo apt-get install -y poppler-utils',
      macos: 'brew install poppler',
      windows: 'winget install --id oschwartz10612.Poppler',
      other: '用系统的包管理器安装 poppler（常叫 poppler-utils）/ install poppler (often poppler-utils) with your package manager',
    },
  },
  {
    id: 'libreoffice',
    what: 'LibreOffice 的 soffice / LibreOffice\'s soffice',
    why: '打开并渲染导出的 PPTX，检查每页的文字 / opens and renders the exported PPTX to check every slide\'s text',
    install: {
      debian: 'sudo apt-get install -y --no-install-recommends libreoffice-impress',
      macos: 'brew install --cask libreoffice',
      windows: 'winget install --id TheDocumentFoundation.LibreOffice',
      other: '用系统的包管理器安装 LibreOffice Impress / install LibreOffice Impress with your package manager',
    },
  },
]

export interface PreflightContext {
  tools: ToolSearch
  /** The browser to drive (finding one, or installing Playwright's Chromium); throws when there is none. */
  browser: () => string
}

export interface Missing extends Requirement {
  /** What the search found wrong, when it says more than the requirement (e.g. a CHROMIUM_PATH that does not exist). */
  detail?: string
}

/** Everything the tests need that this machine lacks, in the order of REQUIREMENTS. */
export function missingRequirements(context: PreflightContext): Missing[] {
  const problem: Record<Requirement['id'], () => { detail?: string } | undefined> = {
    browser: () => {
      try {
        context.browser()
        return undefined
      }
      catch (error) {
        return { detail: String((error as Error).message ?? error).split('\n')[0] }
      }
    },
    poppler: () => findTool('pdfinfo', context.tools) === undefined ? {} : undefined,
    libreoffice: () => findTool('soffice', context.tools) === undefined ? {} : undefined,
  }
  return REQUIREMENTS.flatMap((requirement) => {
    const found = problem[requirement.id]()
    return found ? [{ ...requirement, ...found }] : []
  })
}

export const REPORT_HEADING = 'npm test 需要以下工具，装好后再运行；还没有运行任何测试。/ npm test needs the following; nothing has run yet.'

/** The one short list the preflight prints: what is missing, why, and the command that installs it here. Empty when nothing is missing. */
export function preflightReport(missing: readonly Missing[], system: System): string {
  if (missing.length === 0)
    return ''
  return [
    REPORT_HEADING,
    ...missing.flatMap(requirement => [
      `- ${requirement.what}：${requirement.why}`,
      ...(requirement.detail ? [`    ${requirement.detail}`] : []),
      `    ${requirement.install[system]}`,
    ]),
  ].join('\n')
}
