import type { Page } from 'playwright-core'
import type { DeckInfo } from '../project/index'
import { join } from 'node:path'
import { printAnchorId } from '../../components/deck/slideIndex'
import { replaceFolder, writeAtomically } from './atomicWrite'

export interface SlideImage {
  no: number
  png: Buffer
}

/**
 * A picture of each slide as the print view draws it: each slide in turn is
 * scrolled to the top of the viewport and its box captured there. The same
 * pixels as an element screenshot, in less than half the time, because an
 * element screenshot draws the whole print view again for each picture. The
 * viewport is one slide high (made whole while the pictures are taken, as a
 * slide's box may end a fraction of a pixel below it).
 */
export async function captureSlides(page: Page, info: DeckInfo): Promise<SlideImage[]> {
  // The print view's page always has a viewport (printView.ts sets it to the slide's size).
  const viewport = page.viewportSize()!
  let current = viewport
  const images: SlideImage[] = []
  try {
    for (const slide of info.slides) {
      const box = await page.locator(`[id="${printAnchorId(slide.no)}"]`).evaluate((element) => {
        element.scrollIntoView({ block: 'start', inline: 'start' })
        const { x, y, width, height } = element.getBoundingClientRect()
        return { x, y, width, height }
      })
      const needed = { width: Math.max(current.width, Math.ceil(box.x + box.width)), height: Math.max(current.height, Math.ceil(box.y + box.height)) }
      if (needed.width !== current.width || needed.height !== current.height)
        await page.setViewportSize(current = needed)
      images.push({ no: slide.no, png: await page.screenshot({ type: 'png', clip: box, animations: 'disabled' }) })
    }
  }
  finally {
    await page.setViewportSize(viewport)
  }
  return images
}

export function pngName(no: number, total: number): string {
  return `${String(no).padStart(Math.max(2, String(total).length), '0')}.png`
}

export async function writePngs(images: SlideImage[], folder: string): Promise<string[]> {
  await replaceFolder(folder, async (temporary) => {
    for (const image of images)
      await writeAtomically(join(temporary, pngName(image.no, images.length)), image.png)
  })
  return images.map(image => join(folder, pngName(image.no, images.length)))
}
