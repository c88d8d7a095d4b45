import { createRequire } from 'node:module';

/** Source Sans 3 (SIL Open Font Licence) ships as TTF, which resvg needs; the same font in every build makes PNGs reproducible. */
export const fontFamily = 'Source Sans 3';

// Resolved from this module, so that the files are the project's whatever the working folder.
const require = createRequire(import.meta.url);

/** The font files the PNG renderer loads: regular and bold. */
export function fontFiles(): string[] {
  return ['400Regular/SourceSans3_400Regular.ttf', '700Bold/SourceSans3_700Bold.ttf'].map((file) =>
    require.resolve(`@expo-google-fonts/source-sans-3/${file}`),
  );
}
