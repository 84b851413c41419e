import Foundation

/// A date as written in front matter: `YYYY-MM-DD` or an RFC 3339 date-time.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Seconds since midnight, local to the written offset; 0 for a plain date.
    public let secondOfDay: Int
    /// The written UTC offset in seconds; nil for a plain date (taken as UTC).
    public let utcOffset: Int?
    /// The text as written.
    public let text: String

    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int {
        Self.daysFromCivil(year, month, day) * 86_400 + secondOfDay - (utcOffset ?? 0)
    }

    /// `YYYY-MM-DD` of the written date.
    public var dateString: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { text }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.epochSeconds, lhs.text) < (rhs.epochSeconds, rhs.text)
    }

    /// Parses `YYYY-MM-DD` or RFC 3339 (`2026-06-10T09:30:00Z`, `…+02:00`, fractions allowed).
    public init?(_ text: String) {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for index in range {
                let c = chars[index]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard chars.count >= 10, chars[4] == 45, chars[7] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.text = text
        if chars.count == 10 {
            secondOfDay = 0
            utcOffset = nil
            return
        }
        // RFC 3339: T (or t, or a space) HH:MM:SS[.frac](Z|±HH:MM)
        guard chars.count >= 20, [84, 116, 32].contains(chars[10]), chars[13] == 58, chars[16] == 58,
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if chars[index] == 46 {
            index += 1
            let start = index
            while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 }
            guard index > start else { return nil }
        }
        guard index < chars.count else { return nil }
        let offset: Int
        if chars[index] == 90 || chars[index] == 122, index == chars.count - 1 {
            offset = 0
        } else if chars[index] == 43 || chars[index] == 45, chars.count == index + 6, chars[index + 3] == 58,
            let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6),
            hours < 24, minutes < 60
        {
            offset = (chars[index] == 45 ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        secondOfDay = hour * 3600 + minute * 60 + min(second, 59)
        utcOffset = offset
    }

    /// Midnight UTC of a calendar day given as seconds since the epoch.
    public init(epochDay: Int) {
        let (y, m, d) = Self.civil(fromDays: epochDay)
        self.year = y
        self.month = m
        self.day = d
        self.secondOfDay = 0
        self.utcOffset = nil
        self.text = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Today's date in UTC, from the system clock.
    public static var today: Timestamp {
        Timestamp(epochDay: Int(Date().timeIntervalSince1970) / 86_400)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
