import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadDefaultSimplifiedChineseParser } from 'budoux'
import { describe, expect, it } from 'vitest'
import { budouxPhraseEnds, saveBudouxCache } from '../../scripts/syntax/budouxPhrases'

const CACHE_FOLDER = resolve(import.meta.dirname, '../../node_modules/.cache')

describe('BudouX\'s phrases, kept on disk by text', () => {
  it('are BudouX\'s own, from the cache or not', () => {
    const text = '基于量子计算机和云计算技术，展现量子计算综合性能'
    const ends = (phrases: string[]) => phrases.map((_, index) => phrases.slice(0, index + 1).join('').length)
    const expected = ends(loadDefaultSimplifiedChineseParser().parse(text))
    expect(budouxPhraseEnds(text)).toEqual(expected)
    expect(budouxPhraseEnds(text)).toEqual(expected)
  })

  it('are written to node_modules/.cache, under the BudouX version, so the next process needs no BudouX', () => {
    // Texts of the deck itself: the test adds nothing to the cache that a build would not.
    const text = '北京国际科技创新中心基本形成'
    const ends = budouxPhraseEnds(text)
    saveBudouxCache()
    const file = readdirSync(CACHE_FOLDER).find(name => /^deck-budoux-\d+\.\d+\.\d+\.json$/.test(name))
    expect(file).toBeDefined()
    expect(existsSync(join(CACHE_FOLDER, file!))).toBe(true)
    expect(JSON.parse(readFileSync(join(CACHE_FOLDER, file!), 'utf8'))[text]).toEqual(ends)
  })
})
