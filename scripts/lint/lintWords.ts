import type { DeckLang } from '../../components/deck/deckWords.ts'
import type { TypesettingRule } from './typesetting'
import { TYPESETTING_RULES } from './typesetting'
import { SPEC_WORDS } from '../../components/charts/specWords.ts'

/**
 * The lint's messages in each edition's language: a problem in slides.md is
 * told in Chinese, one in slides.en.md in English, so a translator who reads
 * no Chinese can act on every line of `npm run lint` about their file.
 */

/** A slide as a message names it: its number and title. */
export interface SlideName {
  no: number
  title: string
}

export interface LintWords {
  slide: (slide: SlideName) => string
  /** A list joined as the language joins it. */
  list: (items: readonly string[]) => string
  // Pairing a translation with its source by id.
  noId: (slide: SlideName, suggestion: string | undefined) => string
  badId: (slide: SlideName, id: string) => string
  repeatedId: (slide: SlideName, id: string, first: number) => string
  unknownId: (slide: SlideName, id: string, sourceFile: string) => string
  firstNotCover: (slide: SlideName, sourceFile: string) => string
  untranslated: (source: SlideName & { id: string }, sourceFile: string, after: string | undefined) => string
  outOfOrder: (slide: SlideName, sourceFile: string, after: string | undefined) => string
  // What a translation writes.
  sourceField: (slide: SlideName, field: string, isCover: boolean, sourceFile: string) => string
  countDiffers: (slide: SlideName, field: string, mine: number, theirs: number) => string
  listDiffers: (slide: SlideName, mine: number, theirs: number, kindDiffers: boolean) => string
  figureUnit: (slide: SlideName, index: number, unit: string) => string
  quotationCount: (slide: SlideName, mine: number, theirs: number) => string
  quotationMark: (slide: SlideName, mark: string) => string
  totalDiffers: (mine: string, theirs: string) => string
  // Timing cues.
  cueWhere: string
  overDuration: (total: string, duration: string, limit: string) => string
  // Quotations and names in a translation.
  untracedQuotes: (slide: SlideName, part: 'body' | 'notes', mine: number, theirs: number) => string
  wrongName: (slide: SlideName, form: string, name: string) => string
  lostName: (slide: SlideName, zh: string, name: string) => string
  // Spoken time.
  notesOverrun: (slide: SlideName, estimate: string, cue: string, rate: string) => string
  talkOverrun: (estimate: string, duration: string, rate: string) => string
  asideTooLong: (slide: SlideName, count: string, limit: string) => string
  // Chinese typesetting (the source's text; `field` is the frontmatter field the text is in, if any).
  typesetting: (rule: TypesettingRule, excerpt: string, field: string | undefined) => string
}

const TYPESETTING_ZH: Record<TypesettingRule, string> = {
  fullWidth: '中文用全角标点',
  thousands: '数字不用千位分隔符（写 1500，不写 1,500）',
  percentSpace: '百分号紧跟数字（写 7%，不写 7 %）',
  minusChange: '变化用文字写（如“同比下降 18.29%”），不用负号',
}

const joinZh = (items: readonly string[]) => items.join('、')
const joinEn = (items: readonly string[]) => items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

