/** The talk plan, read from the deck's timing cues at build time (scripts/build/rehearsalPlugin.ts). */
declare module 'virtual:talk-plan' {
  import type { TalkPlanResult } from './talkPlan'

  const plan: TalkPlanResult
  export default plan
}
