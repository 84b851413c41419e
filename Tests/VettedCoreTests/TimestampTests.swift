import Testing
@testable import VettedCore

@Suite struct TimestampTests {
    @Test func plainDatesAreMidnightUTC() throws {
        let date = try #require(Timestamp("2026-06-10"))
        #expect(date.epochSeconds == 1_781_049_600)
        #expect(date.dateString == "2026-06-10")
    }

    @Test func rfc3339DateTimesCarryTheirOffset() throws {
        let utc = try #require(Timestamp("2026-06-10T09:30:00Z"))
        let paris = try #require(Timestamp("2026-06-10T11:30:00+02:00"))
        #expect(utc.epochSeconds == paris.epochSeconds)
        #expect(Timestamp("2026-06-10T09:30:00.250Z") != nil)
        #expect(Timestamp("2026-06-10 09:30:00-05:00") != nil)
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "2026-6-1", "10/06/2026", "2026-06-10T25:00:00Z", "2026-06-10T09:30:00", "2026-06-10T09:30Z", ""])
    func invalidDatesAreRejected(_ text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test func leapDaysAreValid() {
        #expect(Timestamp("2028-02-29") != nil)
        #expect(Timestamp("2100-02-29") == nil)
        #expect(Timestamp("2000-02-29") != nil)
    }

    @Test func epochDaysRoundTrip() throws {
        let date = try #require(Timestamp("2026-11-22"))
        #expect(Timestamp(epochDay: date.epochSeconds / 86_400).dateString == "2026-11-22")
    }
}
