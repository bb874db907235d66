import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { brokenLinks, npmRunScripts } from '../support/docLinks'

/** The README and the guides: every relative link leads to a file, every `npm run` names a script of package.json. */

const ROOT = resolve(import.meta.dirname, '../..')
const PAGES = ['README.md', 'README.en.md', ...readdirSync(join(ROOT, 'docs')).filter(name => name.endsWith('.md')).map(name => `docs/${name}`)]
const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>)

describe('the README and the guides in docs/', () => {
  it('are all there', () => {
    expect(PAGES.filter(page => !existsSync(join(ROOT, page)))).toEqual([])
  })

  it('link only to files that exist', () => {
    const broken = PAGES.flatMap(page => brokenLinks(readFileSync(join(ROOT, page), 'utf8'), target => existsSync(resolve(ROOT, dirname(page), target))).map(link => `${page}: ${link}`))
    expect(broken).toEqual([])
  })

  it('name only npm scripts that package.json has', () => {
    const unknown = PAGES.flatMap(page => npmRunScripts(readFileSync(join(ROOT, page), 'utf8')).filter(name => !scripts.includes(name)).map(name => `${page}: npm run ${name}`))
    expect(unknown).toEqual([])
  })
})

describe('the checks themselves', () => {
  it('find a relative link that points nowhere, in Markdown and in an <img>, and leave web addresses and anchors alone', () => {
    const page = '[a](docs/there.md) [b](docs/gone.md#part) <img src="gone.png"> [c](https://example.org/x) [d](#anchor) ![e](there.png)'
    expect(brokenLinks(page, target => target === 'docs/there.md' || target === 'there.png')).toEqual(['docs/gone.md#part', 'gone.png'])
  })

  it('read the scripts an `npm run` names, with or without arguments after --', () => {
    expect(npmRunScripts('`npm run lint -- --fix`，`npm run export:pptx`，`npm start`，npm test')).toEqual(['lint', 'export:pptx'])
  })
})
