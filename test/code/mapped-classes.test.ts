/** Mapped classes read from C# and Java sources, and the tables they give data-model scans. */
import { describe, expect, it } from 'vitest';
import { mappedClasses, withMappedTables } from '../../src/code/mapped-classes.ts';
import type { CodeUse } from '../../src/model.ts';

const scanOf = (entity: string): CodeUse => ({
  operation: 'Scan',
  language: 'csharp',
  library: 'aws-sdk-net (DynamoDBContext)',
  location: { file: 'Repo.cs', line: 3, column: 5, endLine: 3, endColumn: 40 },
  details: { entity },
});

describe('mapped classes', () => {
  it('reads [DynamoDBTable] and @DynamoDBTable with the line of the table name', () => {
    const csharp = mappedClasses(
      'csharp',
      'namespace X {\n  [DynamoDBTable("ProductCatalog")]\n  [Serializable]\n  public partial class Book { }\n}\n',
      'Book.cs',
    );
    expect(csharp).toEqual([
      {
        name: 'Book',
        table: 'ProductCatalog',
        location: { file: 'Book.cs', line: 2, column: 19, endLine: 2, endColumn: 33 },
      },
    ]);
    const java = mappedClasses(
      'java',
      '@DynamoDBTable(tableName = "Music")\n@Data\npublic class Song {}\n',
      'Song.java',
    );
    expect(java.map((c) => `${c.name} ${c.table} ${c.location.line}`)).toEqual(['Song Music 1']);
    expect(mappedClasses('python', '[DynamoDBTable("x")] class A', 'a.py')).toEqual([]);
  });

  it('names the table of a scan by its class, unless two classes of that name map different tables', () => {
    const one = mappedClasses('csharp', '[DynamoDBTable("orders")] class Order {}', 'a/Order.cs');
    const other = mappedClasses('csharp', '[DynamoDBTable("archive")] class Order {}', 'b/Order.cs');
    const [named] = withMappedTables([scanOf('Order')], one);
    expect(named?.table).toMatchObject({ known: true, value: 'orders' });
    const [ambiguous] = withMappedTables([scanOf('Order')], [...one, ...other]);
    expect(ambiguous?.table).toBeUndefined();
    const [unmapped] = withMappedTables([scanOf('Invoice')], one);
    expect(unmapped?.table).toBeUndefined();
  });
});
