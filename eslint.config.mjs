import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Dependencies point one way (resolver -> service -> repository). Type-only imports count too: a service
// that names another domain's repository interface is coupled to its storage API; it takes that domain's
// service, or a port it declares itself (routines' SessionLookup), wired in services/graphql/context.ts.
const AWS_SDK = { group: ['@aws-sdk/*'], message: 'Only repositories and services/shared/db talk to AWS; take a repository by interface.' };
const OTHER_DOMAIN_REPOSITORY = {
  group: ['../*/*.repository'],
  message: 'Reach another domain through its service or a port declared here; services/graphql/context.ts wires its repository in.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'dist/', '.local/', 'coverage/', 'schema/generated/', 'bench-results/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['services/**/*.ts'], rules: restrict(AWS_SDK, OTHER_DOMAIN_REPOSITORY) },
  // The only code that talks to AWS: repositories and the table's shared helpers (client, paging, conditional writes).
  { files: ['services/**/*.repository.ts', 'services/shared/db/**/*.ts'], rules: restrict(OTHER_DOMAIN_REPOSITORY) },
  // Wiring builds every repository; local tools (stack, seeding, admin CLI) drive DynamoDB Local, Cognito and CloudFormation.
  { files: ['services/graphql/context.ts'], rules: restrict(AWS_SDK) },
  // An account deletion leaves circles and deletes replies by the circles' own write rules, not a restatement of them.
  {
    files: ['services/account/account-deletion.repository.ts', 'services/account/account-writes.repository.ts'],
    rules: restrict({ ...OTHER_DOMAIN_REPOSITORY, group: [...OTHER_DOMAIN_REPOSITORY.group, '!../circles/circle-transactions.repository'] }),
  },
  { files: ['services/local/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // ClosedAccountGuard decorates the users repository port (type-only import), so it must name that interface.
  {
    files: ['services/account/account.service.ts'],
    rules: restrict(AWS_SDK, { ...OTHER_DOMAIN_REPOSITORY, group: [...OTHER_DOMAIN_REPOSITORY.group, '!../users/user.repository'] }),
  },
);
