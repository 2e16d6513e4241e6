import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { QueryProvider } from "@/components/query-provider";
import { THEME_SCRIPT } from "@/components/ui/theme";
import { NONCE_HEADER } from "@/lib/api/content-security-policy";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tierscope", template: "%s · Tierscope" },
  description: "What your Kubernetes AI storage costs, where the money leaks, and what to change.",
};

// Every page reads the live database: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The policy runs only scripts with this answer's nonce (proxy.ts): the theme script needs it too.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme script sets the `dark` class before React hydrates: the server cannot know it.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="font-sans">
        <QueryProvider>
          <AppShell>{children}</AppShell>
        </QueryProvider>
      </body>
    </html>
  );
}
