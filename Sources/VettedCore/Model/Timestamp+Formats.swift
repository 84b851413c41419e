/// The date formats feeds and structured data use, always in UTC so they sort and
/// compare as text.
extension Timestamp {
    private var utc: (date: (Int, Int, Int), hour: Int, minute: Int, second: Int, weekday: Int) {
        let seconds = epochSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        // 1970-01-01 was a Thursday (4 when Sunday is 0).
        let weekday = ((days % 7) + 11) % 7
        return (Self.civil(fromDays: days), rest / 3600, rest % 3600 / 60, rest % 60, weekday)
    }

    /// RFC 3339 in UTC: `2026-06-10T00:00:00Z`.
    public var rfc3339: String {
        let u = utc
        return "\(pad(u.date.0, 4))-\(pad(u.date.1, 2))-\(pad(u.date.2, 2))T\(pad(u.hour, 2)):\(pad(u.minute, 2)):\(pad(u.second, 2))Z"
    }

    /// RFC 822 (as RSS 2.0 wants it, with a four-digit year): `Wed, 10 Jun 2026 00:00:00 +0000`.
    public var rfc822: String {
        let u = utc
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(days[u.weekday]), \(pad(u.date.2, 2)) \(months[u.date.1 - 1]) \(u.date.0) "
            + "\(pad(u.hour, 2)):\(pad(u.minute, 2)):\(pad(u.second, 2)) +0000"
    }

    /// `YYYY-MM-DD` of the UTC date, for sitemaps.
    public var utcDateString: String {
        let u = utc
        return "\(pad(u.date.0, 4))-\(pad(u.date.1, 2))-\(pad(u.date.2, 2))"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
