import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A machine without some fonts, for a program that finds its fonts through
 * fontconfig (LibreOffice on Linux): a private fontconfig file that reads the
 * system's configuration (its fonts and the user's, its aliases and fallbacks)
 * and then rejects every face of each family and every file named after it
 * (NotoSans-Regular.ttf, NotoSans[wght].ttf, NotoSans.ttc for Noto Sans, but
 * not NotoSansCJK-Regular.ttc), wherever it is installed. Point
 * FONTCONFIG_FILE at it.
 */
export function fontconfigRejecting(families: readonly string[], cacheDir: string): string {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const rejected = families.map((family) => {
    const fileStem = xml(family.replace(/\s+/g, ''))
    // fontconfig's globs know only * and ?: a file named after the family is its stem and then -, [ or the extension.
    const globs = ['-', '[', '.'].map(next => `      <glob>*/${fileStem}${next}*</glob>`).join('\n')
    return `${globs}\n      <pattern><patelt name="family"><string>${xml(family)}</string></patelt></pattern>`
  })
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${xml(cacheDir)}</cachedir>
  <selectfont>
    <rejectfont>
${rejected.join('\n')}
    </rejectfont>
  </selectfont>
</fontconfig>
`
}

export interface FontlessEnvironment {
  /** The environment to run the program in: FONTCONFIG_FILE set to the private file. */
  env: NodeJS.ProcessEnv
  dispose: () => Promise<void>
}

/** Writes `fontconfigRejecting(families)` to a temporary folder and returns the environment that uses it. */
export async function environmentWithout(families: readonly string[]): Promise<FontlessEnvironment> {
  const folder = await mkdtemp(join(tmpdir(), 'fonts-without-'))
  const file = join(folder, 'fonts.conf')
  await writeFile(file, fontconfigRejecting(families, join(folder, 'cache')))
  return {
    env: { ...process.env, FONTCONFIG_FILE: file },
    dispose: () => rm(folder, { recursive: true, force: true }),
  }
}
