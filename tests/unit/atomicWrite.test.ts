import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assertWritable, replaceFolder, writeAtomically } from '../../scripts/export/atomicWrite'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeAtomically', () => {
  it('writes the file whole', async () => {
    await writeAtomically(join(folder, 'out', 'slides.pdf'), 'pdf')
    expect(await readFile(join(folder, 'out', 'slides.pdf'), 'utf8')).toBe('pdf')
  })

  it('leaves no partial file when the rename fails', async () => {
    await mkdir(join(folder, 'slides.pdf'))
    await writeFile(join(folder, 'slides.pdf', 'keep'), 'x')
    await expect(writeAtomically(join(folder, 'slides.pdf'), 'pdf')).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['slides.pdf'])
  })
})

describe('replaceFolder', () => {
  it('swaps in the new folder', async () => {
    await mkdir(join(folder, 'png'))
    await writeFile(join(folder, 'png', 'old.png'), 'old')
    await replaceFolder(join(folder, 'png'), async temporary => writeFile(join(temporary, '01.png'), 'new'))
    expect(await readdir(join(folder, 'png'))).toEqual(['01.png'])
  })

  it('keeps the old folder and removes the partial one when writing fails', async () => {
    await mkdir(join(folder, 'png'))
    await writeFile(join(folder, 'png', 'old.png'), 'old')
    await expect(replaceFolder(join(folder, 'png'), async () => {
      throw new Error('browser crashed')
    })).rejects.toThrow('browser crashed')
    expect(await readdir(folder)).toEqual(['png'])
    expect(existsSync(join(folder, 'png', 'old.png'))).toBe(true)
  })
})

describe('assertWritable', () => {
  it('creates the folder and leaves nothing in it', async () => {
    await assertWritable(join(folder, 'exports'), 'slides.pdf')
    expect(await readdir(join(folder, 'exports'))).toEqual([])
  })

  it('names the file it could not write', async () => {
    await writeFile(join(folder, 'a-file'), '')
    await expect(assertWritable(join(folder, 'a-file', 'exports'), 'slides.pptx')).rejects.toThrow(`无法写入 ${join(folder, 'a-file', 'exports', 'slides.pptx')}（ENOTDIR）`)
  })
})
