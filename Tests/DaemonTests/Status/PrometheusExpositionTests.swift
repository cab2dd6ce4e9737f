@testable import Daemon
import Testing

@Suite struct PrometheusExpositionTests {
    @Test func labelValuesAreEscapedOnceAndReusedAcrossFamilies() {
        var out = PrometheusExposition()
        let labels = PrometheusLabels([("real_server", #"a"b\c"#), ("note", "two\nlines")])
        out.sample("first", labels, 1)
        out.sample("second", labels.adding("to", "up"), -42)
        #expect(out.text == #"""
            first{real_server="a\"b\\c",note="two\nlines"} 1
            second{real_server="a\"b\\c",note="two\nlines",to="up"} -42

            """#)
    }

    @Test func valuesAreWrittenAsPrometheusSpellsThem() {
        var out = PrometheusExposition()
        for value in [0, 7, 10, 1_234_567, -1] { out.sample("i", .none, value) }
        for value in [0.5, -2.0, 1e20, .nan, .infinity, -.infinity] { out.sample("d", .none, value) }
        out.sample("b", .none, true)
        #expect(out.text.split(separator: "\n") == [
            "i 0", "i 7", "i 10", "i 1234567", "i -1",
            "d 0.5", "d -2", "d 1e+20", "d NaN", "d +Inf", "d -Inf", "b 1",
        ])
    }

    @Test func histogramsWithDifferentBoundsEachGetTheirOwnBuckets() {
        var out = PrometheusExposition()
        out.histogram("h", PrometheusLabels([("a", "1")]), bounds: [0.1, 1], counts: [1, 2], count: 3, sum: 1.5)
        out.histogram("h", .none, bounds: [5], counts: [4], count: 4, sum: 8)
        #expect(out.text.split(separator: "\n") == [
            #"h_bucket{a="1",le="0.1"} 1"#, #"h_bucket{a="1",le="1"} 2"#, #"h_bucket{a="1",le="+Inf"} 3"#,
            #"h_sum{a="1"} 1.5"#, #"h_count{a="1"} 3"#,
            #"h_bucket{le="5"} 4"#, #"h_bucket{le="+Inf"} 4"#, "h_sum 8", "h_count 4",
        ])
        #expect(out.utf8 == Array(out.text.utf8))
    }
}
