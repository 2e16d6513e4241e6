"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { csrfHeader } from "@/lib/api/csrf-header";

export function RecomputeButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<"idle" | "running" | "failed">("idle");
  return (
    <button
      type="button"
      disabled={state === "running"}
      className="rounded-md border border-amber-300 bg-white px-3 py-1 font-medium disabled:opacity-60"
      onClick={async () => {
        setState("running");
        const response = await fetch("/api/v1/recompute", { method: "POST", headers: csrfHeader() });
        if (!response.ok) {
          setState("failed");
          return;
        }
        await queryClient.invalidateQueries();
        router.refresh();
        setState("idle");
      }}
    >
      {state === "running" ? "Recomputing…" : state === "failed" ? "Failed: try again" : "Recompute now"}
    </button>
  );
}
