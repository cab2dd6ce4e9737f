// Byte classes of keepalived's config reader, which works on C strings in the "C" locale.
extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let dollar = UInt8(ascii: "$")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let hash = UInt8(ascii: "#")
    static let bang = UInt8(ascii: "!")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let at = UInt8(ascii: "@")
    static let caret = UInt8(ascii: "^")
    static let tilde = UInt8(ascii: "~")
    static let equals = UInt8(ascii: "=")
    static let comma = UInt8(ascii: ",")
    static let openParen = UInt8(ascii: "(")
    static let closeParen = UInt8(ascii: ")")
    static let slash = UInt8(ascii: "/")

    /// `isblank`: space or tab.
    var isBlank: Bool { self == .space || self == .tab }

    /// `isspace`, keepalived's token separators: space, tab, newline, carriage return, vertical tab, form feed.
    var isWhitespace: Bool { self == .space || (self >= 0x09 && self <= 0x0D) }

    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    var isASCIILetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }

    /// Characters allowed in a definition name after the first: letters, digits and `_`.
    var isNameCharacter: Bool { isASCIILetter || isASCIIDigit || self == UInt8(ascii: "_") }

    /// Characters allowed first in a definition name: letters and `_`.
    var isNameStart: Bool { isASCIILetter || self == UInt8(ascii: "_") }
}

extension Array where Element == UInt8 {
    /// True when the bytes begin with the ASCII text `prefix`.
    func hasASCIIPrefix(_ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return count >= p.count && self[0..<p.count].elementsEqual(p)
    }
}
