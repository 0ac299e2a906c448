#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here. `prisma generate`
# only checks that the file exists; anything that really needs the engine must use scripts/migrate.ts.
echo "schema engine stub: use npm run db:migrate (scripts/migrate.ts) instead" >&2
exit 1
