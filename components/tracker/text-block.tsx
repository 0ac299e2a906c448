import { Zh } from "@/components/ui/zh";

// Stored texts are plain text with blank lines between paragraphs; they are never rendered as
// HTML, so a pasted <script> stays visible text instead of running.
export function TextBlock({ text, lang = "en" }: { text: string; lang?: "en" | "zh" }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div className="grid max-w-prose gap-4 leading-relaxed">
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {lang === "zh" ? <Zh>{paragraph}</Zh> : paragraph}
        </p>
      ))}
    </div>
  );
}
