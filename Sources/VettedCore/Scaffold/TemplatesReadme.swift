/// The `templates/README.md` that `vetted init` writes instead of a copy of the
/// default theme: a site carries only the theme files it changes, so theme fixes in
/// later Vetted versions reach every file it did not copy.
enum TemplatesReadme {
    static let path = "templates/README.md"

    static let text = """
        # templates/

        This site uses the default theme built into `vetted`. Put a file here only to
        change it: a file with the same name as a file of the default theme replaces
        that one file, and every other file stays the default. Vetted reads only
        `*.mustache` files and `assets/` here, so this README changes nothing.

        - Page templates: `review.mustache`, `page.mustache`, `home.mustache`,
          `list.mustache`, `terms.mustache`, `compare.mustache`, `rubric.mustache`,
          `search.mustache`, `404.mustache`, and `base.mustache`, the layout they fill.
        - Partials, included with `{{>partials/card}}`: `partials/card.mustache`,
          `partials/badge.mustache`, `partials/badge-short.mustache`,
          `partials/cites.mustache`. Your own partials go in `partials/` too.
        - Assets, copied to `public/assets/`: `assets/style.css`,
          `assets/favicon.svg`, `assets/search.js`. A file of your own in `assets/`
          (an image, a font) is copied as well.

        To change a file, start from a copy of the default one:

            vetted theme list                           # every file of the default theme
            vetted theme eject review.mustache          # copies it here
            vetted theme eject partials/card.mustache assets/style.css
            vetted theme eject                          # copies them all

        `vetted theme eject` never overwrites a file that is already here: it names it
        and skips it (`--force` replaces it).

        A copied file is yours: later versions of Vetted fix and improve the default
        theme, and those changes reach every file you have not copied, never one you
        have. Copy only what you change, and delete a copy to go back to the default.

        The values each template receives, inheritance, partials and the rules the
        default theme keeps are in Vetted's docs/theming.md.

        """
}
