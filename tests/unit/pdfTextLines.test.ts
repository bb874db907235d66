import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fontconfigRejecting } from '../support/fontsWithout'
import { linesOffPage, overlappingLines, parseBboxLayout } from '../support/pdfTextLines'

// The overlap check that the PPTX render test runs on poppler's line boxes, on a small page where the answer is known.

const FIXTURE = `<doc>
  <page width="960" height="540">
    <flow><block>
      <line xMin="47" yMin="118.6" xMax="878" yMax="179.7"><word xMin="47" yMin="118.6" xMax="239" yMax="179.7">OpenAI</word><word xMin="267" yMin="118.6" xMax="878" yMax="179.7">创新样板下</word></line>
      <line xMin="47" yMin="177.4" xMax="282" yMax="238.5"><word xMin="47" yMin="177.4" xMax="282" yMax="238.5">科技创新？</word></line>
      <line xMin="70" yMin="300" xMax="180" yMax="336"><word xMin="70" yMin="300" xMax="180" yMax="336">界。&#8221;</word></line>
      <line xMin="110" yMin="302" xMax="570" yMax="326"><word xMin="110" yMin="302" xMax="570" yMax="326">—— 李彦宏</word></line>
      <line xMin="600" yMin="302" xMax="700" yMax="326"><word xMin="600" yMin="302" xMax="700" yMax="326">beside</word></line>
    </block></flow>
  </page>
  <page width="960" height="540">
    <flow><block><line xMin="900" yMin="500" xMax="990" yMax="530"><word xMin="900" yMin="500" xMax="990" yMax="530">too wide &amp; out</word></line></block></flow>
  </page>
</doc>`

describe('parseBboxLayout', () => {
  it('reads each page\'s size and its lines, words joined and entities decoded', () => {
    const pages = parseBboxLayout(FIXTURE)
    expect(pages.map(page => [page.no, page.width, page.height, page.lines.length])).toEqual([[1, 960, 540, 5], [2, 960, 540, 1]])
    expect(pages[0].lines[0]).toEqual({ text: 'OpenAI 创新样板下', xMin: 47, yMin: 118.6, xMax: 878, yMax: 179.7 })
    expect(pages[0].lines[2].text).toBe('界。”')
    expect(pages[1].lines[0].text).toBe('too wide & out')
  })
})

describe('overlappingLines', () => {
  const [page, second] = parseBboxLayout(FIXTURE)

  it('finds text set on other text, and not lines of a paragraph that touch or lines side by side', () => {
    const overlaps = overlappingLines(page.lines)
    expect(overlaps.map(overlap => [overlap.first.text, overlap.second.text])).toEqual([['界。”', '—— 李彦宏']])
    expect(overlaps[0].share).toBe(1)
  })

  it('finds nothing on a page of one line', () => {
    expect(overlappingLines(second.lines)).toEqual([])
  })
})

describe('linesOffPage', () => {
  it('finds a line that runs past the page\'s edge', () => {
    const [page, second] = parseBboxLayout(FIXTURE)
    expect(linesOffPage(page)).toEqual([])
    expect(linesOffPage(second).map(line => line.text)).toEqual(['too wide & out'])
  })
})

describe('fontconfigRejecting', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fontconfig-rejecting-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('is a fontconfig file that reads the system\'s fonts and rejects each family by name and by file', () => {
    const conf = fontconfigRejecting(['Noto Sans SC', 'Noto Sans'], join(folder, 'cache'))
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>')
    for (const glob of ['*/NotoSansSC-*', '*/NotoSansSC[*', '*/NotoSansSC.*', '*/NotoSans-*', '*/NotoSans[*', '*/NotoSans.*'])
      expect(conf).toContain(`<glob>${glob}</glob>`)
    expect(conf).toContain('<string>Noto Sans SC</string>')
    expect(conf).toContain('<string>Noto Sans</string>')
    // Noto Sans's files are not Noto Sans CJK's: those stay, a Chinese fallback on a reader's machine.
    expect(conf).not.toContain('<glob>*/NotoSans*</glob>')
  })

  it('hides a font that fontconfig would otherwise find (where fontconfig is installed)', () => {
    let families: string
    try {
      families = execFileSync('fc-list', ['--format', '%{family}\\n'], { encoding: 'utf8' })
    }
    catch {
      return expect(process.platform, 'fc-list is missing only where fontconfig is not how fonts are found').not.toBe('linux')
    }
    const present = families.split('\n').map(line => line.split(',')[0]).find(Boolean)!
    expect(present, 'this machine has a font').toBeTruthy()
    const file = join(folder, `without-${present.replace(/\W+/g, '-')}.conf`)
    writeFileSync(file, fontconfigRejecting([present], join(folder, 'cache')))
    const listed = execFileSync('fc-list', ['--format', '%{family}\\n'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: file } })
    expect(listed.split('\n').map(line => line.split(',')[0])).not.toContain(present)
    // Rejecting Noto Sans keeps Noto Sans CJK SC (a different family, in files of another name) where it is installed.
    writeFileSync(file, fontconfigRejecting(['Noto Sans SC', 'Noto Sans'], join(folder, 'cache')))
    const withoutNoto = execFileSync('fc-list', ['--format', '%{family}\\n'], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: file } })
    expect(withoutNoto.includes('Noto Sans CJK SC')).toBe(families.includes('Noto Sans CJK SC'))
    expect(withoutNoto.split('\n').flatMap(line => line.split(','))).not.toContain('Noto Sans')
  })
})
