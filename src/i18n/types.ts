type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The Japanese half of a dictionary part must have exactly the keys of the English half. */
export type Translation<T> = DeepStrings<T>;

export interface DictionaryPart {
  en: Record<string, unknown>;
  ja: Record<string, unknown>;
}
