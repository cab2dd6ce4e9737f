import Engine
import Testing

@Suite struct MailDateTests {
    @Test(arguments: [
        (Int64(0), 0, "Thu, 01 Jan 1970 00:00:00 +0000"),
        (951_782_400, 0, "Tue, 29 Feb 2000 00:00:00 +0000"),
        (1_700_000_000, 3600, "Tue, 14 Nov 2023 23:13:20 +0100"),
        (1_700_000_000, -18_000, "Tue, 14 Nov 2023 17:13:20 -0500"),
        (-1, 0, "Wed, 31 Dec 1969 23:59:59 +0000"),
        (0, 19_800, "Thu, 01 Jan 1970 05:30:00 +0530"),
        (4_102_444_800, 0, "Fri, 01 Jan 2100 00:00:00 +0000"),
    ])
    func theDateHeaderIsWrittenAsRFC5322Says(seconds: Int64, offset: Int, expected: String) {
        #expect(MailDate(secondsSinceEpoch: seconds, utcOffsetSeconds: offset).description == expected)
    }

    /// Walks a simple calendar day by day from 1960 to 2100 and compares every midnight.
    @Test func everyDayFrom1960To2100MatchesADayByDayCalendar() {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekdays = ["Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu"]  // 1960-01-01 was a Friday
        var seconds: Int64 = -315_619_200  // 1960-01-01T00:00:00Z
        var dayIndex = 0
        var mismatches: [String] = []
        for year in 1960...2100 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            for (month, length) in lengths.enumerated() {
                for day in 1...length {
                    let expected =
                        "\(weekdays[dayIndex % 7]), \(day < 10 ? "0" : "")\(day) \(months[month]) \(year) 00:00:00 +0000"
                    let actual = MailDate(secondsSinceEpoch: seconds).description
                    if actual != expected { mismatches.append("\(actual) != \(expected)") }
                    seconds += 86_400
                    dayIndex += 1
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}
