// Runs a command against a fresh PostgreSQL database: creates it, runs the command with
// TEST_DATABASE_URL pointing at it, drops it afterwards (also on Ctrl-C), exits with the
// command's code. `npm run test:pg` runs the integration suite this way.
//   node scripts/with-pg.mjs <command> [args…]
// PG_ADMIN_URL names the server and an account that may create databases
// (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node scripts/with-pg.mjs <command> [args…]\n');
  process.exit(2);
}
const adminUrl = new URL(process.env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const name = `dinh_test_${process.pid}_${randomBytes(4).toString('hex')}`;

async function admin(statement) {
  const client = new pg.Client({ connectionString: adminUrl.href });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

try {
  await admin(`create database ${name}`);
} catch (error) {
  process.stderr.write(`with-pg: cannot create a database on ${adminUrl.host}: ${error.message}\n`);
  process.exit(1);
}
const testUrl = new URL(adminUrl.href);
testUrl.pathname = `/${name}`;
process.stderr.write(`with-pg: database ${name} on ${adminUrl.host}\n`);

let dropped = false;
async function drop() {
  if (dropped) return;
  dropped = true;
  await admin(`drop database if exists ${name} with (force)`).catch((error) => {
    process.stderr.write(`with-pg: could not drop ${name}: ${error.message}\n`);
  });
}

const child = spawn(command, args, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, TEST_DATABASE_URL: testUrl.href },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const code = await new Promise((resolve) => {
  child.on('error', (error) => {
    process.stderr.write(`with-pg: cannot run ${command}: ${error.message}\n`);
    resolve(127);
  });
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
await drop();
process.exit(code);
