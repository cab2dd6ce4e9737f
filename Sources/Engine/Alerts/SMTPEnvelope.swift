/// What one SMTP session delivers: the `HELO` name, the envelope and the message content.
public struct SMTPEnvelope: Hashable, Sendable {
    /// `smtp_helo_name`, or the local host name.
    public var heloName: String
    public var sender: String
    public var recipients: [String]
    /// The message with CRLF line ends, before dot-stuffing.
    public var content: String

    public init(heloName: String, sender: String, recipients: [String], content: String) {
        self.heloName = heloName
        self.sender = sender
        self.recipients = recipients
        self.content = content
    }

    /// The envelope of an alert.
    public init(_ message: AlertMessage, heloName: String) {
        self.init(heloName: heloName, sender: message.sender, recipients: message.recipients, content: message.content)
    }

    /// The content as sent after the 354 reply: lines that start with `.` get another `.`, and the
    /// `.` line ends it (RFC 5321 section 4.5.2).
    public var dataPayload: String {
        var bytes: [UInt8] = []
        var atLineStart = true
        for byte in content.utf8 {
            if atLineStart && byte == UInt8(ascii: ".") { bytes.append(byte) }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        if !atLineStart { bytes += Array("\r\n".utf8) }
        return String(decoding: bytes + Array(".\r\n".utf8), as: UTF8.self)
    }
}
