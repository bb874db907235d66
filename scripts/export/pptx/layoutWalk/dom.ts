/** How the walk sees the DOM: what is hidden, inline, a picture, and which children the layout lays out. */

/** A length in CSS pixels from a computed style value ('' and `normal` are 0). */
export function cssPx(value: string): number {
  return Number.parseFloat(value) || 0
}

export function isHidden(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0
}

/** Drawn as a picture: an image, an SVG, a video or a canvas that is not a chart. */
export function isPicture(el: Element): boolean {
  return ['IMG', 'SVG', 'VIDEO', 'CANVAS'].includes(el.tagName.toUpperCase())
}

/** Text, or an inline element that is not a picture. */
export function isInline(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE
    || (node instanceof Element && getComputedStyle(node).display === 'inline' && !isPicture(node))
}

export function hasText(node: Node): boolean {
  return (node.textContent ?? '').trim() !== ''
}

/** Children as the layout sees them: `display: contents` elements are see-through. */
export function layoutChildren(el: Element): Node[] {
  return [...el.childNodes].flatMap(node =>
    node instanceof Element && getComputedStyle(node).display === 'contents' ? layoutChildren(node) : [node])
}
