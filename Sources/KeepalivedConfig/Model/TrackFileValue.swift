/// How keepalived reads a `track_file` (Docs/Keepalived.md §3.14): the number at the start of the
/// file, as C's `strtol` with base 0 reads it (`IntegerLiteral`: leading blanks, a sign, `0x` hex, a
/// leading `0` octal); a file that is missing, empty or not a number reads 0, and a number outside
/// the 32-bit range is ignored (nil: keep the previous value).
public enum TrackFileValue {
    /// keepalived reads at most this many bytes.
    public static let readLimit = 127

    public static func parse(_ bytes: [UInt8]) -> Int? {
        let (value, _) = IntegerLiteral.parse(Array(bytes.prefix(readLimit)), from: 0)
        guard value >= Int(Int32.min), value <= Int(Int32.max) + 1 else { return nil }
        return value
    }
}
