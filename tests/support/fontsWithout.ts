import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A machine without a font, for a program that finds its fonts through
 * fontconfig (LibreOffice on Linux): a private fontconfig file that reads the
 * system's configuration (its fonts and the user's, its aliases and fallbacks)
 * and then rejects every face of the family and every file named after it,
 * wherever it is installed. Point FONTCONFIG_FILE at it.
 */
export function fontconfigRejecting(family: string, cacheDir: string): string {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const fileStem = family.replace(/\s+/g, '')
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${xml(cacheDir)}</cachedir>
  <selectfont>
    <rejectfont>
      <glob>*/${xml(fileStem)}*</glob>
      <pattern><patelt name="family"><string>${xml(family)}</string></patelt></pattern>
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

/** Writes `fontconfigRejecting(family)` to a temporary folder and returns the environment that uses it. */
export async function environmentWithout(family: string): Promise<FontlessEnvironment> {
  const folder = await mkdtemp(join(tmpdir(), 'fonts-without-'))
  const file = join(folder, 'fonts.conf')
  await writeFile(file, fontconfigRejecting(family, join(folder, 'cache')))
  return {
    env: { ...process.env, FONTCONFIG_FILE: file },
    dispose: () => rm(folder, { recursive: true, force: true }),
  }
}
