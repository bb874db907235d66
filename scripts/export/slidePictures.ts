import type { Page } from 'playwright-core'
import type { DeckInfo } from '../project/index'
import { join } from 'node:path'
import { printAnchorId } from '../../components/deck/slideIndex'
import { replaceFolder, writeAtomically } from './atomicWrite'

export interface SlideImage {
  no: number
  png: Buffer
}

/** A picture of each slide as the print view draws it. */
export async function captureSlides(page: Page, info: DeckInfo): Promise<SlideImage[]> {
  const images: SlideImage[] = []
  for (const slide of info.slides) {
    const png = await page.locator(`[id="${printAnchorId(slide.no)}"]`).screenshot({ type: 'png', animations: 'disabled' })
    images.push({ no: slide.no, png })
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
