/** A token just created: its secret, shown this once (the database keeps only its hash). */
export function CreatedTokenNotice({ name, token }: { name: string; token: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="created-token">
      <p className="font-medium">Token {name} created. Copy it now: it is shown only this once.</p>
      <code
        className="mt-2 block select-all break-all rounded bg-white p-2 font-mono"
        data-testid="token-secret"
      >
        {token}
      </code>
    </div>
  );
}
