/// What a run of the pipeline is for. Every mode loads, validates, plans and renders
/// the same way; they differ only in the sink the pages go to, the base URL, and the
/// cache the preview passes in.
public enum BuildMode: Sendable {
    /// `vetted build`: pages are staged on disk and swapped in when there are no errors.
    case build
    /// `vetted check`: pages are scanned in memory for the site-wide checks, never written.
    case check
    /// `vetted serve`: pages are kept in memory and served, absolute links point at the preview.
    case preview
}
