/**
 * A bounded fuzz run (about 15 seconds): mutated fixtures never throw out of a loader or the code scan,
 * never exceed the per-file budget, and never hide a good sibling's facts. `test/fuzz/run.ts` runs longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus.ts';
import { runCase } from './harness.ts';
import { mutate, mutationsArbitrary, type Mutation } from './mutate.ts';

/** Every input must be handled within this, however hostile (parsing and querying share one 4 s budget per file). */
const BUDGET_MS = 10_000;

/** Cases the fuzzer once failed on (a budget overrun or an exception), replayed every run. */
const FOUND: readonly [string, Mutation[]][] = [
  // A Go file nested 8,000 levels deep: the detectors' parent walks cost the cube of the depth.
  [
    'test/fixtures/code/go/scoped.go',
    [
      { op: 'nest', at: 0, depth: 8149, style: 2 },
      { op: 'truncate', at: 0.999999 },
    ],
  ],
  // Thousands of statements under one ERROR node: each parent lookup costs the width.
  [
    'test/fixtures/code/go/v1.go',
    [
      { op: 'duplicate-lines', at: 0.202112, lines: 18, times: 644 },
      { op: 'duplicate-lines', at: 0.149947, lines: 10, times: 1544 },
    ],
  ],
  // 1.5 MB of error recovery after 11,000 brackets: the syntax query alone ran for 20 s.
  [
    'test/fixtures/code/js/broken.js',
    [
      { op: 'nest', at: 0.985321, depth: 11065, style: 0 },
      { op: 'truncate', at: 0.216462 },
      { op: 'duplicate-lines', at: 0.889329, lines: 15, times: 328 },
    ],
  ],
  // 18,500 nested flow maps in 5 MB of YAML: the parser spent 5 s of CPU before it gave up.
  [
    'examples/serverless-service/serverless.yml',
    [
      { op: 'nest', at: 0.270606, depth: 18503, style: 2 },
      { op: 'duplicate-lines', at: 0.402522, lines: 17, times: 899 },
      { op: 'flip', at: 0.639096, bit: 5 },
    ],
  ],
  // 1,648 copies of a function whose parameter every copy's call passes: n² argument lookups (34 s).
  [
    'test/fixtures/code/python/origins.py',
    [
      { op: 'duplicate-lines', at: 0.529747, lines: 19, times: 1648 },
      { op: 'duplicate-lines', at: 0.272, lines: 8, times: 164 },
    ],
  ],
  // 25,000 lines binding the same names: each lookup went through every declaration of its name (5.9 s).
  [
    'test/fixtures/access/python/orders_resource.py',
    [
      { op: 'duplicate-lines', at: 0.43457, lines: 2, times: 1183 },
      { op: 'duplicate-lines', at: 0.956948, lines: 12, times: 1950 },
      { op: 'insert', at: 0.008509, token: '/*' },
    ],
  ],
  // 3 million unclosed parentheses in Go: tree-sitter ran out of WebAssembly memory and aborted, and the
  // aborted runtime failed every later parse of the process.
  [
    'test/fixtures/access/go/batch_pages.go',
    [
      { op: 'nest', at: 0.112423, depth: 7445, style: 3 },
      { op: 'truncate', at: 0.11538 },
      { op: 'duplicate-lines', at: 0.933045, lines: 20, times: 1880 },
    ],
  ],
  // 5 MB of TypeScript whose tree took a second to check for depth after its parse, outside the file's budget.
  [
    'examples/sam-app/src/handlers/daily-report.ts',
    [
      { op: 'nest', at: 0.590726, depth: 737, style: 2 },
      { op: 'duplicate-lines', at: 0.454314, lines: 18, times: 1457 },
    ],
  ],
  // 951 copies of a Java method passing a PartiQL statement on: each statement parameter went through every
  // invocation of the file (21 s; 1,873 copies took 80 s).
  [
    'test/fixtures/code/java/PartiqlBuilt.java',
    [{ op: 'duplicate-lines', at: 0.61714, lines: 20, times: 951 }],
  ],
  // 1,633 setter statements on one Java request variable: every request read every setter's name and argument
  // from the tree again (6 s).
  [
    'test/fixtures/code/java/Paging.java',
    [
      { op: 'insert', at: 0.514714, token: ']' },
      { op: 'duplicate-lines', at: 0.432785, lines: 6, times: 1633 },
    ],
  ],
  // 980 copies of a Terraform table and its replica: each table's declaration built every related one (5.8 s).
  [
    'test/fixtures/terraform/global-tables/main.tf',
    [
      { op: 'flip', at: 0.485421, bit: 5 },
      { op: 'duplicate-lines', at: 0.640712, lines: 20, times: 980 },
    ],
  ],
  // 9,600 nested parentheses in C#: parse and query each stayed within 4 s, and together took 9.5 s.
  [
    'test/fixtures/access/csharp/Traps.cs',
    [
      { op: 'nest', at: 0.320167, depth: 9636, style: 3 },
      { op: 'duplicate-lines', at: 0.157355, lines: 13, times: 1375 },
    ],
  ],
  // 5 MB of unbalanced parentheses: tree-sitter's error recovery alone took 20 s before parses had a budget.
  [
    'test/fixtures/terraform/variables/prod.tfvars',
    [
      { op: 'nest', at: 0.154459, depth: 2167, style: 3 },
      { op: 'duplicate-lines', at: 0.457288, lines: 16, times: 58 },
      { op: 'duplicate-lines', at: 0.412207, lines: 14, times: 553 },
    ],
  ],
  // 3,000 definitions of one @property and as many `.scan` calls on it: each call resolved every return.
  [
    'test/fixtures/code/python/backend.py',
    [
      { op: 'duplicate-lines', at: 0.346612, lines: 8, times: 1662 },
      { op: 'duplicate-lines', at: 0.339165, lines: 1, times: 1430 },
    ],
  ],
  // 1,700 requests in one Java method: each call's pagination check walked every return of the method.
  [
    'test/fixtures/access/java/OrdersClient.java',
    [{ op: 'duplicate-lines', at: 0.379086, lines: 7, times: 1667 }],
  ],
  // 569 copies of a block rebinding the same names: resolving a name tried every binding, to depth 12.
  [
    'test/fixtures/code/python/traps.py',
    [
      { op: 'duplicate-lines', at: 0.141489, lines: 15, times: 569 },
      { op: 'flip', at: 0.359546, bit: 1 },
    ],
  ],
  // 922 boto3 requests built from one `params` dict: each field of each request re-read every `params[…] =`.
  [
    'test/fixtures/code/python/boto3_client.py',
    [{ op: 'duplicate-lines', at: 0.34072, lines: 8, times: 922 }],
  ],
  // 6,400 requests in one file: each name lookup read every declaration's function bounds from WebAssembly.
  [
    'test/fixtures/access/python/orders_resource.py',
    [
      { op: 'duplicate-lines', at: 0.43457, lines: 2, times: 591 },
      { op: 'duplicate-lines', at: 0.956948, lines: 12, times: 975 },
    ],
  ],
];

