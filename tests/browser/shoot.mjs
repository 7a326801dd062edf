// Takes screenshots of given hashes for a person to look at: `node tests/browser/shoot.mjs name=#hash ...` (not a test).
import { startSuite, waitForReady, screenshot } from './harness.mjs';

const suite = await startSuite();
try {
  for (const arg of process.argv.slice(2)) {
    const [name, hash] = arg.split('=', 2).length === 2 ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, ''];
    const session = await suite.open(`/${hash}`);
    await waitForReady(session);
    await screenshot(session.page, name);
    const problems = session.consoleMessages.filter((m) => m.type === "error");
    console.log(`${name}: ${problems.length} console errors`);
    await session.close();
  }
} finally {
  await suite.close();
}
