import { describe, expect, it } from 'vitest'
import { joinSingleCharacterPhrases, mayBreakAt, numbersWithUnits, textPieces, UNBROKEN_WORDS, usableBreaks, wordBoundaries } from '../../components/text/wordBreaks'
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

describe('the word boundaries and breaks at a text\'s edges', () => {
  it('are strictly inside the text', () => {
    expect(wordBoundaries('我们研究')).toEqual([2])
    expect(wordBoundaries('')).toEqual([])
  })

  it('let a line start between two spaces, where the word segmenter sees no boundary', () => {
    expect(mayBreakAt('AI  时代', 3)).toBe(true)
  })

  it('let a line start at either end of a text, as at a space', () => {
    expect(mayBreakAt('研究院团队', 0)).toBe(true)
    expect(mayBreakAt('研究院团队', 5)).toBe(true)
    expect(mayBreakAt('研究院团队', 1)).toBe(false)
    expect(usableBreaks('研究院团队', [0, 3, 5])).toEqual([0, 3, 5])
  })

  it('keep a number with the word after it as its unit: a percentage, a range', () => {
    const text = '增长 12.5% 以上，共 3—5 个'
    expect(numbersWithUnits(text)).toEqual([{ start: text.indexOf('12.5%'), end: text.indexOf('，') }, { start: text.indexOf('3—5'), end: text.length }])
  })
})

describe('joining a phrase of a single Chinese character', () => {
  it('reads the breaks in any order and leaves the caller\'s list as it was', () => {
    const breaks = [5, 3]
    expect(joinSingleCharacterPhrases('研究院团队好', breaks)).toEqual([3])
    expect(breaks).toEqual([5, 3])
  })

  it('counts only the Chinese characters of a phrase', () => {
    // A股: one Chinese character with a letter, still a phrase of one character.
    expect(joinSingleCharacterPhrases('A股市场', [2])).toEqual([])
    expect(joinSingleCharacterPhrases('GPU芯片', [3])).toEqual([3])
  })

  it('looks again at the breaks before one it removed: a joined phrase may still hold a single character', () => {
    // 智能|AI|是|核心: 是 joins AI, and AI是 (one Chinese character) then joins 智能.
    expect(joinSingleCharacterPhrases('智能AI是核心', [2, 4, 5])).toEqual([5])
  })

  it('puts a single character at the start with the phrase after it', () => {
    expect(joinSingleCharacterPhrases('各研究团队', [1, 3])).toEqual([3])
  })

  it('puts a lone numeral with the word after it, and then reads the joined word again', () => {
    // 第|一|季度: 一 joins 季度, and 第 then joins 一季度.
    expect(joinSingleCharacterPhrases('第一季度', [1, 2])).toEqual([])
    // 经济|第|一|季度: 第 joins 一 first, and 第一 is a phrase of its own.
    expect(joinSingleCharacterPhrases('经济第一季度', [2, 3, 4])).toEqual([2, 4])
  })

  it('puts a lone numeral with the word after it even with a space between, and a lone last character with the word before', () => {
    expect(joinSingleCharacterPhrases('新经济一 季度投资', [3, 5, 7])).toEqual([3, 7])
    expect(joinSingleCharacterPhrases('研究问题一', [2, 4])).toEqual([2])
  })
})

