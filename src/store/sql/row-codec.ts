import type {
  AssetRecord,
  IdempotencyRecord,
  MessageRecord,
  ResourceRecord,
  SessionRecord,
  VideoRecord,
  WebhookDeliveryRecord,
  WebhookEndpointRecord,
} from '../records.js';
import type { Database } from './database.js';

/** The record type each table holds. */
export interface RecordOf {
  sessions: SessionRecord;
  messages: MessageRecord;
  resources: ResourceRecord;
  videos: VideoRecord;
  assets: AssetRecord;
  webhook_deliveries: WebhookDeliveryRecord;
  webhook_endpoints: WebhookEndpointRecord;
  idempotency_keys: IdempotencyRecord;
}

export type TableName = keyof Database;

/** The one list of columns stored as JSON text. */
const jsonColumns: { readonly [T in TableName]: readonly string[] } = {
  sessions: ['options', 'run', 'usage'],
  messages: ['resource_ids', 'attachment_ids'],
  resources: ['metadata'],
  videos: [],
  assets: [],
  webhook_deliveries: ['payload', 'attempts'],
  webhook_endpoints: ['events'],
  idempotency_keys: ['response'],
};

/** Columns that exist only to be queried; they are not part of the record. */
const derivedColumns: { readonly [T in TableName]?: readonly string[] } = {
  sessions: ['run_id', 'incognito'],
  webhook_deliveries: ['lease_until', 'leased_by'],
};

/**
 * A record (or a patch of one) as a row: JSON columns stringified, undefined fields left out (a patch only
 * touches what it names), derived columns filled from the fields they copy.
 */
export function toRow<T extends TableName>(table: T, values: Partial<RecordOf[T]>): Partial<Database[T]> {
  const json = jsonColumns[table];
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (value === undefined) continue;
    row[column] = json.includes(column) ? (value === null ? null : JSON.stringify(value)) : value;
  }
  if (table === 'sessions') {
    const session = values as Partial<SessionRecord>;
    if (session.run !== undefined) row.run_id = session.run?.run_id ?? null;
    if (session.options !== undefined) row.incognito = session.options.incognito_mode ? 1 : 0;
  }
  return row as Partial<Database[T]>;
}

/** A full record as a row, for INSERT. */
export function toFullRow<T extends TableName>(table: T, record: RecordOf[T]): Database[T] {
  return toRow(table, record) as Database[T];
}

/** A row as its record: JSON columns parsed, derived columns dropped. */
export function fromRow<T extends TableName>(table: T, row: Database[T]): RecordOf[T] {
  const json = jsonColumns[table];
  const derived: readonly string[] = derivedColumns[table] ?? [];
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row as object)) {
    if (derived.includes(column)) continue;
    record[column] = json.includes(column) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return record as unknown as RecordOf[T];
}
