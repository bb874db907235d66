/** The editable PowerPoint: the print view's layout, read in the browser, as text boxes, shapes and native charts. */
export { buildPptx, capturePictures, writeEditablePptx } from './pptxExport'
export { readSlideLayouts } from './slideLayout'
export type { RawItem, RawPicture, RawShape, RawSlide, RawText } from './slideLayout'
