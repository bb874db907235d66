import { describe, expect, it } from 'vitest'
import { MAX_FIGURES, validateFigures } from '../../components/figures/figureSpec'

describe('validateFigures', () => {
  it('reads figures with a number or text value, as text', () => {
    expect(validateFigures([{ value: 2629.3, unit: '亿元', label: '研发经费投入', source: '展示厅数据' }, { value: '第 11 位', label: '排名', source: '施一公引述' }]))
      .toEqual({ ok: true, figures: [{ value: '2629.3', unit: '亿元', label: '研发经费投入', source: '展示厅数据' }, { value: '第 11 位', label: '排名', source: '施一公引述' }] })
  })

  it('names the field at fault: a missing block, a missing source, an empty label, too many figures', () => {
    expect(validateFigures(undefined)).toEqual({ ok: false, problems: [{ field: 'figures', message: '缺少 figures 数据块' }] })
    const missing = validateFigures([{ value: 600, label: '市场规模', source: '' }])
    expect(missing.ok ? [] : missing.problems.map(problem => problem.field)).toEqual(['figures[0].source'])
    const many = validateFigures(Array.from({ length: MAX_FIGURES + 1 }, () => ({ value: 1, label: '甲', source: '乙' })))
    expect(many.ok ? [] : many.problems.map(problem => problem.message)).toEqual([`最多 ${MAX_FIGURES} 个数字，一页放不下更多`])
  })
})
