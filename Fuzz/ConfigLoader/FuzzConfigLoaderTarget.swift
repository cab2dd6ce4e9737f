/// What one fuzz input exercises. It must never trap.
enum FuzzConfigLoader {
    static func fuzzOne(_ bytes: [UInt8]) {
        _ = bytes.count
    }
}
