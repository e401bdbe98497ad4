import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/** ASVS 5.0 level 2: at least 12 characters (long passphrases welcome), checked against common passwords. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
export const TOO_COMMON = 'Too easy to guess: it is one of the most common passwords, or close to one. A few unrelated words make a strong one.';
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, not a common password. A few unrelated words make a strong one.`;

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn's estimate against the 50,000 most common passwords and keyboard patterns (score 0–4): 3 and
 * up means "safely unguessable" for an online attacker and slow for an offline one. It catches what a
 * plain list misses: "password1234", "qwertyuiop12", "aaaaaaaaaaaa", "passwordpassword".
 */
export function isGuessable(password: string): boolean {
  estimator ??= new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary });
  return estimator.check(password).score < 3;
}

/** THE rule for a new password: set through a link, or changed by its owner; form and procedure alike. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Keep the password under ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((password) => !isGuessable(password), TOO_COMMON);
