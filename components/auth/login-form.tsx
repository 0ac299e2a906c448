"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormInput } from "@/components/ui/form-field";
import { loginSchema, type LoginInput } from "@/lib/validation/login";

// One message for every wrong credential: which part was wrong is nobody's business but the
// account holder's, and it would tell an attacker which emails have accounts.
const genericError = "Email or password is incorrect.";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (!result || result.error || !result.ok) {
        setFormError(genericError);
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setFormError("The server could not be reached. Check your connection and try again.");
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <p role="alert" className="rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm text-accent">
          {formError}
        </p>
      ) : null}
      <FormInput type="email" autoComplete="username" label="Email" error={errors.email?.message} {...register("email")} />
      <FormInput
        type="password"
        autoComplete="current-password"
        label="Password"
        error={errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
