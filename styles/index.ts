import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
// The English edition's Latin face; a page downloads it only when its text uses it.
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import { paletteStylesheet } from '../components/charts/palette'
import './deck.css'

/** The palette's colours as the --deck-* custom properties deck.css uses (light, and dark under html.dark). */
const paletteStyle = document.createElement('style')
paletteStyle.dataset.deckPalette = ''
paletteStyle.textContent = paletteStylesheet()
document.head.append(paletteStyle)
