import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

export interface SigningKey {
  /** base64 DER (SPKI) */
  publicKey: string
  privateKey: KeyObject
}

/** This installation's Ed25519 key, made on first use; every node of the installation reads the same row. */
export async function installationKey(db: Kysely<DatabaseSchema>): Promise<SigningKey> {
  let row = await db.selectFrom('installation_keys').select(['public_key', 'private_key']).executeTakeFirst()
  if (!row) {
    const pair = generateKeyPairSync('ed25519')
    const made = {
      public_key: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      private_key: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    }
    // two first uses at once: one key wins, both read it back
    await db
      .insertInto('installation_keys')
      .values(made)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    row = await db.selectFrom('installation_keys').select(['public_key', 'private_key']).executeTakeFirstOrThrow()
  }
  return { publicKey: row.public_key, privateKey: createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' }) }
}

/** SHA-256 of a public key in groups of four hex digits, to read aloud when registering it. */
export function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32)
  return hex.match(/.{4}/g)!.join(' ')
}
