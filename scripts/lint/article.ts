import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { normaliseForQuotes } from './textRules'

/** The article the deck summarises, beside the project (the first three lines and the last few are the web page's chrome). */
export const ARTICLE_PATH = resolve(import.meta.dirname, '../../../shared/source/article.zh.txt')

/** The article, folded for the quotation check; undefined when it is not beside the project. */
export function readArticle(path = ARTICLE_PATH): string | undefined {
  return existsSync(path) ? normaliseForQuotes(readFileSync(path, 'utf8')) : undefined
}

export const NO_ARTICLE = `找不到原文 ${ARTICLE_PATH}，引语没有逐字核对`
