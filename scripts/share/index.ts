/** The share mode of `npm start -- --share`: the room follows the talk on its own devices; only the presenter moves it. */
export { chooseShareAddress, lanAddresses } from './lanAddress.ts'
export { startShareSession } from './shareSession.ts'
export type { ShareSession, ShareSessionOptions } from './shareSession.ts'
export { createControlAccess, PAIRING_TTL_MS, TOKEN_BYTES } from './controlAccess.ts'
export { createTalkPosition, readSavedPosition } from './talkPosition.ts'
export { createShareHub } from './shareHub.ts'
export { createRateLimiter, isLoopbackRequest, checkSameOrigin } from './requestGuard.ts'
