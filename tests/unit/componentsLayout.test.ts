import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** components/ by capability (components/README.md): each component with its logic, small folders. */

const COMPONENTS = resolve(import.meta.dirname, '../../components')
const MAX_FILES = 12

function folders(dir: string, path = ''): string[] {
  return [path, ...readdirSync(join(dir, path), { withFileTypes: true }).filter(entry => entry.isDirectory()).flatMap(entry => folders(dir, path ? `${path}/${entry.name}` : entry.name))]
}

describe('components/ by capability', () => {
  it('opens with a README that names every folder', () => {
    const readme = join(COMPONENTS, 'README.md')
    expect(existsSync(readme)).toBe(true)
    const text = readFileSync(readme, 'utf8')
    expect(folders(COMPONENTS).filter(folder => folder && !folder.includes('/') && !text.includes(`\`${folder}/\``))).toEqual([])
  })

  it('keeps every component in the folder of its capability, none at the top', () => {
    expect(readdirSync(COMPONENTS).filter(name => /\.(?:vue|ts)$/.test(name))).toEqual([])
  })

  it(`holds at most ${MAX_FILES} files in any folder`, () => {
    const crowded = folders(COMPONENTS).map(folder => ({ folder, files: readdirSync(join(COMPONENTS, folder), { withFileTypes: true }).filter(entry => entry.isFile()).length }))
      .filter(({ files }) => files > MAX_FILES)
      .map(({ folder, files }) => `components/${folder}: ${files}`)
    expect(crowded).toEqual([])
  })
})
