// Rebuild the notice pages when the answers change (`npx @11ty/eleventy --serve`).
export default function (eleventyConfig) {
  eleventyConfig.addWatchTarget('legal/answers.yaml');
}
