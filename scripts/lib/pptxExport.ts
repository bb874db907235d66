import type { DeckInfo } from './deckInfo'
import type { SlideImage, SlideNotes } from './exporters'
import PptxGenJS from 'pptxgenjs'
import { writeAtomically } from './atomicWrite'

/** A PowerPoint file: each slide as a picture, with its speaker notes. */
export async function writePptx(images: SlideImage[], notes: SlideNotes[], info: DeckInfo, path: string): Promise<void> {
  const pptx = new PptxGenJS()
  const width = 10
  const height = width * info.size.height / info.size.width
  pptx.defineLayout({ name: 'DECK', width, height })
  pptx.layout = 'DECK'
  pptx.title = info.title
  pptx.author = info.author
  pptx.subject = info.subject
  for (const image of images) {
    const slide = pptx.addSlide()
    slide.addImage({ data: `data:image/png;base64,${image.png.toString('base64')}`, x: 0, y: 0, w: width, h: height, altText: notes[image.no - 1]?.title })
    slide.addNotes(notes[image.no - 1]?.text ?? '')
  }
  const data = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
  await writeAtomically(path, data)
}
