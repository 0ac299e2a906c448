import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { describedBy, FormError, FormHint, fieldIds } from "@/components/ui/form-field";

// Checkboxes and radio groups. A group is a <fieldset> whose <legend> names it; its hint and error
// are tied to it with aria-describedby, and each radio/checkbox keeps its own visible label.

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id"> & {
  /** The element id; must be unique on the page. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

function Choice({ type, id, label, description, className = "", ...props }: ChoiceProps & { type: "checkbox" | "radio" }) {
  const descriptionId = description ? `${id}-description` : undefined;
  const ariaDescribedBy = [props["aria-describedby"], descriptionId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input
        type={type}
        id={id}
        className="mt-0.5 size-4 shrink-0 accent-ink"
        {...props}
        aria-describedby={ariaDescribedBy}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-ink">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-xs text-muted">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function FormCheckbox(props: ChoiceProps) {
  return <Choice type="checkbox" {...props} />;
}

export function FormRadio(props: ChoiceProps) {
  return <Choice type="radio" {...props} />;
}

interface FieldsetProps {
  /** The field name the group stands for, e.g. "topicIds": gives the ids the error summary links to. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

export function FormFieldset({ name, legend, hint, error, required, className = "", children }: FieldsetProps) {
  const { id, errorId, hintId } = fieldIds(name);
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(name, hint, error)} className={`min-w-0 ${className}`}>
      <legend className="mb-1 text-sm font-semibold text-ink">
        {legend}
        {required ? <span className="font-normal text-muted"> (required)</span> : null}
      </legend>
      <FormHint id={hintId}>{hint}</FormHint>
      <div className="mt-2">{children}</div>
      <div className="mt-1">
        <FormError id={errorId} message={error} />
      </div>
    </fieldset>
  );
}
