// libFuzzer entry for the VRRPDecoder. scripts/fuzz-smoke.sh builds with -sanitize=fuzzer -D FUZZING; SwiftPM
// renames an executable's entry point to <Target>_main, so libFuzzer's own main is replaced by
// LLVMFuzzerRunDriver. A normal build gets a replay tool instead: give it crash files to rerun.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("FuzzVRRPDecoder_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzVRRPDecoder.fuzzOne(bytes)
        return 0
    }
}
#else
import Foundation

/// Replays crash or corpus files through `fuzzOne`: `FuzzVRRPDecoder FILE...`.
@main
struct FuzzVRRPDecoderReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("FuzzVRRPDecoder: build with scripts/fuzz-smoke.sh to fuzz, or pass files to replay")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("FuzzVRRPDecoder: cannot read \(path)")
                continue
            }
            FuzzVRRPDecoder.fuzzOne([UInt8](data))
            print("FuzzVRRPDecoder: \(path) ok")
        }
    }
}
#endif
