// The Dyad HTTP API, read with fetch. Errors carry the HTTP status and the API's message.

/** An API call that failed: status is the HTTP status (0 when the server could not be reached). */
export class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }

  /** True when the server does not have this endpoint (or this resource). */
  get notFound() {
    return this.status === 404;
  }
}

/** GETs /api/{path} with the non-empty params as a query string and returns the parsed JSON. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') {
      query.set(k, String(v));
    }
  }
  const qs = query.toString();
  const url = 'api/' + path + (qs ? '?' + qs : '');
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'the Dyad server cannot be reached', url);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : response.statusText || 'request failed';
    throw new ApiError(response.status, message, url);
  }
  return body;
}

/** A message for a failed call, naming the endpoint. */
export function describe(error, what) {
  if (error instanceof ApiError) {
    return error.status === 0 ? `${what}: ${error.message}.` : `${what} failed (${error.status}): ${error.message}.`;
  }
  return `${what} failed: ${error.message}`;
}
