// Stands in for linkify-it in the bundle. markdown-it builds a LinkifyIt (and compiles its
// patterns, ~2 ms a replay) whether or not linkify is on; the notice's converter has it off
// (core/render/notice.ts), so nothing calls it. If anything ever did, it says so.
export default class LinkifyIt {
  pretest() {
    throw new Error('linkify-it is not in the bundle: markdown-it is used with linkify off');
  }
  test() {
    return this.pretest();
  }
  match() {
    return this.pretest();
  }
  matchAtStart() {
    return this.pretest();
  }
}
