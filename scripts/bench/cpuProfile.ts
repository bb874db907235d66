/**
 * Where a process spent its CPU, from a V8 CPU profile (`node --cpu-prof`):
 * each sample's time goes to the function it was in (self time), and each
 * function to a group named for what it does in a Slidev build: Vite and
 * Rolldown, the Vue compile, UnoCSS, Slidev, the Markdown, the deck's own
 * code by folder, and V8's own work (garbage collection, compiling).
 */

export interface CpuProfile {
  nodes: Array<{ id: number, callFrame: { functionName: string, url: string } }>
  samples: number[]
  timeDeltas: number[]
}

/** Packages by what they do in a build; a package not named here is reported by its own name. */
const PACKAGE_GROUPS: Array<[RegExp, string]> = [
  [/^(?:vite|rolldown|@rolldown\/.*|esbuild|postcss.*|lightningcss.*|magic-string|@jridgewell\/.*|mlly|pathe|estree-walker)$/, 'Vite and Rolldown'],
  [/^(?:@vue\/compiler-.*|@vitejs\/plugin-vue|@babel\/.*|vue)$/, 'Vue compile'],
  [/^(?:unocss|@unocss\/.*|@iconify\/.*|unplugin-icons)$/, 'UnoCSS and icons'],
  [/^(?:@slidev\/.*|unplugin-vue-components|unplugin-vue-markdown|yaml)$/, 'Slidev (its plugins, parser, frontmatter)'],
  [/^(?:markdown-exit|markdown-it.*|@shikijs\/.*|shiki)$/, 'Markdown'],
  [/^budoux$/, 'deck: phrase marks (BudouX)'],
  [/^(?:subset-font|harfbuzzjs|fontverter|wawoff2)$/, 'deck: font subsetting (harfbuzz)'],
  [/^zod$/, 'deck: data schemas (zod)'],
]

/** The group of a function, from its script's address (`url`) and name; `root` is the project's folder. */
export function cpuGroup(url: string, functionName: string, root: string): string {
  if (!url) {
    if (functionName === '(garbage collector)')
      return 'V8: garbage collection'
    if (functionName === '(idle)')
      return 'idle (waiting)'
    return 'V8 and native code (compiling, Rolldown\'s Rust, the file system)'
  }
  const path = url.replace(/^file:\/\//, '')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]
  if (pkg === '.vite-temp')
    return 'deck: vite.config.ts and the scripts it loads (bundled by Vite)'
  if (pkg)
    return PACKAGE_GROUPS.find(([pattern]) => pattern.test(pkg))?.[1] ?? `package ${pkg}`
  if (path.startsWith('node:') || !path.startsWith('/'))
    return 'Node.js itself'
  if (path.startsWith(`${root}/`)) {
    const inProject = path.slice(root.length + 1)
    const folder = /^(?:scripts\/[^/]+|[^/]+)/.exec(inProject)![0]
    return `deck: ${folder.includes('.') ? inProject : `${folder}/`}`
  }
  return 'other'
}

/** CPU milliseconds per group (idle left out), the largest first. */
export function cpuByGroup(profile: CpuProfile, root: string): Array<{ group: string, ms: number }> {
  const groupOf = new Map(profile.nodes.map(node => [node.id, cpuGroup(node.callFrame.url, node.callFrame.functionName, root)]))
  const totals = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const group = groupOf.get(id) ?? 'other'
    totals.set(group, (totals.get(group) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  totals.delete('idle (waiting)')
  return [...totals].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms)
}
