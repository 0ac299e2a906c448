// npm run user:create -- --email <email> --name <name> --role <ADMIN|EDITOR|REPORTER>
// The password comes from NEW_USER_PASSWORD or is asked for at the prompt (not echoed).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createUserFromCli, parseUserCreateArgs, UserCreateError } from "@/lib/cli/user-create";
import { createPrismaClient } from "@/lib/db/client";
import { describeTarget, resolveDbTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";

function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string | undefined> {
  const fromEnv = readEnv().NEW_USER_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) return undefined;
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new UserCreateError("The two passwords differ. Nothing was changed.");
  return first;
}

async function main(): Promise<number> {
  const args = parseUserCreateArgs(process.argv.slice(2));
  const password = await readPassword();
  if (password === undefined) {
    throw new UserCreateError("No password given: set NEW_USER_PASSWORD or run this in a terminal to be asked for one.");
  }
  const target = resolveDbTarget();
  const handle = createPrismaClient(target);
  try {
    const user = await createUserFromCli(handle.prisma, args, password);
    console.log(`Created ${user.role} ${user.email} in ${describeTarget(target)}.`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UserCreateError || (error as Error)?.name === "DatabaseLockedError" ? (error as Error).message : error);
    process.exit(1);
  },
);
