// Replaces `class-validator` in the Lambda bundle (see ../bundling.ts).
//
// type-graphql loads class-validator with `await import('class-validator')`,
// which makes esbuild keep every export of it: all ~150 validators, the
// `validator` package and libphonenumber-js (~0.27 MB, a tenth of a second of
// cold start). Re-exported by name from its ES build, only what Lacrima uses
// is bundled; the rest tree-shakes away.
//
// Using another class-validator export? Add it below. Until then the bundle
// build fails loudly ("No matching export ... for import"), in the bundle test
// and `npm run synth` alike; nothing is ever silently missing at run time.
export {
  // What type-graphql and services/shared/validation.ts call.
  registerDecorator,
  validate,
  validateOrReject,
  ValidationError,
  // The decorators services use.
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from '../../../node_modules/class-validator/esm5/index.js';
