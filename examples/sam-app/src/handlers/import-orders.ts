// Imports a file of orders in batches of 25.
// Deliberate problem: BatchWriteItem's UnprocessedItems is never retried, so throttled writes are lost.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const TABLE = process.env.ORDERS_TABLE as string;
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

interface Order {
  orderId: string;
  customerId: string;
  createdDate: string;
}

export async function importOrders(orders: Order[]): Promise<void> {
  for (let start = 0; start < orders.length; start += 25) {
    const batch = orders.slice(start, start + 25);
    await client.send(
      new BatchWriteCommand({
        RequestItems: { [TABLE]: batch.map((order) => ({ PutRequest: { Item: { ...order, orderStatus: 'OPEN' } } })) },
      }),
    );
  }
}

export async function importOne(order: Order): Promise<void> {
  await client.send(
    new PutCommand({
      TableName: TABLE,
      Item: {
        orderStatus: 'OPEN',
        orderId: order.orderId,
        customerId: order.customerId,
        createdDate: order.createdDate,
      },
    }),
  );
}
