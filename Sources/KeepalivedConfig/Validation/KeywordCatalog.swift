/// Every block vigil reads and its keywords with their support level: the source of truth that
/// Docs/Compatibility.md is checked against. A keyword is documented as supported only when a test
/// drives it through the daemon (`awaitingDaemonTest` lists the others, documented as partial).
enum KeywordCatalog {
    struct Block: Sendable {
        var name: String
        var keywords: [(name: String, support: KeywordSupport)]
    }

    static let blocks: [Block] = [
        block(RootKeywords.table, name: "top level"),
        block(GlobalDefinitionsKeywords.table),
        block(VRRPScriptReader.table),
        block(TrackFileReader.table),
        block(VRRPSyncGroupReader.table),
        block(VRRPInstanceReader.table),
        block(VRRPInstanceReader.authenticationTable),
        block(VirtualServerReader.table),
        block(RealServerReader.table),
        block(CheckerReader.tcpTable),
        block(CheckerReader.httpTable),
        block(CheckerReader.sslTable),
        block(CheckerReader.urlTable),
        block(CheckerReader.miscTable),
        block(CheckerReader.smtpTable),
        block(CheckerReader.smtpHostTable),
        block(CheckerReader.dnsTable),
        block(CheckerReader.udpTable),
        block(CheckerReader.pingTable),
        block(CheckerReader.fileTable),
        block(SSLKeywords.table),
        block(BGPReader.table),
        block(BGPReader.announcementTable),
    ]

    private static func block<Target>(_ table: KeywordTable<Target>, name: String? = nil) -> Block {
        let block = name ?? table.block
        return Block(
            name: block,
            keywords: table.keywords.map { ($0.name, verified($0.support, block: block, keyword: $0.name)) })
    }
}
