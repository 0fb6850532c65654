// Runs SQL statements in an in-memory DuckDB and prints the last statement's rows as one JSON array.
// Used by the tests as an independent Parquet reader/writer (see scripts/install-test-tools).
// Usage: node duckdb-query.cjs "SQL; SQL; ..."
'use strict';
const path = require('path');
const { DuckDBInstance } = require(path.join(__dirname, '..', '..', '.tools', 'duckdb', 'node_modules', '@duckdb', 'node-api'));

async function main() {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(process.argv[2]);
  process.stdout.write(JSON.stringify(reader.getRowObjectsJson()) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.message ? e.message : e) + '\n');
  process.exit(1);
});
