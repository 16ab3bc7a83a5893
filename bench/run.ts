/** `npm run bench`: every benchmark, each printing its ratios measured side by side in one run. */
import { benchValidate } from './validate.bench';

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  await benchValidate(rounds);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
