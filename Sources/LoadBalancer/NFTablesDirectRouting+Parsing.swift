import NetworkPrimitives

extension NFTablesDirectRouting {
    /// The interface of each directly connected address in `ip -o route get ADDRESS` output (one route
    /// a line, as `ip -o -batch -` prints them). Local, broadcast and unreachable routes, and routes
    /// through a gateway, give no interface: DR needs the real server on the director's own segment.
    public static func devices(fromRouteLookups output: String) -> [IPAddress: String] {
        var devices: [IPAddress: String] = [:]
        for line in output.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\\" }).map(String.init)
            guard let first = words.first, let address = IPAddress(first), !words.contains("via"),
                let index = words.firstIndex(of: "dev"), index + 1 < words.count, words[index + 1] != "lo"
            else { continue }
            devices[address] = words[index + 1]
        }
        return devices
    }

    /// The clients in each set of a `nft list table netdev NAME` listing, with the time they have left.
    public static func persistedClients(fromListing listing: String) -> [String: [NFTablesPersistedClient]] {
        var clients: [String: [NFTablesPersistedClient]] = [:]
        var current: String?
        var elements: String?
        for rawLine in listing.split(separator: "\n") {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("set "), line.hasSuffix("{") {
                current = line.dropFirst(4).dropLast().split(separator: " ").first.map(String.init)
                continue
            }
            guard let name = current else { continue }
            if elements == nil, line.hasPrefix("elements = {") { elements = "" }
            guard var text = elements else {
                if line == "}" { current = nil }
                continue
            }
            text += " " + line
            guard line.hasSuffix("}") else {
                elements = text
                continue
            }
            clients[name, default: []] += Self.clients(inElements: text)
            elements = nil
        }
        return clients
    }

    private static func clients(inElements text: String) -> [NFTablesPersistedClient] {
        let inside = text.drop { $0 != "{" }.dropFirst().prefix { $0 != "}" }
        return inside.split(separator: ",").compactMap { item in
            let words = item.split(separator: " ")
            guard let first = words.first, let address = IPAddress(first),
                let index = words.firstIndex(of: "expires"), index + 1 < words.count,
                let expires = duration(words[index + 1])
            else { return nil }
            return NFTablesPersistedClient(address: address, expires: expires)
        }
    }

    /// nft's `1d2h3m4s5ms`.
    static func duration(_ text: some StringProtocol) -> Duration? {
        var total = Duration.zero
        var number: Int64 = 0
        var digits = false
        var characters = Array(text)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            if let digit = character.wholeNumberValue {
                number = number * 10 + Int64(digit)
                digits = true
                continue
            }
            guard digits else { return nil }
            switch character {
            case "d": total += .seconds(number * 86_400)
            case "h": total += .seconds(number * 3_600)
            case "s": total += .seconds(number)
            case "m":
                if characters.first == "s" {
                    characters = characters.dropFirst()
                    total += .milliseconds(number)
                } else {
                    total += .seconds(number * 60)
                }
            default: return nil
            }
            number = 0
            digits = false
        }
        return digits ? nil : total
    }
}