export const LINT_WORDS: Record<DeckLang, LintWords> = {
  zh: {
    slide: ({ no, title }) => SPEC_WORDS.zh.slide(no, title || undefined),
    list: joinZh,
    noId: (slide, suggestion) => `${LINT_WORDS.zh.slide(slide)}没有 id：本稿按 id 与各语言版本逐页配对，每页写一个${suggestion ? `，如 id: ${suggestion}` : ''}`,
    badId: (slide, id) => `${LINT_WORDS.zh.slide(slide)}的 id「${id}」只能用小写英文字母、数字和连字符，如 talent-returnees`,
    repeatedId: (slide, id, first) => `${LINT_WORDS.zh.slide(slide)}的 id「${id}」与第 ${first} 页相同：每页的 id 不同`,
    unknownId: (slide, id, sourceFile) => `${LINT_WORDS.zh.slide(slide)}的 id「${id}」在原稿 ${sourceFile} 里没有：删去这一页，或改成它所译那一页的 id`,
    firstNotCover: (slide, sourceFile) => `${LINT_WORDS.zh.slide(slide)}是封面：它与原稿 ${sourceFile} 的第 1 页配对，不写别的页的 id`,
    untranslated: (source, sourceFile, after) => `原稿 ${sourceFile} 的${LINT_WORDS.zh.slide(source)}（id: ${source.id}）在译本里没有：${after ? `加在 id 为 ${after} 的那一页之后` : '加在封面之后'}`,
    outOfOrder: (slide, sourceFile, after) => `${LINT_WORDS.zh.slide(slide)}的顺序与原稿 ${sourceFile} 不同：${after ? `在原稿里它在 id 为 ${after} 的那一页之后` : '在原稿里它紧接封面'}`,
    sourceField: (slide, field, isCover, sourceFile) => `${LINT_WORDS.zh.slide(slide)}的 ${field} 写在原稿 ${sourceFile} 里：译本只写文字（${isCover ? 'title、titleTemplate、author、keywords、info，' : ''}id、title、section、图表与数字卡片的文字）`,
    countDiffers: (slide, field, mine, theirs) => `${LINT_WORDS.zh.slide(slide)}的 ${field} 有 ${mine} 项，原稿有 ${theirs} 项：译本逐项对应原稿`,
    listDiffers: (slide, mine, theirs, kindDiffers) => `${LINT_WORDS.zh.slide(slide)}的列表有 ${mine} 项，原稿有 ${theirs} 项${kindDiffers ? '，且编号方式不同' : ''}：译本逐项对应原稿`,
    figureUnit: (slide, index, unit) => `${LINT_WORDS.zh.slide(slide)}的 figures[${index}] 缺少 unit：原稿的数字有单位（${unit}），译本写出它的译名`,
    quotationCount: (slide, mine, theirs) => `${LINT_WORDS.zh.slide(slide)}有 ${mine} 段引语，原稿有 ${theirs} 段：每段引语都译自原稿同一页的引语`,
    quotationMark: (slide, mark) => `${LINT_WORDS.zh.slide(slide)}的引语是译文：出处一行以“${mark}”结尾，如 > — Name, title ${mark}`,
    totalDiffers: (mine, theirs) => `译本各页计时合计 ${mine}，原稿合计 ${theirs}：两版讲的时间应一样长`,
    cueWhere: '（写在备注 <!-- --> 的最后一行）',
    overDuration: (total, duration, limit) => `各页计时合计 ${total}，超过 duration: ${duration}（${limit}）：缩短几页的时间，或改第 1 页的 duration`,
    untracedQuotes: (slide, part, mine, theirs) => `${LINT_WORDS.zh.slide(slide)}的${part === 'body' ? '正文' : '备注'}有 ${mine} 处引号，原稿同处只有 ${theirs} 处引语：译本的引号只用于原稿引用的原话，转述不加引号`,
    wrongName: (slide, form, name) => `${LINT_WORDS.zh.slide(slide)}写作 ${form}：全稿统一写作 ${name}`,
    lostName: (slide, zh, name) => `${LINT_WORDS.zh.slide(slide)}没有提到 ${name}：原稿这一页提到了${zh}`,
    notesOverrun: (slide, estimate, cue, rate) => `${LINT_WORDS.zh.slide(slide)}的讲稿按${rate}约需 ${estimate}，计时提示只给 ${cue}（超出四分之一以上）：删减讲稿，或给这一页更多时间（其他页相应减少）`,
    talkOverrun: (estimate, duration, rate) => `全部讲稿按${rate}约需 ${estimate}，超过演讲时长 ${duration}：删减讲稿`,
    asideTooLong: (slide, count, limit) => `${LINT_WORDS.zh.slide(slide)}只给演讲者看的备查内容有 ${count}，超过 ${limit}：备查只留演讲者临场需要的几句`,
    typesetting: (rule, excerpt, field) => `${field ? `${field}：` : ''}${TYPESETTING_ZH[rule]}：“${excerpt}”`,
  },
  en: {
    slide: ({ no, title }) => SPEC_WORDS.en.slide(no, title || undefined),
    list: joinEn,
    noId: (slide, suggestion) => `${LINT_WORDS.en.slide(slide)} has no id: the editions pair their slides by id, so every slide has one${suggestion ? ` (here, id: ${suggestion})` : ''}`,
    badId: (slide, id) => `${LINT_WORDS.en.slide(slide)} has the id “${id}”: an id is lower-case letters, digits and hyphens, like talent-returnees`,
    repeatedId: (slide, id, first) => `${LINT_WORDS.en.slide(slide)} repeats the id “${id}” of slide ${first}: each slide has its own id`,
    unknownId: (slide, id, sourceFile) => `${LINT_WORDS.en.slide(slide)} has the id “${id}”, which ${sourceFile} does not have: delete the slide, or give it the id of the slide it translates`,
    firstNotCover: (slide, sourceFile) => `${LINT_WORDS.en.slide(slide)} is the cover: it pairs with slide 1 of ${sourceFile}, and takes no other slide’s id`,
    untranslated: (source, sourceFile, after) => `${sourceFile} has a slide with no translation here: its slide ${source.no} (id: ${source.id}). Add it ${after ? `after the slide with id ${after}` : 'after the cover'}`,
    outOfOrder: (slide, sourceFile, after) => `${LINT_WORDS.en.slide(slide)} is out of order: in ${sourceFile} it comes ${after ? `after the slide with id ${after}` : 'right after the cover'}`,
    sourceField: (slide, field, isCover, sourceFile) => `${LINT_WORDS.en.slide(slide)} writes ${field}, which belongs in ${sourceFile}: a translation writes text only (${isCover ? 'title, titleTemplate, author, keywords, info; ' : ''}id, title, section, and the words of charts and figure cards)`,
    countDiffers: (slide, field, mine, theirs) => `${LINT_WORDS.en.slide(slide)} has ${mine} ${field} where the source has ${theirs}: translate them one for one`,
    listDiffers: (slide, mine, theirs, kindDiffers) => `${LINT_WORDS.en.slide(slide)} has a list of ${mine} items where the source has ${theirs}${kindDiffers ? ', and numbers it differently' : ''}: translate the items one for one`,
    figureUnit: (slide, index, unit) => `${LINT_WORDS.en.slide(slide)}: figures[${index}] has no unit, but the source’s number has one (${unit}): write it in English`,
    quotationCount: (slide, mine, theirs) => `${LINT_WORDS.en.slide(slide)} has ${mine} quotation(s) where the source has ${theirs}: each quotation translates one on the same slide of the source`,
    quotationMark: (slide, mark) => `${LINT_WORDS.en.slide(slide)} quotes a translation: end the attribution line with “${mark}”, as in > — Name, title ${mark}`,
    totalDiffers: (mine, theirs) => `the timing cues add up to ${mine} here and to ${theirs} in the source: both editions take the same time`,
    cueWhere: ' (write it on the last line of the notes, inside <!-- -->)',
    overDuration: (total, duration, limit) => `the timing cues add up to ${total}, more than duration: ${duration} (${limit}): shorten some slides’ times, or change slide 1’s duration`,
    untracedQuotes: (slide, part, mine, theirs) => `${LINT_WORDS.en.slide(slide)}: its ${part === 'body' ? 'slide text' : 'notes'} put ${mine} passage(s) in quotation marks, but the same part of the source slide quotes ${theirs}: quotation marks here mark the translation of words the source quotes from the article; give a paraphrase without them`,
    wrongName: (slide, form, name) => `${LINT_WORDS.en.slide(slide)} writes “${form}”: the edition writes ${name} throughout`,
    lostName: (slide, _zh, name) => `${LINT_WORDS.en.slide(slide)} never names ${name}, whom the source slide names: keep the attribution`,
    notesOverrun: (slide, estimate, cue, rate) => `${LINT_WORDS.en.slide(slide)}: its notes take about ${estimate} to say at ${rate}, but its timing cue gives ${cue} (over by more than a quarter): cut the notes, or give the slide more time and others less`,
    talkOverrun: (estimate, duration, rate) => `the notes take about ${estimate} to say at ${rate}, longer than the talk’s ${duration}: cut them`,
    asideTooLong: (slide, count, limit) => `${LINT_WORDS.en.slide(slide)}: its presenter-only aside has ${count}, over ${limit}: keep only what the presenter needs on stage`,
    typesetting: (rule, excerpt, field) => `${field ? `${field}: ` : ''}${TYPESETTING_RULES[rule]}: “${excerpt}”`,
  },
}
