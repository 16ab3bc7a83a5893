/** `npm run bench`: every benchmark, each printing its ratios measured side by side in one run. */
import { benchBundle } from './bundle.bench';
import { benchExcelPayload } from './excel-payload.bench';
import { benchOfstedMatcher } from './ofsted-matcher.bench';
import { benchSummary } from './summary.bench';
import { benchValidate } from './validate.bench';

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  await benchValidate(rounds);
  console.log('');
  await benchSummary(rounds);
  console.log('');
  await benchOfstedMatcher();
  console.log('');
  await benchBundle();
  console.log('');
  await benchExcelPayload();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
