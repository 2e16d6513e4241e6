/**
 * Signs in at a test provider the way a browser would, with fetch and a cookie jar: follows its
 * redirects, fills its login form with `login` and submits its consent form, and stops at the first
 * redirect to `redirectUri`, returning that URL (with the code, state and iss the provider sent).
 */
export async function driveOidcLogin(options: {
  authorizationUrl: URL;
  redirectUri: string;
  login: string;
}): Promise<URL> {
  const jar = new Map<string, string>();
  let request: { url: string; body?: URLSearchParams } = { url: options.authorizationUrl.href };
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(request.url, {
      method: request.body ? "POST" : "GET",
      body: request.body,
      redirect: "manual",
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...value] = pair.split("=");
      jar.set(name.trim(), value.join("="));
    }
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, request.url);
      if (next.href.startsWith(options.redirectUri)) return next;
      request = { url: next.href };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`The provider answered ${response.status} without a form`);
    const body = new URLSearchParams({ prompt });
    if (prompt === "login") {
      body.set("login", options.login);
      body.set("password", "any password");
    }
    request = { url: new URL(action.replaceAll("&amp;", "&"), request.url).href, body };
  }
  throw new Error("The provider never redirected back");
}
