// Entry points of FuzzVRRPDecoder (Fuzz/Support/FuzzHarness.swift says how the two builds differ).
import FuzzSupport

#if FUZZING
@_cdecl("FuzzVRRPDecoder_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runDriver(argc, argv) { data, size in
        FuzzVRRPDecoder.fuzzOne(FuzzHarness.bytes(data, size))
        return 0
    }
}
#else
/// Replays crash or corpus files through `fuzzOne`: `FuzzVRRPDecoder FILE...`.
@main
struct FuzzVRRPDecoderReplay {
    static func main() {
        FuzzHarness.replay("FuzzVRRPDecoder", fuzzOne: FuzzVRRPDecoder.fuzzOne)
    }
}
#endif
