import type { AppContext } from 'vue'
import type { Router } from 'vue-router'
import type { LiveMessage, Position } from './shareProtocol'
import { useNav } from '@slidev/client'
import { syncDirections } from '@slidev/client/state/storage.ts'
import { h, reactive, render, watch } from 'vue'
import { deckLang } from '../deck/deckLang'
import FollowBar from './FollowBar.vue'
import { onLive, pageName, presenterAction, samePosition, steppedAway } from './followRules'
import { connectLive, liveAddress } from './liveConnection'
import { createMoveSender } from './moveSender'
import { sharePrefix } from './shareMode'
import { SHARE_PATHS, SHARE_PREFIX } from './shareProtocol'

/**
 * A page's part in a shared talk (share mode only; setup/root.ts loads this).
 * Every page holds the live channel. The presenter view opened on the
 * presenter's machine receives the control token and sends each of its moves
 * to the server; it goes where a paired remote moves the talk. Every other
 * page follows: it goes where the talk goes until its reader steps away, and
 * then offers the way back (FollowBar.vue).
 */

export type ShareRole = 'follower' | 'presenter' | 'view-only'

export interface ShareState {
  live: LiveMessage | undefined
  /** When `live` arrived, by this page's clock (the remote's timer counts from it). */
  liveAt: number
  online: boolean
  following: boolean
  role: ShareRole
  /** The presenter's control token; held in this page's memory only. */
  token: string | undefined
  prefix: string
}

/** How long after a key, wheel, touch or click a page's move counts as the reader's. */
const READER_MOVE_MS = 1500

/** Whether this reader chose to stop following; kept for the tab (across the language switch, a reload). */
const STEPPED_AWAY_KEY = 'deck-share-stepped-away'

export const shareState: ShareState = reactive({
  live: undefined,
  liveAt: 0,
  online: false,
  following: sessionStorage.getItem(STEPPED_AWAY_KEY) !== '1',
  role: 'follower',
  token: undefined,
  prefix: sharePrefix() ?? '',
})

/** The page's own name in its moves' echo. */
export const thisPage = pageName()

/** The share endpoint `path` (a SHARE_PATHS entry) under this server's prefix. */
export function shareEndpoint(path: string): string {
  return `${shareState.prefix}${path.slice(SHARE_PREFIX.length)}`
}

/** A JSON request to the share server with a control token; the answer's status and body. */
export async function askServer<T>(path: string, token: string | undefined, body?: object): Promise<{ status: number, body: T & { ok?: boolean, error?: string } }> {
  const response = await fetch(shareEndpoint(path), {
    method: body ? 'POST' : 'GET',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  })
  return { status: response.status, body: await response.json().catch(() => ({})) }
}

/**
 * Asks for the control token: a page opened on the presenter's machine gets
 * it (presenter), any other is refused (view only). A failure that says
 * nothing of the page (the network, the pace) leaves the role as it was.
 */
export async function renewControl(): Promise<void> {
  const answer = await askServer<{ token?: string }>(SHARE_PATHS.control, undefined).catch(() => undefined)
  if (!answer || (answer.status !== 200 && answer.status !== 403))
    return
  shareState.token = answer.body.token
  shareState.role = shareState.token ? 'presenter' : 'view-only'
}

export function setFollowing(following: boolean): void {
  shareState.following = following
  if (following)
    sessionStorage.removeItem(STEPPED_AWAY_KEY)
  else
    sessionStorage.setItem(STEPPED_AWAY_KEY, '1')
}

/**
 * In share mode the server alone says where the talk is. Slidev also syncs
 * the windows of one browser: a projector window beside the presenter view
 * that the server moves would move the presenter view back through that
 * channel, each undoing the other. The presenter view (with control) stops
 * listening to it while this page is open (Slidev keeps the setting in
 * localStorage: the presenter's own choice comes back when the page goes).
 */
function ignoreSameBrowserViewers() {
  const before = syncDirections.value.presenterReceive
  syncDirections.value.presenterReceive = false
  window.addEventListener('pagehide', () => { syncDirections.value.presenterReceive = before })
}

