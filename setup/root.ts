import { defineRootSetup } from '@slidev/types'
import { getCurrentInstance } from 'vue'
import { useRouter } from 'vue-router'
import { sharePrefix } from '../components/share/shareMode'

/**
 * In share mode (`npm start -- --share`), every page joins the talk: the
 * follow client loads and follows the presenter, or, in the presenter view
 * opened on the presenter's own machine, moves the talk. Outside share mode
 * nothing more loads.
 */
export default defineRootSetup(() => {
  if (!sharePrefix())
    return
  const router = useRouter()
  const { appContext } = getCurrentInstance()!
  void import('../components/share/shareClient').then(({ startShareClient }) => startShareClient(router, appContext))
})
