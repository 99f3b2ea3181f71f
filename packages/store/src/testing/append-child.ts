import { createStore, exampleReceipt } from '@cookieproof/store';

// A writer process for the crash and multi-process tests:
//   node --import tsx append-child.ts '<StoreOptions as JSON>' <count | "forever"> [concurrency]
// It prints "ready", then the id of every receipt whose append() resolved, one per line, as soon as it resolves;
// with a count it closes the store and prints "done".

const [optionsJson, countArg = 'forever', concurrencyArg = '16'] = process.argv.slice(2);
const store = await createStore(JSON.parse(optionsJson ?? '{}'));
const total = countArg === 'forever' ? Number.POSITIVE_INFINITY : Number(countArg);
let started = 0;
process.stdout.write('ready\n');

async function writer(): Promise<void> {
  while (started < total) {
    started += 1;
    const receipt = await store.append(exampleReceipt());
    process.stdout.write(`${receipt.receiptId}\n`);
  }
}

await Promise.all(Array.from({ length: Number(concurrencyArg) }, writer));
await store.close();
process.stdout.write('done\n');
