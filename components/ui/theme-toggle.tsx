"use client";
import { useEffect, useState } from "react";
import { applyTheme, type ThemeChoice } from "./theme";

/** Switches between light and dark; the choice persists in this browser (components/ui/theme.ts). */
export function ThemeToggle() {
  const [theme, setTheme] = useState<ThemeChoice | null>(null);
  useEffect(() => {
    setTheme(document.documentElement.classList.contains("dark") ? "dark" : "light");
  }, []);
  const next: ThemeChoice = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="rounded-md border border-slate-300 px-2 py-1 text-slate-700 text-xs hover:bg-slate-100"
      aria-label={`Switch to ${next} theme`}
      data-testid="theme-toggle"
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
    >
      {theme === "dark" ? "Light theme" : "Dark theme"}
    </button>
  );
}
