/// The GitHub Actions workflow `vetted init` writes: it installs the release of Vetted
/// that wrote it, checks the site, builds it for the GitHub Pages address and deploys
/// it, on every push to the default branch, by hand, and daily for scheduled reviews.
enum StarterWorkflow {
    /// An action pinned to a full commit SHA, with its version beside it (as zizmor asks).
    struct PinnedAction {
        let name: String
        let commit: String
        let version: String

        var uses: String { "\(name)@\(commit) # \(version)" }
    }

    static let checkout = PinnedAction(name: "actions/checkout", commit: "3d3c42e5aac5ba805825da76410c181273ba90b1", version: "v7.0.1")
    static let configurePages = PinnedAction(
        name: "actions/configure-pages", commit: "983d7736d9b0ae728b81ab479565c72886d7745b", version: "v5.0.0")
    static let uploadPagesArtifact = PinnedAction(
        name: "actions/upload-pages-artifact", commit: "fc324d3547104276b827a68afc52ff2a11cc49c9", version: "v5.0.0")
    static let deployPages = PinnedAction(
        name: "actions/deploy-pages", commit: "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128", version: "v5.0.0")

    /// Vetted's own action, pinned to the commit this binary was built from; a
    /// development build has none, and names the release tag instead.
    static var vetted: String {
        let version = "v" + VettedRelease.version
        guard let commit = VettedRelease.sourceCommit else {
            return "\(VettedRelease.repository)@\(version) # a development build wrote this: pin it to the release's commit SHA"
        }
        return PinnedAction(name: VettedRelease.repository, commit: commit, version: version).uses
    }

    static var text: String {
        """
        # Checks the site and publishes it with GitHub Pages: on every push to the default
        # branch, when run by hand (Actions → Publish → Run workflow), and every day at
        # 05:17 UTC so that reviews scheduled with a future `published` date go live on
        # their day. Pushes to other branches start the workflow but build nothing.
        # Once, in the repository's settings: Pages → Build and deployment → Source →
        # GitHub Actions.
        name: Publish

        on:
          push:
          workflow_dispatch:
          schedule:
            - cron: "17 5 * * *"

        permissions: {}

        # One deployment at a time; a newer run waits for the one in progress.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            if: github.event_name != 'push' || github.ref_name == github.event.repository.default_branch
            runs-on: ubuntu-24.04
            timeout-minutes: 15
            permissions:
              contents: read
              pages: read
            steps:
              - uses: \(checkout.uses)
                with:
                  persist-credentials: false
              # The site's address on GitHub Pages, e.g. https://you.github.io/reviews
              - id: pages
                uses: \(configurePages.uses)
              # Installs Vetted \(VettedRelease.version), the version that wrote this file, after
              # verifying its checksum and build provenance; cached after the first run.
              - uses: \(vetted)
                with:
                  version: \(VettedRelease.version)
              # Errors fail the run; warnings (a stale source, a review without a
              # privacy-policy source) are shown on the commit and never block a fix.
              # To fail on warnings too, add --strict to both vetted lines. The build
              # prints errors only (--quiet): check has shown the warnings.
              - name: Check the site
                run: vetted check --format github
              - name: Build the site
                env:
                  BASE_URL: ${{ steps.pages.outputs.base_url }}
                run: vetted build --quiet --format github --base-url "$BASE_URL"
              - uses: \(uploadPagesArtifact.uses)
                with:
                  path: public

          deploy:
            needs: build
            runs-on: ubuntu-24.04
            timeout-minutes: 10
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: \(deployPages.uses)

        """
    }
}
