import type { Move } from './shareProtocol'

/**
 * How the presenter view sends its moves: one at a time, the latest waiting
 * while one is under way (holding an arrow key down sends what the page
 * reached, not every step). A move refused for its token (the server was
 * restarted: a new token) goes once more with a token asked for again; one
 * refused for its pace goes a moment later; one lost to the network is left
 * to the reconnect, which sends where the page is.
 */
export interface MoveSender {
  send: (move: Move) => void
  /** Whether a move is under way or waiting: an echo of an older one is then no reason to move the page. */
  busy: () => boolean
  /** Forgets the waiting move: someone else has moved the talk since. */
  dropWaiting: () => void
  /** The version the server gave the latest move it took from this page (-1 before any). */
  lastVersion: () => number
}

export interface MoveSenderOptions {
  /** Sends one move; its HTTP status (0 when the network failed) and, when taken, the talk's version after it. */
  post: (move: Move) => Promise<{ status: number, version?: number }>
  renewToken: () => Promise<void>
  wait?: (ms: number) => Promise<void>
}

export const RETRY_AFTER_MS = 250

export function createMoveSender({ post, renewToken, wait = ms => new Promise(resolve => setTimeout(resolve, ms)) }: MoveSenderOptions): MoveSender {
  let sending = false
  let waiting: Move | undefined
  let lastVersion = -1
  const posted = async (move: Move) => {
    const answer = await post(move)
    lastVersion = Math.max(lastVersion, answer.version ?? -1)
    return answer.status
  }
  async function send(move: Move): Promise<void> {
    if (sending) {
      waiting = move
      return
    }
    sending = true
    try {
      const status = await posted(move)
      if (status === 401 || status === 403) {
        await renewToken()
        await posted(move)
      }
      else if (status === 429) {
        await wait(RETRY_AFTER_MS)
        waiting ??= move
      }
    }
    finally {
      sending = false
      const next = waiting
      waiting = undefined
      if (next)
        void send(next)
    }
  }
  return {
    send: move => void send(move),
    busy: () => sending || waiting !== undefined,
    dropWaiting: () => { waiting = undefined },
    lastVersion: () => lastVersion,
  }
}
