import { describe, expect, it } from 'vitest'
import { markUntaggedAsArtifacts } from '../../scripts/export/pdf/contentArtifacts'

describe('markUntaggedAsArtifacts', () => {
  it('wraps a path painted outside marked content, and leaves tagged content alone', () => {
    const out = markUntaggedAsArtifacts('0 0 10 10 re f\n/P <</MCID 0 >>BDC\n1 1 5 5 re f\nEMC')
    expect(out).toBe('/Artifact BMC\n0 0 10 10 re\nf\nEMC\n/P <</MCID 0 >>BDC\n1 1 5 5 re\nf\nEMC')
  })

  it('does not wrap a clipping path that paints nothing', () => {
    expect(markUntaggedAsArtifacts('q 0 0 10 10 re W n Q')).toBe('q\n0 0 10 10 re\nW\nn\nQ')
  })

  it('wraps untagged text inside its text object, never across BT or ET', () => {
    const out = markUntaggedAsArtifacts('BT /F1 9 Tf <0001> Tj ET BT /P <</MCID 1>> BDC <0002> Tj EMC ET')
    expect(out).toBe('BT\n/F1 9 Tf\n/Artifact BMC\n<0001> Tj\nEMC\nET\nBT\n/P <</MCID 1>> BDC\n<0002> Tj\nEMC\nET')
  })

  it('closes an artifact before tagged content starts', () => {
    const out = markUntaggedAsArtifacts('/Im1 Do /Span <</MCID 2>> BDC /Im1 Do EMC')
    expect(out).toBe('/Artifact BMC\n/Im1 Do\nEMC\n/Span <</MCID 2>> BDC\n/Im1 Do\nEMC')
  })

  it('leaves a Form XObject unwrapped: it carries its own tags', () => {
    expect(markUntaggedAsArtifacts('q /X5 Do Q /Im1 Do', new Set(['X5']))).toBe('q\n/X5 Do\nQ\n/Artifact BMC\n/Im1 Do\nEMC')
  })

  it('is idempotent: a stream with nothing untagged stays as it was', () => {
    const once = markUntaggedAsArtifacts('0 0 1 1 re f BT <01> Tj ET')
    expect(markUntaggedAsArtifacts(once)).toBe(once)
  })
})
