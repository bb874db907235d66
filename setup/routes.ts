import type { Component } from 'vue'
import { defineRoutesSetup } from '@slidev/types'
import { defineComponent, h } from 'vue'
import LanguageSwitch from '../components/deck/LanguageSwitch.vue'
import { READING_MEDIA_QUERY, wantsReadingView } from '../components/reading/viewMode'

/**
 * The play route (`/:no`) shows the reading view instead of the slide view on
 * a narrow screen (a phone in portrait) or with `?view=read`, and the slide
 * view with `?view=slides`. Decided once, when the route first loads; the
 * reading view's code and CSS are a chunk of their own, fetched only then.
 * The overview shows the language switch above Slidev's own page. `/remote`
 * is the share mode's remote for a paired phone (components/share/). Every
 * other route (presenter, print, export) is Slidev's.
 */
export default defineRoutesSetup((routes) => {
  const play = routes.find(route => route.name === 'play')
  if (!play || typeof play.component !== 'function')
    throw new Error('Slidev\'s routes have no lazily loaded "play" route; setup/routes.ts must follow Slidev\'s new layout')
  const slideView = play.component as () => Promise<unknown>
  play.component = () => wantsReadingView(location.search, matchMedia(READING_MEDIA_QUERY).matches)
    ? import('../components/reading/ReadingView.vue')
    : slideView()
  const overview = routes.find(route => route.name === 'overview')
  if (overview && typeof overview.component === 'function') {
    const overviewPage = overview.component as () => Promise<{ default: Component }>
    overview.component = async () => withLanguageSwitch((await overviewPage()).default)
  }
  routes.push({ name: 'remote', path: '/remote', component: () => import('../components/share/RemotePage.vue') })
  return routes
})

/** A page with the language switch in a corner above it. */
function withLanguageSwitch(page: Component): Component {
  return defineComponent({
    name: 'WithLanguageSwitch',
    setup: () => () => [h('div', { class: 'language-switch-corner' }, [h(LanguageSwitch)]), h(page)],
  })
}
