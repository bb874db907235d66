import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { chooseShareAddress, lanAddresses } from '../../scripts/share/lanAddress'

const info = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) => ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo

describe('the share mode\'s LAN address', () => {
  it('takes a private IPv4 address of an interface, before a public one; never loopback, IPv6 or link-local', () => {
    const interfaces = { lo: [info('127.0.0.1', 'IPv4', true)], eth0: [info('203.0.113.5'), info('fe80::1', 'IPv6')], wlan0: [info('169.254.3.4'), info('192.168.1.20')] }
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.20', '203.0.113.5'])
    expect(chooseShareAddress(undefined, interfaces)).toEqual({ ok: true, address: '192.168.1.20' })
  })

  it('says in one line that a machine on no network cannot share', () => {
    const choice = chooseShareAddress(undefined, { lo: [info('127.0.0.1', 'IPv4', true)] })
    expect(choice.ok).toBe(false)
    if (!choice.ok)
      expect(choice.message).toMatch(/^no LAN address[^\n]*$/)
  })

  it('takes the address a presenter names, if it is one IPv4 address other than loopback\'s own and any', () => {
    expect(chooseShareAddress('10.0.0.7', {})).toEqual({ ok: true, address: '10.0.0.7' })
    for (const wrong of ['127.0.0.1', '0.0.0.0', 'example.local', '', '::1'])
      expect(chooseShareAddress(wrong, {}).ok, wrong).toBe(false)
  })
})
