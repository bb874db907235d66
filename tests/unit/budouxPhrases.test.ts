import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDefaultSimplifiedChineseParser } from 'budoux'
import { describe, expect, it } from 'vitest'
import { budouxPhraseEnds, saveBudouxCache } from '../../scripts/syntax/budouxPhrases'

/** The run's own folder (vitest.config.ts), not node_modules/.cache, which another checkout sharing the install may be using. */
const CACHE_FOLDER = process.env.DECK_BUDOUX_CACHE!

describe('BudouX\'s phrases, kept on disk by text', () => {
  it('are BudouX\'s own, from the cache or not', () => {
    const text = '基于量子计算机和云计算技术，展现量子计算综合性能'
    const ends = (phrases: string[]) => phrases.map((_, index) => phrases.slice(0, index + 1).join('').length)
    const expected = ends(loadDefaultSimplifiedChineseParser().parse(text))
    expect(budouxPhraseEnds(text)).toEqual(expected)
    expect(budouxPhraseEnds(text)).toEqual(expected)
  })

  it('are written to the cache folder (node_modules/.cache, here the run\'s own), under the BudouX version, so the next process needs no BudouX', () => {
    expect(CACHE_FOLDER).toBeTruthy()
    expect(CACHE_FOLDER).not.toContain('node_modules')
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
