import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtDecks, deckSourceText } from '../../scripts/build/deckSources'

describe('builtDecks', () => {
  it('reads the entries from slidev build\'s arguments, slides.md by default', () => {
    expect(builtDecks(['build', '--out', 'dist'])).toEqual(['slides.md'])
    expect(builtDecks(['build', '/x/.scratch-a.md', '--out', 'o'])).toEqual(['/x/.scratch-a.md'])
  })
})

describe('deckSourceText', () => {
  it('reads the slides and the text files under components, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'deck-sources-'))
    try {
      writeFileSync(join(root, 'talk.md'), '# 标题')
      mkdirSync(join(root, 'components'))
      writeFileSync(join(root, 'components', 'A.vue'), '<template>甲</template>')
      writeFileSync(join(root, 'components', 'photo.png'), 'not text')
      writeFileSync(join(root, 'README.md'), '不读')
      const text = deckSourceText(root, 'talk.md')
      expect(text).toContain('# 标题')
      expect(text).toContain('<template>甲</template>')
      expect(text).not.toContain('not text')
      expect(text).not.toContain('不读')
    }
    finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
