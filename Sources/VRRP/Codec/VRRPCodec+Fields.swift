import NetworkPrimitives

extension VRRPCodec {
    /// Reads `count` addresses; the caller has checked the length, so a short read cannot happen,
    /// and would only shorten the list rather than trap.
    static func readAddresses(
        _ reader: inout ByteReader, count: Int, family: AddressFamily, into addresses: inout [IPAddress]
    ) {
        addresses.reserveCapacity(addresses.count + count)
        for _ in 0..<count {
            guard let address = try? readAddress(&reader, family: family) else { break }
            addresses.append(address)
        }
    }

    static func readAddress(_ reader: inout ByteReader, family: AddressFamily) throws(ByteReaderError) -> IPAddress {
        switch family {
        case .inet:
            return .v4(IPv4Address(try reader.readUInt32()))
        case .inet6:
            let high = UInt64(try reader.readUInt32()) << 32 | UInt64(try reader.readUInt32())
            let low = UInt64(try reader.readUInt32()) << 32 | UInt64(try reader.readUInt32())
            return .v6(IPv6Address(high: high, low: low))
        }
    }

    static func writeAddress(_ address: IPAddress, to writer: inout ByteWriter) {
        switch address {
        case .v4(let a): writer.write(a.value)
        case .v6(let a):
            writer.write(UInt32(truncatingIfNeeded: a.high >> 32))
            writer.write(UInt32(truncatingIfNeeded: a.high))
            writer.write(UInt32(truncatingIfNeeded: a.low >> 32))
            writer.write(UInt32(truncatingIfNeeded: a.low))
        }
    }

    /// The v2 authentication; over IPv4 it consumes the 8 authentication bytes.
    static func readAuthentication(
        _ reader: inout ByteReader, type: UInt8, family: AddressFamily
    ) throws(VRRPDecodingError) -> VRRPAuthentication {
        let data: ArraySlice<UInt8>
        if family == .inet {
            do { data = try reader.readBytes(authenticationDataLength) } catch {
                throw .truncated(needed: reader.offset + authenticationDataLength, available: reader.bytes.count)
            }
        } else {
            data = []
        }
        switch type {
        case 0: return .none
        case 1: return .password(Array(data.reversed().drop(while: { $0 == 0 }).reversed()))
        case 2: return .ipAuthenticationHeader
        default: throw .unknownAuthenticationType(type)
        }
    }

    /// The 8 authentication bytes of a v2/IPv4 message: the password NUL-padded or truncated to
    /// 8 bytes for PASS (RFC 3768 section 5.3.10), zeros otherwise.
    static func authenticationData(_ authentication: VRRPAuthentication) -> [UInt8] {
        var data = [UInt8](repeating: 0, count: authenticationDataLength)
        if case .password(let password) = authentication {
            for (index, byte) in password.prefix(authenticationDataLength).enumerated() { data[index] = byte }
        }
        return data
    }

    /// `duration` in whole `unit`s, rounded to nearest and clamped to 0...maximum.
    static func roundedUnits(of duration: Duration, unit: Duration, maximum: Int) -> Int {
        let nanoseconds = max(duration.nanosecondsClamped, 0)
        let unitNanoseconds = unit.nanosecondsClamped
        let whole = nanoseconds / unitNanoseconds
        let rounded = nanoseconds % unitNanoseconds >= unitNanoseconds / 2 ? whole + 1 : whole
        return Int(min(rounded, Int64(maximum)))
    }
}
