import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * Writes through a temporary file in the same folder and renames it into
 * place, so a failed export never leaves a half-written file that looks good.
 */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = join(dirname(path), `.${Date.now()}-${process.pid}.partial`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Replaces a whole folder of outputs at once: written beside it, then swapped in. */
export async function replaceFolder(path: string, write: (folder: string) => Promise<void>): Promise<void> {
  const temporary = `${path}.partial-${process.pid}`
  await rm(temporary, { recursive: true, force: true })
  await mkdir(temporary, { recursive: true })
  try {
    await write(temporary)
    await rm(path, { recursive: true, force: true })
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

/**
 * Checks before any work that `folder` takes new files, by writing and
 * removing a probe file; `firstOutput` is the file the error names.
 */
export async function assertWritable(folder: string, firstOutput: string): Promise<void> {
  const probe = join(folder, `.${Date.now()}-${process.pid}.probe`)
  try {
    await mkdir(folder, { recursive: true })
    await writeFile(probe, '')
    await rm(probe)
  }
  catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    throw new Error(`无法写入 ${join(folder, firstOutput)}${code ? `（${code}）` : ''}：文件夹不可写，什么也没有导出 / cannot write ${join(folder, firstOutput)}: ${message}`)
  }
}
