import type { DeckLang } from '../deck/languages'

/**
 * The share mode's words, per edition: the follower's live control, the
 * presenter's share panel, the remote. Kept apart from deckWords.ts so that
 * pages outside share mode never load them.
 */
export interface ShareWords {
  following: (no: number) => string
  backToLive: (no: number) => string
  offline: string
  share: string
  shareTitle: string
  followAt: string
  close: string
  pairPhone: string
  pairHint: (minutes: number) => string
  pairCode: string
  pairSubmit: string
  expired: string
  remotes: string
  noRemotes: string
  revoke: string
  viewOnly: string
  remoteTitle: string
  previous: string
  next: string
  now: string
  upNext: string
  end: string
  notes: string
  timer: string
  notStarted: string
  unpaired: string
  pairing: string
  pairFailed: (reason: string) => string
  revoked: string
}

export const SHARE_WORDS: Record<DeckLang, ShareWords> = {
  zh: {
    following: no => `跟随演讲 · 第 ${no} 页`,
    backToLive: no => `回到演讲（第 ${no} 页）`,
    offline: '与演讲的连接断了，正在重连……',
    share: '分享',
    shareTitle: '扫码跟随演讲',
    followAt: '跟随地址',
    close: '关闭',
    pairPhone: '把手机配对为遥控器',
    pairHint: minutes => `用手机扫码，或在手机上打开下面的地址、输入配对码；${minutes} 分钟内有效，只能用一次。`,
    pairCode: '配对码',
    pairSubmit: '配对',
    expired: '配对码已过期，请重新生成。',
    remotes: '已配对的遥控器',
    noRemotes: '还没有配对的遥控器。',
    revoke: '取消配对',
    viewOnly: '这个页面不是在本机打开的：只能看，不能翻页。',
    remoteTitle: '遥控器',
    previous: '上一页',
    next: '下一页',
    now: '当前',
    upNext: '下一页',
    end: '（最后一页）',
    notes: '备注',
    timer: '已讲',
    notStarted: '未开始',
    unpaired: '这台手机还没有配对：在演讲者视图里点“分享”→“把手机配对为遥控器”，用手机扫码，或在下面输入配对码。',
    pairing: '正在配对……',
    pairFailed: reason => `配对失败：${reason}`,
    revoked: '演讲者已取消这台手机的配对。',
  },
  en: {
    following: no => `Following · slide ${no}`,
    backToLive: no => `Back to live (slide ${no})`,
    offline: 'Lost the talk; reconnecting…',
    share: 'Share',
    shareTitle: 'Scan to follow the talk',
    followAt: 'Follow at',
    close: 'Close',
    pairPhone: 'Pair a phone as a remote',
    pairHint: minutes => `Scan with the phone, or open this address on it and type the code. Good for ${minutes} minutes, once.`,
    pairCode: 'Pairing code',
    pairSubmit: 'Pair',
    expired: 'The code has expired: make a new one.',
    remotes: 'Paired remotes',
    noRemotes: 'No remote is paired.',
    revoke: 'Unpair',
    viewOnly: 'This page was not opened on the presenter\'s machine: it can watch, not move the talk.',
    remoteTitle: 'Remote',
    previous: 'Previous',
    next: 'Next',
    now: 'Now',
    upNext: 'Next',
    end: '(last slide)',
    notes: 'Notes',
    timer: 'Elapsed',
    notStarted: 'not started',
    unpaired: 'This phone is not paired: in the presenter view, choose Share → Pair a phone as a remote, then scan its QR code or type its code below.',
    pairing: 'Pairing…',
    pairFailed: reason => `Pairing failed: ${reason}`,
    revoked: 'The presenter has unpaired this phone.',
  },
}
