import Database from 'better-sqlite3';

// The product's own data (accounts, workspaces, onboarding, checkouts, integrations). Consent receipts live in
// the consent server's store, not here.

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, password_hash TEXT,
  default_workspace_id TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'free',
  created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memberships (user_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
  PRIMARY KEY (user_id, workspace_id));
CREATE TABLE IF NOT EXISTS sessions (id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS onboarding (user_id TEXT PRIMARY KEY, step INTEGER NOT NULL, data TEXT NOT NULL,
  completed_at TEXT);
CREATE TABLE IF NOT EXISTS checkouts (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
  plan TEXT NOT NULL, amount INTEGER NOT NULL, status TEXT NOT NULL, payment_id TEXT, created_at TEXT NOT NULL,
  paid_at TEXT);
CREATE TABLE IF NOT EXISTS oauth_states (state TEXT PRIMARY KEY, user_id TEXT NOT NULL, workspace_id TEXT,
  purpose TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS connections (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, provider TEXT NOT NULL,
  access_token TEXT, status TEXT NOT NULL, cursor INTEGER NOT NULL DEFAULT 0, connected_at TEXT NOT NULL,
  revoked_at TEXT, last_pull_at TEXT, last_error TEXT);
CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY AUTOINCREMENT, workspace_id TEXT NOT NULL,
  connection_id TEXT NOT NULL, external_id TEXT NOT NULL, title TEXT NOT NULL, amount INTEGER NOT NULL,
  imported_at TEXT NOT NULL, UNIQUE (workspace_id, external_id));
CREATE TABLE IF NOT EXISTS analytics_events (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
  body TEXT NOT NULL, received_at TEXT NOT NULL);
`;

export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

export interface User {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  default_workspace_id: string | null;
}

export interface Workspace {
  id: string;
  name: string;
  plan: string;
}

export interface Connection {
  id: string;
  workspace_id: string;
  provider: string;
  access_token: string | null;
  status: 'active' | 'revoked';
  cursor: number;
  connected_at: string;
  revoked_at: string | null;
  last_pull_at: string | null;
  last_error: string | null;
}

export const now = () => new Date().toISOString();

export function workspacesOf(db: Db, userId: string): Workspace[] {
  return db
    .prepare(
      'SELECT w.id, w.name, w.plan FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = ? ORDER BY w.created_at, w.name',
    )
    .all(userId) as Workspace[];
}

export function createWorkspace(db: Db, userId: string, id: string, name: string): void {
  db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(id, name, now());
  db.prepare('INSERT INTO memberships (user_id, workspace_id) VALUES (?, ?)').run(userId, id);
}

const OAUTH_STATE_MS = 600_000;

/**
 * A one-time OAuth state for a redirect to an identity or data provider, valid for ten minutes. Expired states
 * are removed whenever one is issued: a sign-in that was started and abandoned must not stay in the table.
 */
export function issueOAuthState(
  db: Db,
  state: string,
  row: { userId: string; workspaceId?: string; purpose: string },
  at = Date.now(),
): void {
  db.prepare('DELETE FROM oauth_states WHERE expires_at < ?').run(at);
  db.prepare('INSERT INTO oauth_states (state, user_id, workspace_id, purpose, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    state,
    row.userId,
    row.workspaceId ?? null,
    row.purpose,
    at + OAUTH_STATE_MS,
  );
}

/** The state's row if it was issued for this purpose and has not expired; used up either way. */
export function takeOAuthState(
  db: Db,
  state: string,
  purpose: string,
  at = Date.now(),
): { userId: string; workspaceId: string | null } | undefined {
  const row = db.prepare('DELETE FROM oauth_states WHERE state = ? RETURNING *').get(state) as
    | { user_id: string; workspace_id: string | null; purpose: string; expires_at: number }
    | undefined;
  if (!row || row.purpose !== purpose || row.expires_at < at) return undefined;
  return { userId: row.user_id, workspaceId: row.workspace_id };
}
