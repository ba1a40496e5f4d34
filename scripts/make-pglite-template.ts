// `npm run pglite:template`: makes the prepared cluster for the installed PGlite release
// (server/db/pglite-template.ts explains why). Run it after upgrading @electric-sql/pglite and
// commit the new file; remove the old release's.
import fs from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { templateFile } from '../server/db/prepared-cluster'

const pglite = await PGlite.create()
const tarball = await pglite.dumpDataDir('gzip')
await pglite.close()
const file = templateFile()
fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()))
console.log(`${file}: ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`)
