import { createHash, createPublicKey, sign, verify } from 'node:crypto'
import type { CampaignBundlePayload, SignedBundle } from '../../shared/national/schemas'
import { canonicalJson } from './canonical-json'
import type { SigningKey } from './installation-key'

export function signBundle(payload: CampaignBundlePayload, key: SigningKey): SignedBundle {
  const value = sign(null, Buffer.from(canonicalJson(payload)), key.privateKey).toString('base64')
  return { payload, signature: { algorithm: 'Ed25519', publicKey: key.publicKey, value } }
}

/** True when `publicKey` signed exactly this payload. */
export function bundleSignedBy(bundle: SignedBundle, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' })
    return verify(null, Buffer.from(canonicalJson(bundle.payload)), key, Buffer.from(bundle.signature.value, 'base64'))
  } catch {
    return false
  }
}

export const payloadDigest = (payload: CampaignBundlePayload) => createHash('sha256').update(canonicalJson(payload)).digest('hex')
