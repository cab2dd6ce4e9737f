import Testing

@testable import KeepalivedConfig

/// Keywords that were read and then acted on by nothing are refused loudly: one warning naming the
/// consequence, the exit status left alone, and the model still recording what was written (for
/// `vigil check --json`).
@Suite struct RefusedKeywordTests {
    typealias F = ModelFixture

    static let url = "HTTP_GET {\n url {\n path /\n regex ok\n LINE\n }\n}"

    @Test(arguments: [
        ("global_defs {\n log_unknown_vrids\n}\n" + F.instance(""), "log_unknown_vrids", "detail lines"),
        (F.instance("nopreempt\ntimer_expired_backup"), "timer_expired_backup", "stays MASTER"),
        (F.instance("nopreempt\nthread_timer_expired"), "thread_timer_expired", "stays MASTER"),
        (F.virtualServer("omega"), "omega", "quorum_down"),
        (
            F.virtualServer("", realServer: url.replacingOccurrences(of: "LINE", with: "regex_options caseless")),
            "regex_options", "(?i)"
        ),
        (
            F.virtualServer("", realServer: url.replacingOccurrences(of: "LINE", with: "regex_min_offset 4")),
            "regex_min_offset", "offsets are not applied"
        ),
        (
            F.virtualServer("", realServer: url.replacingOccurrences(of: "LINE", with: "regex_max_offset 512")),
            "regex_max_offset", "offsets are not applied"
        ),
    ])
    func theKeywordIsWarnedWithItsConsequence(text: String, keyword: String, consequence: String) throws {
        let result = F.load(text)
        let warning = try #require(
            result.diagnostic("'\(keyword)' is not supported by vigil"), "\(result.renderedDiagnostics)")
        #expect(warning.severity == .warning)
        #expect(warning.notes.contains { $0.message.contains(consequence) }, "\(result.renderedDiagnostics)")
        #expect(result.exitStatus == 0, "\(result.renderedDiagnostics)")
    }

    @Test func theModelStillRecordsWhatWasWritten() throws {
        #expect(F.load(F.virtualServer("omega")).virtualServer?.omega == true)
        #expect(
            F.load(F.instance("nopreempt\ntimer_expired_backup 200")).instance?.advertisement.timerExpiredBackupPriority
                == 200)
        #expect(
            F.load("global_defs {\n log_unknown_vrids\n}\n" + F.instance("")).configuration.globalDefinitions.vrrp
                .logUnknownVRIDs)
    }
}
