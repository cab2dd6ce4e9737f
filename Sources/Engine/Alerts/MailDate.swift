/// A civil date and time with its UTC offset, as the `Date:` header writes it (RFC 5322 section 3.3):
/// `Thu, 01 Jan 1970 00:00:00 +0000`. The shell passes the wall clock in; this code never reads one.
public struct MailDate: Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64
    /// Local time minus UTC, in seconds (`tm_gmtoff`); east of Greenwich is positive.
    public var utcOffsetSeconds: Int

    public init(secondsSinceEpoch: Int64, utcOffsetSeconds: Int = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `day-name, DD Mon YYYY HH:MM:SS +HHMM` in the offset's local time (RFC 5322 section 3.3).
    public var description: String {
        let local = secondsSinceEpoch &+ Int64(utcOffsetSeconds)
        let days = local.floorDivided(by: 86_400)
        let second = Int(local - days * 86_400)
        let civil = CivilDate(daysSinceEpoch: days)
        let weekday = Self.weekdays[Int(days.floorModulo(7))]
        let month = Self.months[civil.month - 1]
        let time = "\(Self.two(second / 3600)):\(Self.two(second / 60 % 60)):\(Self.two(second % 60))"
        return "\(weekday), \(Self.two(civil.day)) \(month) \(civil.year) \(time) \(offset)"
    }

    private var offset: String {
        let minutes = abs(utcOffsetSeconds) / 60
        return (utcOffsetSeconds < 0 ? "-" : "+") + Self.two(minutes / 60) + Self.two(minutes % 60)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A proleptic Gregorian calendar date from a day count (the days-from-civil inverse that
/// H. Hinnant published as public domain; eras of 400 years keep it exact for any Int64 day).
private struct CivilDate: Hashable, Sendable {
    var year: Int64
    var month: Int
    var day: Int

    init(daysSinceEpoch days: Int64) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

extension Int64 {
    /// Division rounding toward negative infinity, so dates before 1970 land on the right day.
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    fileprivate func floorModulo(_ divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}
