import { csrfHeader } from "@/lib/api/csrf-header";

/** One /api/v1 call from the browser with the CSRF header; an error answer throws its message. */
export async function apiRequest<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { ...csrfHeader(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(payload?.error?.message ?? `${method} ${url}: ${response.status}`);
  }
  return response.status === 204 ? (undefined as T) : response.json();
}
