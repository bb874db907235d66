import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { halfWidthPunctuation } from '../../scripts/lint/typesetting'
import { codeStrings, projectStrings } from '../support/projectStrings'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * A colon after a program name, a file location or a field path and before a
 * space (`lint: …`, `slides.md:12: …`, `slides[2].title: …`) is the tools' own
 * form, which editors and terminals read: it stays half-width.
 */
const withoutToolPrefixes = (text: string) => text.replace(/([\w.\[\]{}/-]+):(?= )/g, '$1')

describe('the project\'s own Chinese strings are set as Chinese', () => {
  it('finds string literals and template texts in code', () => {
    expect(codeStrings('const a = \'甲,乙\'; const b = `第 ${n} 页:${t}`').map(piece => piece.text)).toEqual(['甲,乙', '第 {} 页:{}'])
  })

  it('flags a half-width mark beside Chinese in a message, and leaves a tool\'s prefix alone', () => {
    const [message] = codeStrings('throw new Error(`超出 ${n} 秒(计划 ${p} 秒)`)')
    expect(halfWidthPunctuation(withoutToolPrefixes(message.text), '')).toHaveLength(2)
    const [prefixed] = codeStrings('`lint: ${file}:${line}: 找不到文件`')
    expect(halfWidthPunctuation(withoutToolPrefixes(prefixed.text), '')).toEqual([])
  })

  // It reads every source file of the project: on a loaded machine, longer than Vitest's 5 s.
  it('every message, report, title and label in components/, layouts/, scripts/, setup/ and package.json', () => {
    const strings = projectStrings(ROOT)
    expect(strings.length).toBeGreaterThan(50)
    const wrong = strings.flatMap(({ file, line, text }) => halfWidthPunctuation(withoutToolPrefixes(text), '').map(problem => `${file}:${line}: “${problem.excerpt}”`))
    expect(wrong).toEqual([])
  }, 60_000)
})
