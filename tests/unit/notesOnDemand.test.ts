import { describe, expect, it } from 'vitest'
import { notesModule, NOTES_STATE_ID, withNotesOnDemand } from '../../scripts/build/rewrites/notesOnDemand'
import { slideNumbersImported } from '../../scripts/build/rewrites/slidevModules'

/** A slide metadata module laid out as Slidev 52 writes it in a build. */
function slideMeta(no: number, fields: Record<string, unknown>): string {
  return [
    '// @unocss-include',
    'import { computed, reactive, shallowReactive } from "vue"',
    'export const frontmatterData = {"title":"T"}',
    'export const frontmatter = reactive(frontmatterData)',
    'export const meta = shallowReactive({',
    '  get layout(){ return frontmatter.layout },',
    '  slide: {',
    `    ...(${JSON.stringify(fields)}),`,
    '    frontmatter,',
    `    no: ${no},`,
    '  },',
    '})',
  ].join('\n')
}

describe('withNotesOnDemand', () => {
  const code = slideMeta(3, { content: '', frontmatterRaw: 'layout: cover\n', title: '开篇', noteHTML: '<p>计时：约 30 秒</p>\n', images: [] })

  it('takes the notes and the raw frontmatter out, and reads the notes on demand', () => {
    const { code: rewritten, noteHTML } = withNotesOnDemand(code, 3)
    expect(noteHTML).toBe('<p>计时：约 30 秒</p>\n')
    expect(rewritten).not.toContain('计时')
    expect(rewritten).not.toContain('frontmatterRaw')
    expect(rewritten).toContain('"title":"开篇"')
    expect(rewritten).toContain('get noteHTML() { return speakerNoteHTML(3) },')
    expect(rewritten.startsWith(`import { speakerNoteHTML } from '${NOTES_STATE_ID}'\n`)).toBe(true)
  })

  it('leaves the rest of the module as it was', () => {
    const { code: rewritten } = withNotesOnDemand(code, 3)
    const withoutLine = (text: string) => text.split('\n').filter(line => !line.includes('...(') && !line.includes('noteHTML') && !line.includes(NOTES_STATE_ID))
    expect(withoutLine(rewritten)).toEqual(withoutLine(code))
  })

  it('stops the build, naming the slide, when Slidev lays the module out another way', () => {
    expect(() => withNotesOnDemand('export const meta = {}', 7)).toThrow(/slide 7/)
    expect(() => withNotesOnDemand(slideMeta(7, { title: 'x' }), 7)).toThrow(/slide 7: .*noteHTML/)
  })
})

describe('slideNumbersImported', () => {
  it('reads which slides Slidev\'s slides module imports', () => {
    const slides = `import { meta as f1 } from '/@slidev/slides/1/frontmatter'\nconst load1 = async () => {}\nimport { meta as f2 } from '/@slidev/slides/2/frontmatter'`
    expect(slideNumbersImported(slides)).toEqual([1, 2])
  })
})

describe('notesModule', () => {
  it('holds every slide\'s notes by number', () => {
    expect(notesModule(new Map([[1, '<p>a</p>'], [2, '']]), [1, 2])).toBe('export default {"1":"<p>a</p>","2":""}')
  })

  it('names the slides whose notes never arrived', () => {
    expect(() => notesModule(new Map([[1, 'a']]), [1, 2, 3])).toThrow('slide(s) 2, 3')
  })
})
