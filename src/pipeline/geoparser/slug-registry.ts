/** Hands out unique ids: each claim takes the first of its candidate slugs still free. */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  /** The first of the candidate slugs that is still free; the last one must be unique. */
  claim(...candidates: readonly string[]): string {
    for (const candidate of candidates) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    throw new Error(`gazetteer id collision: ${candidates.join(', ')}`);
  }
}
