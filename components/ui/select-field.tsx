import type { SelectHTMLAttributes } from "react";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "children"> {
  id: string;
  label: string;
  options: SelectOption[];
}

// A native <select> with a visible label: it works without JavaScript, with the keyboard and with
// screen readers, which is why the public filters use it instead of a custom listbox.
export function SelectField({ id, label, options, className = "", ...props }: SelectFieldProps) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
      </label>
      <select
        id={id}
        className="w-full min-w-0 rounded-md border border-ink/25 bg-card px-3 py-2 text-sm text-ink shadow-xs"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
