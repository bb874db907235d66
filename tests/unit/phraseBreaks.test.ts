import { describe, expect, it } from 'vitest'
import { joinSingleCharacterPhrases, textPieces, usableBreaks } from '../../components/text/wordBreaks'
import { frontmatterPhraseBreaks } from '../../scripts/build/phraseBreaksPlugin'
import { phrasePieces } from '../../scripts/syntax/index'

/** `text` with a | at each break a line may take. */
const cut = (text: string, breaks?: readonly number[]) => textPieces(text, breaks).map(piece => piece.kind === 'break' ? '|' : piece.text).join('')

describe('phrase breaks of the texts components draw', () => {
  it('keep a word the segmenters cut whole: 云计算, 钛媒体, 一季度', () => {
    const label = '量子计算云平台：基于量子计算机和云计算技术'
    expect(phrasePieces(label).map(piece => piece.kind === 'break' ? '|' : piece.text).join('')).not.toMatch(/云\|计算/)
    expect(cut('施一公引述，据钛媒体', usableBreaks('施一公引述，据钛媒体', [8]))).toBe('施一公引述，据钛媒体')
  })

  it('put a lone numeral with the word after it, other lone characters with the word before', () => {
    // 2022 年|一|季度: the 一 opens 一季度.
    expect(joinSingleCharacterPhrases('国内新经济一季度投资', [5, 6, 8])).toEqual([5, 8])
    // 研究|院: the 院 closes 研究院.
    expect(joinSingleCharacterPhrases('微软研究院团队', [2, 4, 5])).toEqual([2, 5])
  })

  it('never start a line with a particle that closes a phrase, nor end one with a lone preposition that opens one', () => {
    // 以大模型为核心|的 AI 新时代: 的 stays with 核心.
    expect(usableBreaks('以大模型为核心的新时代', [7])).toEqual([])
    // 从|战略角度看, 而|愚者筑墙: the lone 从 and 而 go with what follows them ...
    expect(usableBreaks('需要从战略角度看', [3])).toEqual([])
    expect(usableBreaks('智者搭桥而愚者筑墙', [5])).toEqual([])
    // ... but 从 inside a word (自从) is not lone, and a break after the word stands.
    expect(usableBreaks('自从那年以后', [2])).toEqual([2])
  })

  it('never break inside a Latin word', () => {
    expect(usableBreaks('全国 R&D 人员构成', [4, 5, 9])).toEqual([9])
  })

  it('are cut at build time for the titles, figure labels, chart captions and labels of the deck', () => {
    const deck = [
      '---',
      'layout: chart',
      'title: 投资事件同比下降',
      'chart:',
      '  caption: 国内新经济领域一季度投资事件',
      '  labels: [2022 年一季度, 2023 年一季度]',
      '  series: { source: IT 桔子数据，据钛媒体 }',
      '---',
      '',
      '# 标题',
    ].join('\n')
    const table = frontmatterPhraseBreaks(deck, 'deck.md')
    expect(Object.keys(table).sort()).toEqual(['2022 年一季度', '2023 年一季度', '国内新经济领域一季度投资事件', '投资事件同比下降'].sort())
    expect(cut('国内新经济领域一季度投资事件', table['国内新经济领域一季度投资事件'])).toContain('|一季度|')
  })

  it('fall back to the word segmenter for a text the table does not hold', () => {
    const table: Record<string, number[]> = {}
    expect(textPieces('其他毕业研究生', table['其他毕业研究生'])).toEqual(textPieces('其他毕业研究生', joinSingleCharacterPhrases('其他毕业研究生', [2, 4])))
  })
})
