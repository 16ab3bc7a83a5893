/** `npm run bench`: every benchmark, each printing its ratios measured side by side in one run. */
import { benchBundle } from './bundle.bench';
import { benchExcelPayload } from './excel-payload.bench';
import { benchLayouts } from './layouts.bench';
import { benchOfstedCorpus } from './ofsted-corpus.bench';
import { benchOfstedMatcher } from './ofsted-matcher.bench';
import { benchReader } from './reader.bench';
import { benchSafeCopies } from './safe-copies.bench';
import { benchSummary } from './summary.bench';
import { benchValidate } from './validate.bench';

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  await benchReader(rounds);
  console.log('');
  await benchValidate(rounds);
  console.log('');
  await benchSummary(rounds);
  console.log('');
  await benchOfstedMatcher();
  console.log('');
  await benchSafeCopies(rounds);
  console.log('');
  await benchLayouts();
  console.log('');
  await benchOfstedCorpus(rounds);
  console.log('');
  await benchBundle();
  console.log('');
  await benchExcelPayload();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
