/** A two-slide deck in Chinese that passes the lint: a cover and a statement, each with its timing cue (the lint's unit tests break it one way at a time). */
export const CLEAN_DECK = `---
id: cover
title: 封面
duration: 2min
---

# 封面标题

<!--
计时：约 30 秒（累计 0:30）
-->

---
id: point
layout: statement
title: 主张
---

# 主张

**一句主张**

<!--
- 要点。

计时：约 30 秒（累计 1:00）
-->
`
