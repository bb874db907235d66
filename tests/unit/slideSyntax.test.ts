import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { slideSyntax } from '../../scripts/syntax/index'

const md = createMarkdownExit({ html: true })
md.use(slideSyntax)
const render = (markdown: string, env: Record<string, unknown> = {}) => md.render(markdown, env).trim()

describe('the slide syntax', () => {
  it('moves the # title into the layouts\' title slot', () => {
    expect(render('# 标题\n\n正文')).toBe('<template v-slot:title>\n<h1>标题</h1>\n</template>\n<p>正文</p>')
  })

  it('leaves a slide that uses Slidev\'s ::name:: slots as it is', () => {
    expect(render('# 标题', { hasSlotMarker: true })).toBe('<h1>标题</h1>')
  })

  it('makes an all-bold paragraph the statement and an all-emphasis one an aside', () => {
    expect(render('**一句话**')).toBe('<p class="statement">一句话</p>')
    expect(render('*旁注*')).toBe('<p class="aside">旁注</p>')
  })

  it('leaves a paragraph with a bold word in it a plain paragraph', () => {
    expect(render('同比**下降** 18.29%')).toBe('<p>同比<strong>下降</strong> 18.29%</p>')
    expect(render('**甲** 和 **乙**')).toBe('<p><strong>甲</strong> 和 <strong>乙</strong></p>')
  })

  it('turns —— after a quotation into its cite, and —— elsewhere into reported speech', () => {
    expect(render('> “原话”\n>\n> —— 某人，职务')).toBe('<blockquote>\n<p>“原话”\n<cite>—— 某人，职务</cite></p>\n</blockquote>')
    expect(render('—— 王志刚，科技部部长：转述')).toBe('<p class="speaker">王志刚，科技部部长：转述</p>')
  })
})