export async function startShareClient(router: Router, appContext: AppContext): Promise<void> {
  const nav = useNav()
  const routeName = () => router.currentRoute.value.name
  const readingView = () => document.documentElement.classList.contains('deck-reading')
  // Going back, Slidev asks for a slide's last step with a huge click count until the slide has counted its steps.
  const page = (): Position => ({ slide: nav.currentSlideNo.value, click: readingView() ? 0 : Math.min(nav.clicks.value, nav.clicksTotal.value) })
  await router.isReady()
  // The presenter view asks for control when it opens (or the page turns into it).
  const askForControl = () => routeName() === 'presenter' && shareState.role === 'follower' ? renewControl() : undefined
  await askForControl()
  watch(routeName, askForControl)
  const presenting = () => shareState.role === 'presenter' && routeName() === 'presenter'
  const stopWatchingRole = watch(() => shareState.role, (role) => {
    if (role === 'presenter') {
      ignoreSameBrowserViewers()
      queueMicrotask(() => stopWatchingRole())
    }
  }, { immediate: true })
  const sender = createMoveSender({
    post: move => askServer<{ version?: number }>(SHARE_PATHS.position, shareState.token, move).then(answer => ({ status: answer.status, version: answer.body.version }), () => ({ status: 0 })),
    renewToken: renewControl,
  })
  /** Where the presenter view last put the talk (sent, or went to): its next move is measured from there, not from a position the server has not yet echoed. */
  let expected: (Position & { clicks: number }) | undefined
  const sendPage = () => {
    expected = { ...page(), clicks: nav.clicksTotal.value }
    sender.send({ ...expected, from: thisPage })
  }
  /** Where this page last asked the router to go for the talk; a page elsewhere has been moved by its reader. */
  let sentTo: Position | undefined
  /** The presenter's keys before the talk's position first arrived. */
  let movedFirst = false
  /** The version of the talk's position a follower's page last went back to by itself. */
  let snappedBackFor = -1

  function goTo(position: Position) {
    sentTo = position
    const route = router.currentRoute.value
    if (route.name !== 'play' && route.name !== 'presenter')
      return
    void router.replace({ name: route.name, params: { no: String(position.slide) }, query: { ...route.query, clicks: position.click ? String(position.click) : undefined } })
  }

  connectLive(liveAddress(location, shareEndpoint(SHARE_PATHS.live)), (message, greeting) => {
    const first = shareState.live === undefined
    shareState.live = message
    shareState.liveAt = Date.now()
    const shown = onLive(page(), message, readingView())
    if (presenting()) {
      const own = message.from === thisPage
      if (!own)
        sender.dropWaiting()
      const action = presenterAction({ first, movedFirst, greeting, own, busy: sender.busy(), stale: message.version < sender.lastVersion(), onLive: shown })
      if (action === 'send') {
        sendPage()
      }
      else if (action === 'go' || shown) {
        expected = message
        if (action === 'go')
          goTo(message)
      }
    }
    else if (shareState.following) {
      if (shown)
        sentTo = message
      else
        goTo(message)
    }
  }, (online) => { shareState.online = online })

  // A page also moves by itself: the reading view's address as it settles on a slide (its charts drawing above it),
  // the projector window beside the presenter view in one browser (Slidev syncs the two). Only a move that follows
  // the reader's own hand, a key, a wheel, a touch or a click, is the reader stepping away.
  let touchedAt = Number.NEGATIVE_INFINITY
  for (const name of ['keydown', 'wheel', 'touchstart', 'touchmove', 'pointerdown'])
    window.addEventListener(name, () => { touchedAt = performance.now() }, { capture: true, passive: true })

  const byHand = () => performance.now() - touchedAt < READER_MOVE_MS
  watch(() => [nav.currentSlideNo.value, nav.clicks.value, nav.clicksTotal.value], () => {
    const live = shareState.live
    if (!live) {
      movedFirst ||= presenting() && byHand()
      return
    }
    if (presenting()) {
      const from = expected ?? live
      if (!samePosition(page(), from) || nav.clicksTotal.value !== from.clicks)
        sendPage()
      return
    }
    if (!shareState.following || !steppedAway(page(), sentTo, live, readingView()))
      return
    if (byHand())
      setFollowing(false)
    // The reading view moved itself (settling on another slide as it lays out): back to the talk, once for each
    // position, so a slide the page cannot settle on does not send it back and forth. (A slide view moved without
    // a hand was moved by Slidev's sync with the presenter view in the same browser: it is ahead of the server.)
    else if (readingView() && snappedBackFor !== live.version) {
      snappedBackFor = live.version
      goTo(live)
    }
  })

  /** Back to live: follow again, and go where the talk is. */
  function backToLive() {
    setFollowing(true)
    if (shareState.live)
      goTo(shareState.live)
  }
  const host = document.createElement('div')
  host.className = 'deck-share-host'
  document.body.append(host)
  // Rendered in Slidev's app (its context), as every component of the deck is: Slidev gives each one its slide context.
  const bar = h(FollowBar, { state: shareState, lang: deckLang, routeName: () => String(router.currentRoute.value.name ?? ''), onBackToLive: backToLive })
  bar.appContext = appContext
  render(bar, host)
}
