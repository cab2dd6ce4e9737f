import NetworkPrimitives
import Testing

@testable import HealthCheck

@Suite struct ProbeAdmissionTests {
    /// `request` outside `#expect`, which cannot call a mutating method itself.
    static func admit(_ admission: inout ProbeAdmission<Int>, _ request: Int, timeout: Duration, at now: MonotonicInstant)
        -> Bool
    {
        admission.request(request, timeout: timeout, at: now)
    }

    static func at(_ milliseconds: Int64) -> MonotonicInstant { MonotonicInstant(nanoseconds: milliseconds * 1_000_000) }

    @Test("requests start at once up to the cap; the rest wait in order")
    func capAndOrder() {
        var admission = ProbeAdmission<Int>(maximumInFlight: 2)
        #expect(Self.admit(&admission, 0, timeout: .seconds(5), at: Self.at(0)))
        #expect(Self.admit(&admission, 1, timeout: .seconds(5), at: Self.at(0)))
        #expect(!Self.admit(&admission, 2, timeout: .seconds(5), at: Self.at(1)))
        #expect(!Self.admit(&admission, 3, timeout: .seconds(5), at: Self.at(2)))
        #expect(admission.inFlight == 2 && admission.waiting == 2)
        let early = admission.next(now: Self.at(3))
        #expect(early == nil)
        admission.finished()
        guard case .start(2, let requestedAt) = admission.next(now: Self.at(10)) else {
            Issue.record("the first waiting request should start")
            return
        }
        #expect(requestedAt == Self.at(1))
        let none = admission.next(now: Self.at(10))
        #expect(none == nil)
        #expect(admission.inFlight == 2 && admission.waiting == 1)
    }

    @Test("a new request waits behind earlier ones even when a slot is free")
    func noOvertaking() {
        var admission = ProbeAdmission<Int>(maximumInFlight: 1)
        #expect(Self.admit(&admission, 0, timeout: .seconds(5), at: Self.at(0)))
        #expect(!Self.admit(&admission, 1, timeout: .seconds(5), at: Self.at(0)))
        admission.finished()
        #expect(!Self.admit(&admission, 2, timeout: .seconds(5), at: Self.at(1)))
        guard case .start(1, _) = admission.next(now: Self.at(1)) else {
            Issue.record("the earlier request should start first")
            return
        }
    }

    @Test("a request whose budget ended while it waited expires without taking a slot")
    func expiry() {
        var admission = ProbeAdmission<Int>(maximumInFlight: 1)
        #expect(Self.admit(&admission, 0, timeout: .seconds(5), at: Self.at(0)))
        #expect(!Self.admit(&admission, 1, timeout: .milliseconds(600), at: Self.at(0)))
        #expect(!Self.admit(&admission, 2, timeout: .seconds(5), at: Self.at(0)))
        admission.finished()
        guard case .expired(1, let reason) = admission.next(now: Self.at(600)) else {
            Issue.record("the request past its budget should expire")
            return
        }
        #expect(reason == "not started within 0.6 seconds: 1 probes in flight")
        #expect(admission.inFlight == 0)
        guard case .start(2, _) = admission.next(now: Self.at(600)) else {
            Issue.record("the next request should take the slot")
            return
        }
        #expect(admission.inFlight == 1 && admission.waiting == 0)
    }

    @Test("a request enqueued with a slot free waits its turn; stopping takes every waiting request out in order")
    func enqueueAndRemoveAll() {
        var admission = ProbeAdmission<Int>(maximumInFlight: 2)
        admission.enqueue(0, timeout: .seconds(5), at: Self.at(0))
        admission.enqueue(1, timeout: .seconds(5), at: Self.at(0))
        #expect(admission.inFlight == 0 && admission.waiting == 2 && admission.canStartWaiting)
        #expect(!Self.admit(&admission, 2, timeout: .seconds(5), at: Self.at(1)))
        guard case .start(0, _) = admission.next(now: Self.at(1)) else {
            Issue.record("the first enqueued request should start first")
            return
        }
        #expect(admission.removeAllWaiting() == [1, 2])
        #expect(admission.waiting == 0 && !admission.canStartWaiting && admission.inFlight == 1)
    }

    @Test("a long queue drains in order")
    func longQueue() {
        var admission = ProbeAdmission<Int>(maximumInFlight: 1)
        #expect(Self.admit(&admission, -1, timeout: .seconds(5), at: Self.at(0)))
        for index in 0..<5000 { #expect(!Self.admit(&admission, index, timeout: .seconds(5), at: Self.at(0))) }
        var started: [Int] = []
        for _ in 0..<5000 {
            admission.finished()
            if case .start(let index, _) = admission.next(now: Self.at(1)) { started.append(index) }
        }
        #expect(started == Array(0..<5000))
        #expect(admission.waiting == 0)
    }
}
