import NetworkPrimitives
import Testing

@Suite struct SlabTests {
    @Test("removed indices are reused, and a freed index reads nil until reused")
    func reuse() {
        var slab = Slab<String>()
        let a = slab.insert("a")
        let b = slab.insert("b")
        #expect(slab.remove(at: a) == "a")
        #expect(slab[a] == nil)
        #expect(slab.remove(at: a) == nil)
        #expect(slab.insert("c") == a)
        #expect(slab[a] == "c" && slab[b] == "b")
        #expect(slab.occupied == [a, b].sorted())
        #expect(slab[99] == nil)
    }

    @Test("the subscript mutates stored values in place and cannot fill a free index")
    func mutation() {
        var slab = Slab<[Int]>()
        let index = slab.insert([1])
        slab[index]?.append(2)
        #expect(slab[index] == [1, 2])
        slab.remove(at: index)
        slab[index]?.append(3)
        slab[index] = [4]
        #expect(slab[index] == nil)
        #expect(slab.occupied.isEmpty)
    }
}