describe('fuzzing the loaders and the code scan', () => {
  it.each(FOUND)(
    'replays a case found before: %s',
    async (name, mutations) => {
      const seed = corpus().find((s) => s.name === name);
      if (!seed) throw new Error(`no seed ${name}`);
      const result = await runCase(seed, mutate(seed.bytes, mutations), BUDGET_MS);
      expect(result.failure).toBeUndefined();
    },
    30_000,
  );

  it('has seeds of every kind', () => {
    const kinds = new Set(corpus().map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['code', 'plan', 'template', 'terraform']);
  });

  it('survives mutated fixtures within the per-file budget', async () => {
    const seeds = corpus();
    let cases = 0;
    await fc.assert(
      // The seed's name, not its bytes, so a counterexample prints short.
      fc.asyncProperty(
        fc.constantFrom(...seeds.map((s) => s.name)),
        mutationsArbitrary,
        async (name, mutations) => {
          cases += 1;
          const seed = seeds.find((s) => s.name === name) as (typeof seeds)[number];
          const result = await runCase(seed, mutate(seed.bytes, mutations), BUDGET_MS);
          if (result.failure) throw new Error(`${seed.name}: ${result.failure}`);
        },
      ),
      { numRuns: 1_000_000, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
    expect(cases).toBeGreaterThan(0);
  }, 30_000);
});