describe('the pieces of a component\'s text', () => {
  const show = (text: string, breaks?: readonly number[]) => textPieces(text, breaks).map(piece => piece.kind === 'break' ? '|' : piece.kind === 'unbroken' ? `[${piece.text}]` : piece.text).join('')

  it('cut a text of six characters or more, not a shorter one, spaces around it not counted', () => {
    expect(show('研究院团队好')).toBe('研究院|团队好')
    expect(show('研究院团队')).toBe('研究院团队')
    expect(textPieces('  研究院团队  ')).toEqual([{ kind: 'text', text: '  研究院团队  ' }])
  })

  it('have no empty piece and no break at the ends, whatever breaks are given', () => {
    expect(textPieces('研究院团队好', [5, 0, 3, 6])).toEqual([
      { kind: 'text', text: '研究院' },
      { kind: 'break' },
      { kind: 'text', text: '团队' },
      { kind: 'break' },
      { kind: 'text', text: '好' },
    ])
  })

  it('keep a number and its unit one unbroken piece at the start, in the middle and at the end', () => {
    expect(textPieces('2021 年北京地区研发经费投入')).toEqual([
      { kind: 'unbroken', text: '2021 年' },
      { kind: 'text', text: '北京' },
      { kind: 'break' },
      { kind: 'text', text: '地区' },
      { kind: 'break' },
      { kind: 'text', text: '研发' },
      { kind: 'break' },
      { kind: 'text', text: '经费' },
      { kind: 'break' },
      { kind: 'text', text: '投入' },
    ])
    expect(textPieces('北京地区研发 2023 年')).toEqual([
      { kind: 'text', text: '北京' },
      { kind: 'break' },
      { kind: 'text', text: '地区' },
      { kind: 'break' },
      { kind: 'text', text: '研发 ' },
      { kind: 'unbroken', text: '2023 年' },
    ])
    expect(show('北京 2023 年研发经费投入增长')).toBe('北京 [2023 年]|研发|经费|投入|增长')
    expect(show('会期 2023 年5 月')).toBe('会期 [2023 年][5 月]')
  })
})

describe('the words and marks that decide a break', () => {
  it('never break inside any of the deck\'s unbroken words, only beside them', () => {
    for (const word of UNBROKEN_WORDS) {
      const text = `据${word}报道`
      const inside = [...word].slice(1).map((_, index) => 2 + index)
      expect(usableBreaks(text, [1, ...inside, 1 + word.length]), word).toEqual([1, 1 + word.length])
    }
  })

  it('take a number as a unit\'s only when it stands alone and a Chinese word follows after a space', () => {
    expect(numbersWithUnits('约 3.5 万人')).toEqual([{ start: 2, end: 8 }])
    for (const dash of ['-', '–', '—'])
      expect(numbersWithUnits(`共 3${dash}5 个`), dash).toEqual([{ start: 2, end: 7 }])
    expect(numbersWithUnits('增长 3%—5% 以上')).toEqual([{ start: 3, end: 11 }])
    // Part of a name or a number (v2, x.5, 3_5), no space, or no Chinese after it: no unit.
    for (const text of ['版本 v2 发布', 'x.5 万', '共 3_5 个', '在 2023年', '共 2023 AI'])
      expect(numbersWithUnits(text), text).toEqual([])
  })

  it('put a lone numeral, 第 or 每 with the word after it, only when it stands alone', () => {
    // 第|三|产业: 三 opens 三产业, then 第 (one character) joins it.
    expect(joinSingleCharacterPhrases('第三产业占比', [1, 2, 4])).toEqual([4])
    expect(joinSingleCharacterPhrases('每人每年', [1, 2, 3])).toEqual([2])
    // 十分 is a word, not a numeral: the break after it stands.
    expect(joinSingleCharacterPhrases('十分重要', [2])).toEqual([2])
  })

  it('allow a break beside a Chinese character on either side, never beside a space (a space is a break of its own)', () => {
    expect(usableBreaks('人工智能AI', [4])).toEqual([4])
    expect(usableBreaks('AI人工智能', [2])).toEqual([2])
    expect(usableBreaks('AI 时代', [2, 3])).toEqual([])
    expect(usableBreaks('时代 AI', [2, 3])).toEqual([])
    expect(usableBreaks('大模型 时代', [1, 3])).toEqual([1])
  })

  it('allow a break beside full-width punctuation, and before 的 or 地 only inside a word', () => {
    expect(usableBreaks('数据（全国）统计', [2, 3, 5, 6])).toEqual([2, 3, 5, 6])
    expect(usableBreaks('快速地发展了', [2, 3, 5])).toEqual([3])
    expect(usableBreaks('目的地区', [1, 2])).toEqual([1, 2])
  })
})
