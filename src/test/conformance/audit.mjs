// Runs graphql-http's server audits against the app and prints one JSON line per audit:
// {"id", "name", "status": "ok" | "warn" | "error", "reason"}. Every request carries the bearer
// token given in GRAPHQL_TOKEN (the API answers no request without one).
import { auditServer } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
const token = process.env.GRAPHQL_TOKEN;
if (!url || !token) {
  console.error('set GRAPHQL_URL and GRAPHQL_TOKEN');
  process.exit(2);
}

const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers || {});
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });
for (const result of results) {
  const reason = result.status === 'ok' ? null : result.reason;
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason }));
}
