// Import rules, checked by `npm run check:deps` in CI (docs/architecture.md, "Dependencies").
// Type-only imports count: a cycle through types still ties two modules together.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Dependencies point one way: a cycle between modules in src/ or web/ fails the build.',
      from: { path: '^(src|web/src)/' },
      to: { circular: true },
    },
    {
      name: 'capability-through-index',
      severity: 'error',
      comment: "Another capability's folder is entered through its index.ts only.",
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '/index\\.ts$'] },
    },
    {
      name: 'sub-capability-through-index',
      severity: 'error',
      comment: "Inside a capability, a sibling sub-folder (media/render → media/tts) is entered through its index.ts only.",
      // src/api/schemas is the one barrel over src/api's schema files (the SDK's types come from it).
      from: { path: '^src/([^/]+)/([^/]+)/', pathNot: '^src/api/schemas/' },
      to: { path: '^src/$1/[^/]+/', pathNot: ['^src/$1/$2/', '/index\\.ts$'] },
    },
    {
      name: 'api-schemas-barrel-only-schemas',
      severity: 'error',
      comment: 'src/api/schemas re-exports schema files only (never routes): the SDK imports it.',
      from: { path: '^src/api/schemas/' },
      to: { path: '^src/api/', pathNot: ['^src/api/schemas/', '^src/api/[^/]+/[^/]+-schemas\\.ts$', '^src/api/http/envelope\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
