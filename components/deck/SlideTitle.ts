import type { VNode } from 'vue'
import { defineComponent, Fragment, h, inject, isVNode } from 'vue'
import { readingContextKey } from '../reading/readingContext'

/** The title slot's `<h1>`s, retagged (inside fragments too), with the reading view's title class. */
function retitle(nodes: VNode[], tag: 'h1' | 'h2'): VNode[] {
  return nodes.map((node) => {
    if (node.type === Fragment && Array.isArray(node.children))
      return h(Fragment, retitle(node.children.filter(isVNode), tag))
    if (node.type === 'h1')
      return h(tag, { ...node.props, class: [node.props?.class, 'slide-title'] }, node.children as VNode[] | string)
    return node
  })
}

/**
 * Where a layout puts the slide's `# title`. In the slide, overview, presenter
 * and print views it renders the title as written, an h1; in the reading view,
 * where the whole deck is one page, every slide's title but the cover's
 * becomes an h2, so the page has one h1.
 */
export default defineComponent({
  name: 'SlideTitle',
  setup(_, { slots }) {
    const reading = inject(readingContextKey, undefined)
    return () => {
      const nodes = slots.default?.() ?? []
      return reading ? retitle(nodes, reading.titleTag) : nodes
    }
  },
})
