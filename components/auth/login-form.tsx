"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { loginSchema, type LoginInput } from "@/lib/validation/login";

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
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={formError ? "login-error" : undefined}>
      {formError ? (
        <p id="login-error" role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          Email
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
          {...register("email")}
        />
        {errors.email ? (
          <p id="email-error" className="text-sm text-red-800">
            {errors.email.message}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          Password
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          className="block w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
          {...register("password")}
        />
        {errors.password ? (
          <p id="password-error" className="text-sm text-red-800">
            {errors.password.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 focus-visible:ring-offset-2 disabled:opacity-60"
      >
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
