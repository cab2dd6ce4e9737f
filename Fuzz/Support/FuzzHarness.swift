// What every fuzzer shares. scripts/fuzz-smoke.sh builds with -sanitize=fuzzer -D FUZZING; SwiftPM
// renames an executable's entry point to <Target>_main, so libFuzzer's own main is replaced by
// LLVMFuzzerRunDriver, which each fuzzer calls from that entry through `runDriver`. A normal build
// gets a replay tool instead (`replay`): give it crash files to rerun.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#else
import Foundation
#endif

/// libFuzzer's driver and the replay tool, for the fuzzers' entry points.
public enum FuzzHarness {
    /// The input libFuzzer hands a callback, as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    #if FUZZING
    /// Runs libFuzzer with the program's arguments; `callback` gets each input (it cannot capture
    /// anything: it is a C function pointer).
    public static func runDriver(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, callback)
    }
    #else
    /// Replays the files named on the command line through `fuzzOne`, which traps as under the
    /// fuzzer: `FuzzX FILE...`.
    public static func replay(_ name: String, fuzzOne: ([UInt8]) -> Void) {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("\(name): build with scripts/fuzz-smoke.sh to fuzz, or pass files to replay")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(name): cannot read \(path)")
                continue
            }
            fuzzOne([UInt8](data))
            print("\(name): \(path) ok")
        }
    }
    #endif
}
