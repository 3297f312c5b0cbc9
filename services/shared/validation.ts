import { registerDecorator, type ValidationOptions } from 'class-validator';

/** True for a zone name the runtime's IANA database knows (e.g. Europe/Berlin, UTC). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** True for a well-formed BCP 47 language tag (e.g. en-GB, de). */
export function isLocale(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function predicateDecorator(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) =>
    (target: object, propertyName: string): void => {
      registerDecorator({
        name,
        target: target.constructor,
        propertyName,
        options: { message, ...options },
        validator: { validate: (value: unknown) => value === undefined || value === null || test(value) },
      });
    };
}

export const IsTimeZone = predicateDecorator('isTimeZone', isTimeZone, '$property must be an IANA time zone such as Europe/Berlin');
export const IsLocale = predicateDecorator('isLocale', isLocale, '$property must be a BCP 47 locale such as en-GB');
