import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.next/**', 'node_modules/**', 'server/db/generated/**', '.masthead/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'scripts/**/*.mjs', 'scripts/**/*.cjs', 'server/cache/*.mjs', 'eslint.config.mjs', 'postcss.config.mjs'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The database stays behind server/: pages and components go through tRPC or server/ functions.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@prisma/*', '**/db/generated/**'], message: 'Prisma is used only inside server/.' },
          ],
        },
      ],
    },
  },
  {
    // Workflow and content rules are pure: no framework, no database.
    files: ['server/workflow/**', 'server/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['next', 'next/*', '@trpc/*', '@prisma/*', '**/db/**', 'react'], message: 'Keep the domain module framework-free.' }] },
      ],
    },
  },
  {
    // Operations and public reads reach the page cache only through the revalidation port the route layer
    // passes in (server/site/revalidation-port.ts): next/cache stays in server/cache/ and app/.
    files: ['server/article/**', 'server/site/**', 'server/scheduler/**', 'server/admin/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['next', 'next/*'], message: 'Pass a RevalidatePublicPages in instead.' }] }],
    },
  },
);
