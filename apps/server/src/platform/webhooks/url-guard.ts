import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard for webhook targets. A target must be https (http only when the server allows it) and every address its
 * host resolves to must be a public unicast address, unless the server allows private targets. The check runs when
 * a subscription is created or changed, and again on every delivery through `guardedLookup`, which is the DNS lookup
 * of the very connection that is made: the address checked is the address connected to (no window for DNS rebinding).
 */
export interface TargetPolicy {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: loopback, private, link-local, unique-local and CGNAT addresses are allowed. */
  allowPrivate: boolean;
  /** WEBHOOK_ALLOW_HTTP: plain http targets are allowed. */
  allowHttp: boolean;
}

export type TargetProblem = 'invalid' | 'refused';

/** Why a target cannot be used: `invalid` (the URL itself, a 400) or `refused` (where it points, a 422). */
export class TargetError extends Error {
  constructor(
    readonly problem: TargetProblem,
    message: string,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

/**
 * Cloud metadata and platform endpoints: refused even when private targets are allowed, since no webhook receiver
 * lives there and they hand out credentials. AWS/GCP/Azure/OpenStack 169.254.169.254, AWS ECS 169.254.170.2,
 * AWS IPv6 fd00:ec2::254, Azure wireserver 168.63.129.16, Alibaba 100.100.100.200, Oracle 192.0.0.192.
 */
const metadataAddresses = new Set(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '168.63.129.16', '100.100.100.200', '192.0.0.192']);

const categoryText: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a private-network (unique local) IPv6 address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  unspecified: 'the unspecified address',
  reserved: 'a reserved address',
  teredo: 'a Teredo tunnel address',
  metadata: 'a cloud metadata service address',
  invalid: 'not an IP address',
};

/** Categories that WEBHOOK_ALLOW_PRIVATE_TARGETS allows; the others are never a receiver. */
const privateCategories = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat', 'reserved']);

/** `unicast` (public) or the kind of non-public address; IPv4 embedded in IPv6 (mapped, NAT64, 6to4) counts as IPv4. */
export function classifyAddress(address: string): { category: string; normalized: string } {
  if (!ipaddr.isValid(address)) return { category: 'invalid', normalized: address };
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    const range = v6.range();
    if (range === 'ipv4Mapped') parsed = v6.toIPv4Address();
    else if (range === 'rfc6052' || range === 'rfc6145') parsed = ipv4FromBytes(v6.toByteArray().slice(12));
    else if (range === '6to4') parsed = ipv4FromBytes(v6.toByteArray().slice(2, 6));
    // IPv4-compatible (::a.b.c.d, deprecated by RFC 4291 but still parsed and, on some systems, routed to IPv4):
    // ipaddr.js calls it unicast, so without this `[::127.0.0.1]` would pass as a public address.
    else if (
      range === 'unicast' &&
      v6
        .toByteArray()
        .slice(0, 12)
        .every((b) => b === 0)
    )
      parsed = ipv4FromBytes(v6.toByteArray().slice(12));
  }
  const normalized = parsed.toString();
  if (metadataAddresses.has(normalized)) return { category: 'metadata', normalized };
  return { category: parsed.range(), normalized };
}

function ipv4FromBytes(bytes: number[]): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes);
}

/** Null when the address may be connected to, otherwise why not. */
export function addressRefusal(address: string, policy: TargetPolicy): string | null {
  const { category, normalized } = classifyAddress(address);
  if (category === 'unicast') return null;
  if (policy.allowPrivate && privateCategories.has(category)) return null;
  const shown = normalized === address ? address : `${address} (${normalized})`;
  const text = categoryText[category] ?? `a non-public address (${category})`;
  const hint = privateCategories.has(category)
    ? ' Webhook targets must be public unless the server sets WEBHOOK_ALLOW_PRIVATE_TARGETS=true.'
    : ' This is never allowed as a webhook target.';
  return `${shown} is ${text}.${hint}`;
}

/** Parses and checks the form of a target URL (scheme, host); throws TargetError('invalid'). */
export function parseTargetUrl(raw: string, policy: TargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetError('invalid', `"${raw}" is not an absolute URL (e.g. https://erp.example.com/roster-webhooks).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TargetError('invalid', `The URL must use https, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.protocol === 'http:' && !policy.allowHttp) {
    throw new TargetError('invalid', 'The URL must use https: this server does not send webhooks over plain http (WEBHOOK_ALLOW_HTTP).');
  }
  if (!url.hostname) throw new TargetError('invalid', 'The URL has no host.');
  // A user name or password in the URL would be shown wherever the subscription is (its GET, the audit log, events).
  if (url.username || url.password) {
    throw new TargetError(
      'invalid',
      'The URL must not carry a user name or password: it is shown in the subscription, the audit log and events. Verify deliveries by their webhook-signature header instead.',
    );
  }
  return url;
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Full check of a target: its form, then every address its host resolves to. Returns the addresses; throws
 * TargetError('invalid') for a malformed URL and TargetError('refused') for a non-public or unresolvable host.
 */
export async function checkTarget(raw: string, policy: TargetPolicy, resolve: Resolver = systemResolver): Promise<string[]> {
  const url = parseTargetUrl(raw, policy);
  const host = hostOf(url);
  let addresses: string[];
  if (ipaddr.isValid(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await resolve(host)).map((a) => a.address);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new TargetError('refused', `The host ${host} does not resolve (${code}); webhook targets must have a public DNS name.`);
    }
    if (addresses.length === 0) throw new TargetError('refused', `The host ${host} resolves to no address.`);
  }
  for (const address of addresses) {
    const reason = addressRefusal(address, policy);
    if (reason) throw new TargetError('refused', host === address ? reason : `${host} resolves to ${reason}`);
  }
  return addresses;
}

/**
 * A DNS lookup for http(s).request that refuses the host when any of its addresses is refused, so the connection
 * only ever goes to addresses that passed the check.
 */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      if (addresses.length === 0) return callback(new TargetError('refused', `The host ${hostname} resolves to no address.`), '', 0);
      for (const a of addresses) {
        const reason = addressRefusal(a.address, policy);
        if (reason) return callback(new TargetError('refused', `${hostname} resolves to ${reason}`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}
