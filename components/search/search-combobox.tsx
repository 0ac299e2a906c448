"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchKind } from "@/lib/search/document";

interface Suggestion {
  id: string;
  kind: SearchKind;
  href: string;
  title: string;
  titleZh: string | null;
}

interface SearchComboboxProps {
  name: string;
  defaultValue: string;
  label: string;
  placeholder: string;
  suggestionsLabel: string;
  /** What each kind of suggestion is called, in the reader's language. */
  kindLabels: Record<SearchKind, string>;
  /** Read out when suggestions appear; "{count}" is replaced by their number. */
  statusTemplate: string;
}

const DELAY_MS = 150;

// The search box with suggestions (people, organizations, topics) while typing: the WAI-ARIA
// combobox pattern. Focus stays in the input; Up and Down move through the list, Enter opens the
// highlighted suggestion (or submits the search when none is), Escape closes the list. Without
// JavaScript it is a plain text input of the GET form around it.
export function SearchCombobox({ name, defaultValue, label, placeholder, suggestionsLabel, kindLabels, statusTemplate }: SearchComboboxProps) {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const text = value.trim();
    if (!text) {
      setItems([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: Suggestion[] };
        setItems(body.suggestions);
        setActive(-1);
        setOpen(body.suggestions.length > 0);
      } catch {
        // Aborted by the next keystroke, or offline: the search itself still works.
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: moving past either end comes back to what was typed.
      setActive((current) => {
        const next = current + step;
        if (next >= items.length) return -1;
        return next < -1 ? items.length - 1 : next;
      });
    } else if (event.key === "Enter" && open && active >= 0 && items[active]) {
      event.preventDefault();
      const target = items[active];
      close();
      router.push(target.href);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="relative flex w-full flex-col gap-1 sm:flex-1">
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        className="w-full rounded-md border border-ink/25 bg-card px-3 py-2 text-base text-ink shadow-xs"
        onChange={(event) => {
          typed.current = true;
          setValue(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={suggestionsLabel}
        hidden={!open}
        className="absolute top-full right-0 left-0 z-20 mt-1 max-h-80 overflow-auto rounded-md border border-rule bg-card py-1 shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 text-sm ${index === active ? "bg-accent-soft" : ""}`}
            // Keep focus in the input (no blur) so the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => {
              close();
              router.push(item.href);
            }}
          >
            <span>
              <span className="font-medium text-ink">{item.title}</span>
              {item.titleZh && (
                <span lang="zh-Hans" className="ml-2 text-muted">
                  {item.titleZh}
                </span>
              )}
            </span>
            <span className="text-xs text-muted">{kindLabels[item.kind]}</span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {open ? statusTemplate.replace("{count}", String(items.length)) : ""}
      </p>
    </div>
  );
}
