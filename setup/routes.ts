import { defineRoutesSetup } from '@slidev/types'
import { READING_MEDIA_QUERY, wantsReadingView } from '../components/reading/viewMode'

/**
 * The play route (`/:no`) shows the reading view instead of the slide view on
 * a narrow screen (a phone in portrait) or with `?view=read`, and the slide
 * view with `?view=slides`. Decided once, when the route first loads; the
 * reading view's code and CSS are a chunk of their own, fetched only then.
 * Every other route (presenter, overview, print, export) is Slidev's.
 */
export default defineRoutesSetup((routes) => {
  const play = routes.find(route => route.name === 'play')
  if (!play || typeof play.component !== 'function')
    throw new Error('Slidev\'s routes have no lazily loaded "play" route; setup/routes.ts must follow Slidev\'s new layout')
  const slideView = play.component as () => Promise<unknown>
  play.component = () => wantsReadingView(location.search, matchMedia(READING_MEDIA_QUERY).matches)
    ? import('../components/reading/ReadingView.vue')
    : slideView()
  return routes
})
