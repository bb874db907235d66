import type { DeckLang } from '../deck/deckWords'

/**
 * The presenter view's pace panel, in each edition's words. Apart from the
 * deck's other words (components/deck/deckWords.ts): only the presenter view
 * loads the panel, so the audience's first slide does not carry them.
 */
export interface PaceWords {
  notStarted: string
  onPlan: string
  behind: string
  ahead: string
  remaining: string
  over: string
  thisSlide: string
  start: string
  end: string
  rehearsing: string
  interrupted: string
  saving: string
  saved: (file: string) => string
  downloaded: (file: string) => string
  notSaved: (why: string, file: string) => string
  planBroken: (problems: string[]) => string
}

export const PACE_WORDS: Record<DeckLang, PaceWords> = {
  zh: {
    notStarted: '未开始计时',
    onPlan: '按计划',
    behind: '落后',
    ahead: '提前',
    remaining: '剩余',
    over: '超时',
    thisSlide: '本页',
    start: '开始排练',
    end: '结束排练',
    rehearsing: '排练中',
    interrupted: '排练已中断：计时器被重置',
    saving: '正在保存',
    saved: file => `已保存 ${file}`,
    downloaded: file => `已下载 ${file}`,
    notSaved: (why, file) => `服务器未保存（${why}），已下载 ${file}`,
    planBroken: problems => `计时计划有误：${problems.join('；')}`,
  },
  en: {
    notStarted: 'Timer not started',
    onPlan: 'On plan',
    behind: 'Behind',
    ahead: 'Ahead',
    remaining: 'Left',
    over: 'Over',
    thisSlide: 'This slide',
    start: 'Start rehearsal',
    end: 'End rehearsal',
    rehearsing: 'Rehearsing',
    interrupted: 'Rehearsal stopped: the timer was reset',
    saving: 'Saving',
    saved: file => `Saved ${file}`,
    downloaded: file => `Downloaded ${file}`,
    notSaved: (why, file) => `Not saved by the server (${why}); downloaded ${file}`,
    planBroken: problems => `The timing plan has problems: ${problems.join('; ')}`,
  },
}
