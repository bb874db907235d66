'use strict'
/*
 * The Node version check: the first thing `npm ci`, `npm run dev` and
 * `npm test` run. Plain CommonJS in the syntax of old Node versions (no
 * `import`, no `?.`, no `??`), so a Node far too old for the project still
 * reads it and says, in one line, which version is needed and which one runs.
 * The version needed is package.json's `engines.node`.
 */

var readFileSync = require('fs').readFileSync
var join = require('path').join

/** [major, minor, patch] from "v20.19.1", "20.19" or "20"; null for anything else. */
function parseVersion(text) {
  var match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(text).trim())
  if (!match)
    return null
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)]
}

function compareVersions(a, b) {
  for (var i = 0; i < 3; i++) {
    if (a[i] !== b[i])
      return a[i] < b[i] ? -1 : 1
  }
  return 0
}

/** Whether `version` meets one comparator: `>=20.19.0`, `>20`, `<=22`, `<23`, `^20.19.0`, `20.19.0`. */
function meetsComparator(version, comparator) {
  var match = /^(>=|<=|>|<|\^|=)?\s*(v?\d+(?:\.\d+){0,2})$/.exec(comparator)
  var bound = match && parseVersion(match[2])
  if (!bound)
    throw new Error('engines.node: cannot read "' + comparator + '"')
  var order = compareVersions(version, bound)
  switch (match[1]) {
    case '>=': return order >= 0
    case '>': return order > 0
    case '<=': return order <= 0
    case '<': return order < 0
    case '^': return order >= 0 && version[0] === bound[0]
    default: return order === 0
  }
}

/** Whether `version` ("v20.19.1") is in `range` (package.json's engines.node: comparators, `||` between alternatives). */
function satisfiesRange(version, range) {
  var parsed = parseVersion(version)
  if (!parsed)
    throw new Error('cannot read the Node version "' + version + '"')
  return String(range).split('||').some(function (alternative) {
    var comparators = alternative.trim().replace(/(>=|<=|>|<|\^|=)\s+/g, '$1').split(/\s+/)
    return comparators.every(function (comparator) {
      return meetsComparator(parsed, comparator)
    })
  })
}

/** The one line to print when `running` is outside `required`; null when it is fine. */
function nodeVersionProblem(required, running) {
  if (satisfiesRange(running, required))
    return null
  return '需要 Node.js ' + required + '，当前是 ' + running + '。/ This project needs Node.js ' + required + '; this is Node.js ' + running + '.'
}

function requiredNodeRange() {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).engines.node
}

module.exports = { nodeVersionProblem: nodeVersionProblem, satisfiesRange: satisfiesRange, requiredNodeRange: requiredNodeRange }

if (require.main === module) {
  var problem = nodeVersionProblem(requiredNodeRange(), process.version)
  if (problem) {
    console.error(problem)
    process.exit(1)
  }
}
