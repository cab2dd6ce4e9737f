import Testing

@testable import LinuxPlatform

@Suite struct ReceivedPayloadRingTests {
    private func fill(_ ring: inout ReceivedPayloadRing, _ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { ring.fill(with: $0) }
    }

    @Test func aReleasedSlotIsRefilledInItsOwnStorage() {
        var ring = ReceivedPayloadRing(size: 2, capacity: 8)
        var first: [UInt8]? = fill(&ring, [1, 2, 3, 4, 5, 6])
        let storage = first?.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        first = nil
        _ = fill(&ring, [7])
        let again = fill(&ring, [8, 9])
        #expect(again == [8, 9])
        #expect(again.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == storage)
    }

    @Test func aHeldSlotIsCopiedNotOverwritten() {
        var ring = ReceivedPayloadRing(size: 1, capacity: 8)
        let held = fill(&ring, [1, 2, 3, 4])
        let next = fill(&ring, [5])
        #expect(held == [1, 2, 3, 4])
        #expect(next == [5])
        #expect(
            held.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
                != next.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) })
    }
}
