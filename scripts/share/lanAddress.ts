import type { NetworkInterfaceInfo } from 'node:os'
import { isIPv4 } from 'node:net'
import { networkInterfaces } from 'node:os'

/**
 * The address the room reaches this machine at: the first IPv4 address of a
 * network interface that is up and not loopback (a laptop's Wi-Fi or wired
 * network), or the one the presenter names with `--share-address`.
 */

export type AddressChoice = { ok: true, address: string } | { ok: false, message: string }

/** The machine's LAN addresses, best first: private ranges (a hall's Wi-Fi) before others; no link-local (169.254…). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const found = Object.values(interfaces).flatMap(list => list ?? [])
    .filter(info => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'))
    .map(info => info.address)
  const isPrivate = (address: string) => /^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(address)
  return [...found.filter(isPrivate), ...found.filter(address => !isPrivate(address))]
}

/** The address to share on: the one asked for (an IPv4 address), else the machine's first LAN address, else why not. */
export function chooseShareAddress(requested: string | undefined, interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): AddressChoice {
  if (requested !== undefined) {
    return isIPv4(requested) && requested !== '127.0.0.1' && requested !== '0.0.0.0'
      ? { ok: true, address: requested }
      : { ok: false, message: `--share-address takes one IPv4 address of this machine other than 127.0.0.1 and 0.0.0.0, not "${requested}"` }
  }
  const [address] = lanAddresses(interfaces)
  return address
    ? { ok: true, address }
    : { ok: false, message: 'no LAN address: this machine is on no network that phones could reach (join the hall\'s Wi-Fi, or present without --share)' }
}
