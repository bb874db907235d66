import { accessSync, constants } from 'node:fs'
import { delimiter as posixDelimiter, join as posixJoin } from 'node:path/posix'
import { delimiter as windowsDelimiter, join as windowsJoin } from 'node:path/win32'

/**
 * Finds the programs from outside npm that the tests run: poppler's pdfinfo
 * and LibreOffice's soffice. Both are looked up on PATH, as the tests start
 * them; LibreOffice also where its macOS and Windows installers put it, since
 * neither adds it to PATH.
 */

export interface ToolSearch {
  env: Record<string, string | undefined>
  platform: string
  isExecutable: (path: string) => boolean
  /** Where a program lives when it is not on PATH, by program and platform. */
  usualPlaces: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
}

export const USUAL_PLACES = {
  soffice: {
    darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
    win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  },
} as const satisfies ToolSearch['usualPlaces']

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

export function defaultToolSearch(): ToolSearch {
  return { env: process.env, platform: process.platform, isExecutable: isExecutableFile, usualPlaces: USUAL_PLACES }
}

/** The PATH variable; Windows spells it `Path` as often as not. */
function pathVariable(search: Pick<ToolSearch, 'env' | 'platform'>): string {
  if (search.platform !== 'win32')
    return search.env.PATH ?? ''
  const key = Object.keys(search.env).find(name => name.toUpperCase() === 'PATH')
  return key ? search.env[key] ?? '' : ''
}

/** The file `command` runs, searched on PATH as a shell would (with PATHEXT on Windows); undefined when there is none. */
export function findOnPath(command: string, search: ToolSearch): string | undefined {
  const windows = search.platform === 'win32'
  const folders = pathVariable(search).split(windows ? windowsDelimiter : posixDelimiter).filter(Boolean)
  const extensions = windows ? ['', ...(search.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : ['']
  for (const folder of folders) {
    for (const extension of extensions) {
      const candidate = (windows ? windowsJoin : posixJoin)(folder, command + extension)
      if (search.isExecutable(candidate))
        return candidate
    }
  }
  return undefined
}

/** A program on PATH, or else in one of its usual places on this platform. */
export function findTool(command: string, search: ToolSearch = defaultToolSearch()): string | undefined {
  return findOnPath(command, search) ?? (search.usualPlaces[command]?.[search.platform] ?? []).find(search.isExecutable)
}

/** LibreOffice's command-line program, which opens and renders the exported PPTX. */
export function findSoffice(search: ToolSearch = defaultToolSearch()): string | undefined {
  return findTool('soffice', search)
}
