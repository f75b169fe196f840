// Nightly report over every order. Deliberate problem: a parallel Scan of the whole table.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';

const TABLE = process.env.ORDERS_TABLE;
const SEGMENTS = 4;
const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));

async function scanSegment(segment: number): Promise<number> {
  let count = 0;
  let startKey: ScanCommandOutput['LastEvaluatedKey'];
  do {
    const page = await documentClient.send(
      new ScanCommand({ TableName: TABLE, Segment: segment, TotalSegments: SEGMENTS, ExclusiveStartKey: startKey }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
}

export const handler = async (): Promise<{ orders: number }> => {
  const counts = await Promise.all(Array.from({ length: SEGMENTS }, (_, segment) => scanSegment(segment)));
  return { orders: counts.reduce((sum, n) => sum + n, 0) };
};
