import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildInputsHash } from '../../scripts/export/deckBuild'
import { PROJECT_ROOT, readDeckInfo } from '../../scripts/project/deckInfo'
import { readDeck } from '../support/deckSource'

let copy: string | undefined
afterEach(() => {
  if (copy)
    rmSync(copy, { recursive: true, force: true })
})

describe('buildInputsHash', () => {
  it('is stable, and changes with slides.md, the components or the base path', () => {
    copy = mkdtempSync(join(tmpdir(), 'deck-hash-'))
    cpSync(join(PROJECT_ROOT, 'slides.md'), join(copy, 'slides.md'))
    cpSync(join(PROJECT_ROOT, 'components'), join(copy, 'components'), { recursive: true })
    const before = buildInputsHash('/', copy)
    expect(buildInputsHash('/', copy)).toBe(before)
    expect(buildInputsHash('/talks/', copy)).not.toBe(before)
    writeFileSync(join(copy, 'slides.md'), '# changed\n', { flag: 'a' })
    const edited = buildInputsHash('/', copy)
    expect(edited).not.toBe(before)
    writeFileSync(join(copy, 'components', 'New.vue'), '<template><p /></template>')
    expect(buildInputsHash('/', copy)).not.toBe(edited)
  })
})

describe('readDeckInfo', () => {
  it('reads the metadata and every slide\'s title from slides.md', () => {
    const info = readDeckInfo()
    expect(info.title).toBe('OpenAI 创新样板下，我们该如何发展科技创新？')
    expect(info.lang).toBe('zh-CN')
    expect(info.author).toContain('林志佳')
    expect(info.keywords).toContain('中关村论坛')
    expect(info.size).toEqual({ width: 980, height: 551 })
    const second = readDeck()[1]
    expect(info.slides[1]).toEqual({ no: 2, title: second.title, section: second.frontmatter.section })
    expect(info.slides).toHaveLength(readDeck().length)
  })
})
