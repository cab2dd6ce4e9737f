// Entry points of FuzzConfigLoader (Fuzz/Support/FuzzHarness.swift says how the two builds differ).
import FuzzSupport

#if FUZZING
@_cdecl("FuzzConfigLoader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.runDriver(argc, argv) { data, size in
        FuzzConfigLoader.fuzzOne(FuzzHarness.bytes(data, size))
        return 0
    }
}
#else
/// Replays crash or corpus files through `fuzzOne`: `FuzzConfigLoader FILE...`.
@main
struct FuzzConfigLoaderReplay {
    static func main() {
        FuzzHarness.replay("FuzzConfigLoader", fuzzOne: FuzzConfigLoader.fuzzOne)
    }
}
#endif
