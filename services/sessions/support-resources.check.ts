/**
 * `npm run check:resources`: every country's crisis lines with the page they
 * were checked against and how long ago, oldest first, for a person to review
 * against those pages before each release (not part of `npm test`: it reads
 * no network and judges nothing, it only lists what a person must look at).
 */
import { COUNTRY_RESOURCES, INTERNATIONAL_ENTRY } from './support-resources.data';

const DAY_MS = 86_400_000;

export function reviewLines(today: Date): string[] {
  const ageOf = (day: string) => Math.floor((today.getTime() - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
  const rows = Object.entries(COUNTRY_RESOURCES)
    .map(([country, entry]) => ({ country, entry, age: ageOf(entry.verifiedOn) }))
    .sort((a, b) => b.age - a.age || a.country.localeCompare(b.country));
  const lines = rows.map(({ country, entry, age }) => {
    const numbers = [entry.crisisLine.phone, entry.crisisLine.alternativePhone, entry.textService?.sms?.to, entry.emergencyPhone].filter(Boolean).join(', ');
    const kind = entry.sourceIsServiceOwn ? 'own page' : 'other page';
    const text = entry.textService?.source ? ` text: ${entry.textService.source}` : '';
    const review = entry.review ? ` | ${entry.review}` : '';
    return `${country}  ${entry.verifiedOn}  ${String(age).padStart(4)} days  ${numbers}  ${kind} ${entry.source}${text}${review}`;
  });
  const oldest = rows[0]?.age ?? 0;
  return [
    ...lines,
    `--  ${INTERNATIONAL_ENTRY.verifiedOn}  ${String(ageOf(INTERNATIONAL_ENTRY.verifiedOn)).padStart(4)} days  international default ${INTERNATIONAL_ENTRY.source}`,
    `${rows.length} countries; the oldest check is ${oldest} days old. Every other country gets the international default.`,
  ];
}

if (require.main === module) {
  process.stdout.on('error', () => process.exit(0)); // a closed pipe (| head) is not a failure
  process.stdout.write(`${reviewLines(new Date()).join('\n')}\n`);
}
