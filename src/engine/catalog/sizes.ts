/** Sizes and counts as messages show them. */
const MiB = 1024 * 1024;

/**
 * A size for a message beside its limit, never rounded onto the limit: 50.0001 MB is "50.01 MB", not a
 * "50.0 MB" that reads as within "上限 50 MB". Sizes are rounded up to the next 0.01 MB.
 */
export function formatMegabytes(bytes: number): string {
  const hundredths = Math.ceil((bytes / MiB) * 100);
  const whole = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? `${whole} MB` : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")} MB`;
}

/** A count with thousands separators: 4,000,000. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
